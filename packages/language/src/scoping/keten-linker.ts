/**
 * Linking with messages a policy writer understands: an unknown name suggests the closest
 * existing name of the right kind, and a name of the wrong kind says which kind is expected
 * (RULES.md: `unresolved-reference`).
 */
import {
    AstUtils, Cancellation, DefaultLinker, DocumentState, interruptAndCheck, isAstNode, isAstNodeDescription, isLinkingError,
    RefResolving, type AstNode, type AstNodeDescription, type CstNode, type IndexManager,
    type LangiumCoreServices, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo
} from 'langium';
import type { KetenSettings } from '../config/keten-settings.js';
import { closestName, nearestName } from '../model/closest-name.js';
import { isHeldByField, isParty, isPower, isReportsTo, isRole } from '../generated/ast.js';
import type { KindName } from '../messages/en/kinds.js';
import { cancellable, forEachReferenceOf, nodesInTreeOrder, NODES_BETWEEN_YIELDS } from './syntax-tree-walk.js';

export class KetenLinker extends DefaultLinker {
    protected readonly settings: () => KetenSettings;
    protected readonly indexManager: IndexManager;

    constructor(services: LangiumCoreServices & { keten: { Settings: KetenSettings } }) {
        super(services);
        this.settings = () => services.keten.Settings;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    /**
     * Langium's `link`, without a stream iterator and a promise per node: the same references
     * are linked in the same order (`syntax-tree-walk.ts`).
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const nodes = nodesInTreeOrder(document.parseResult.value);
        const check = cancellable(cancelToken);
        const linkOne = (info: ReferenceInfo) => this.doLink(info, document);
        for (let i = 0; i < nodes.length; i++) {
            if (check && i % NODES_BETWEEN_YIELDS === 0) await interruptAndCheck(cancelToken);
            forEachReferenceOf(nodes[i], linkOne);
        }
    }

    /**
     * Langium's reference, as an instance of one class (`LinkedReference`) instead of an
     * object literal with its own getters: every reference then has the same shape, and each
     * `.ref` that linking, the rules and the reports read is a plain property read, not a
     * lookup among a thousand shapes. It behaves as Langium's (the same fields, the same lazy
     * resolution).
     */
    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new LinkedReference(this as unknown as ResolvesReferences, node, property, refNode, refText);
    }

    /** Langium's `unlink`, without `delete` (which would give every unlinked reference a shape of its own). */
    override unlink(document: LangiumDocument): void {
        for (const ref of document.references) {
            if (ref instanceof LinkedReference) {
                ref._ref = undefined;
                ref._nodeDescription = undefined;
            }
        }
        const others = document.references.filter(ref => !(ref instanceof LinkedReference));
        if (others.length > 0) {
            document.references = others;
            super.unlink(document);
        }
        document.references = [];
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const scope = this.scopeProvider.getScope(refInfo);
        const description = scope.getElement(refInfo.reference.$refText);
        if (description) return description;
        return { info: refInfo, message: this.unresolvedReferenceText(refInfo).message, targetDescription: undefined } as LinkingError;
    }

    /**
     * What the `unresolved-reference` message of a reference that does not resolve says, and the
     * name it suggests: the quick fix offers that name first (quick-fixes/unresolved-reference.ts).
     */
    unresolvedReferenceText(refInfo: ReferenceInfo): { readonly message: string; readonly suggestion?: string } {
        const scope = this.scopeProvider.getScope(refInfo);
        const name = refInfo.reference.$refText;
        const messages = this.settings().messages;
        const expectedType = expectedKindOf(this.reflection.getReferenceType(refInfo), name);
        const expected = kindWord(messages.kinds, expectedType);
        // `reports to` and `held by` name a role of the same party by its plain name (LANGUAGE.md):
        // only those are suggested, whatever the name turns out to be.
        const ownRoles = rolesOfTheSameParty(refInfo.container);
        const candidates = ownRoles ?? scope.getAllElements().map(d => d.name).distinct().toArray();
        const closest = closestName(name, candidates);
        const sameName = this.visibleDescriptionsNamed(refInfo, name);
        if (!sameName) {
            // `Party.x` of a party that has no declaration `x` at all: its roles are listed; where a
            // party is expected (`parties Aanbieder.regiseur`), that party is what was meant.
            const unknownRole = this.unknownRoleOfKnownParty(name, expectedType);
            if (unknownRole) return unknownRole;
            const suggestion = this.partyBeforeTheDot(name, expectedType) ?? closest ?? this.roleWrittenPlain(name, expectedType, candidates);
            // RULES.md: "the message suggests the closest existing name of the right kind": when
            // no name is close enough to be a typo, the nearest there is, said as such (not a
            // "did you mean", and not what the quick fix puts in).
            const self = isReportsTo(refInfo.container) ? refInfo.container.$container.name : undefined;
            const nearest = suggestion === undefined ? nearestName(name, candidates.filter(candidate => candidate !== self)) : undefined;
            return { message: messages.unresolvedReference({ name, expected, suggestion, nearest }), suggestion };
        }
        // `decides under A` with A a party: a mandate or one of A's powers was meant (`A.power`).
        const partyForAuthority = sameName.type === 'Party' && this.reflection.getReferenceType(refInfo) === 'Authority';
        const suggestion = ownRoles ? closest : this.roleOfParty(sameName, expectedType) ?? this.partyOfRole(sameName, expectedType)
            ?? this.powerOfRole(sameName, expectedType) ?? this.holderOfPower(sameName, name, expectedType)
            ?? (partyForAuthority ? this.powerOfParty(sameName) : undefined) ?? closest;
        const message = messages.wrongKind({
            name, actual: kindWord(messages.kinds, sameName.type), expected: partyForAuthority ? kindWord(messages.kinds, 'Authority') : expected, suggestion
        });
        return { message, suggestion };
    }

    /**
     * `Party.role` where the party exists but has no such role: name the party's roles, with
     * the closest one suggested (a typo in the role part is the common case).
     */
    protected unknownRoleOfKnownParty(name: string, expectedType: string): { message: string; suggestion?: string } | undefined {
        if ((expectedType !== 'Role' && expectedType !== 'Holder') || !name.includes('.')) return undefined;
        const [partyName, roleName] = name.split('.');
        const party = this.indexManager.allElements('Party').find(d => d.name === partyName)?.node;
        if (!isParty(party)) return undefined;
        const roles = party.members.filter(isRole).map(role => role.name).filter((n): n is string => typeof n === 'string' && n !== '');
        const closest = closestName(roleName, roles);
        const suggestion = closest ? `${partyName}.${closest}` : undefined;
        return { message: this.settings().messages.unknownRoleOfParty({ name: roleName, party: partyName, roles, suggestion }), suggestion };
    }

    /**
     * Where a role is expected as `Party.role` and a plain role name is written (`steering
     * wethouder`): the first `Party.wethouder` in scope, however far its letters are from the name.
     */
    protected roleWrittenPlain(name: string, expectedType: string, candidates: readonly string[]): string | undefined {
        if ((expectedType !== 'Role' && expectedType !== 'Holder') || name.includes('.')) return undefined;
        return candidates.find(candidate => candidate.endsWith(`.${name}`) && candidate.indexOf('.') === candidate.length - name.length - 1);
    }

    /** Where a party is expected and `Party.x` is written with a known party: that party. */
    protected partyBeforeTheDot(name: string, expectedType: string): string | undefined {
        if (expectedType !== 'Party' || !name.includes('.')) return undefined;
        const partyName = name.slice(0, name.indexOf('.'));
        return this.indexManager.allElements('Party').some(d => d.name === partyName) ? partyName : undefined;
    }

    /** Where a mandate or power is expected and a party is named: suggest its first power (`Party.power`). */
    protected powerOfParty(description: AstNodeDescription): string | undefined {
        const party = description.node;
        if (!isParty(party)) return undefined;
        const power = party.members.filter(isPower).find(member => member.name);
        return power ? `${party.name}.${power.name}` : undefined;
    }

    /** Where a role is expected and a party is named: suggest its first role (`Party.role`). */
    protected roleOfParty(description: AstNodeDescription, expectedType: string): string | undefined {
        if (description.type !== 'Party' || (expectedType !== 'Role' && expectedType !== 'Holder')) return undefined;
        const party = description.node;
        if (!isParty(party)) return undefined;
        const role = party.members.find(member => isRole(member) && member.name);
        return role && isRole(role) ? `${party.name}.${role.name}` : undefined;
    }

    /**
     * Where a party is expected and a role or power is named (`from Apeldoorn.college` in a data
     * block): suggest its party (COVENANT.md).
     */
    protected partyOfRole(description: AstNodeDescription, expectedType: string): string | undefined {
        if (expectedType !== 'Party') return undefined;
        const node = description.node;
        return isRole(node) || isPower(node) ? node.$container.name : undefined;
    }

    /**
     * Where a power is expected (`decides under`, a mandate's `power`) and a role is named:
     * suggest a power that role holds, else the first power of its party (COVENANT.md).
     */
    protected powerOfRole(description: AstNodeDescription, expectedType: string): string | undefined {
        if ((expectedType !== 'Power' && expectedType !== 'Authority') || !isRole(description.node)) return undefined;
        const role = description.node;
        const powers = role.$container.members.filter(isPower).filter(power => power.name);
        const power = powers.find(p => p.parts.some(part => part.$type === 'HeldByField' && part.role?.ref === role)) ?? powers[0];
        return power ? `${role.$container.name}.${power.name}` : undefined;
    }

    /**
     * Where a role is expected (`reports to`, `held by`, `Party.role`) and a power is named:
     * suggest the role that holds it, written as the power was (plain or `Party.role`).
     */
    protected holderOfPower(description: AstNodeDescription, name: string, expectedType: string): string | undefined {
        if ((expectedType !== 'Role' && expectedType !== 'Holder') || !isPower(description.node)) return undefined;
        const power = description.node;
        const held = power.parts.find(part => part.$type === 'HeldByField');
        const holder = held && held.$type === 'HeldByField' ? held.role?.ref : undefined;
        if (!holder?.name) return undefined;
        return name.includes('.') ? `${power.$container.name}.${holder.name}` : holder.name;
    }

    /** A declaration of any kind with this name that the reference could see. */
    protected visibleDescriptionsNamed(refInfo: ReferenceInfo, name: string): AstNodeDescription | undefined {
        const document = AstUtils.getDocument(refInfo.container);
        let node: typeof refInfo.container | undefined = refInfo.container;
        while (node) {
            const local = document.localSymbols?.getStream(node).find(d => d.name === name);
            if (local) return local;
            node = node.$container;
        }
        return this.indexManager.allElements().find(d => d.name === name);
    }
}

/**
 * The kind a reference expects, as a message names it: after `under` a plain name can only be
 * a mandate of the agreement and a qualified one only a power (`Party.power`).
 */
/** The plain role names a `reports to` or a power's `held by` may name: its own party's roles; otherwise undefined. */
function rolesOfTheSameParty(container: AstNode): string[] | undefined {
    const party = isReportsTo(container) ? container.$container.$container
        : isHeldByField(container) ? container.$container.$container
        : undefined;
    return party ? party.members.filter(isRole).map(role => role.name).filter(Boolean) : undefined;
}

function expectedKindOf(type: string, name: string): string {
    if (type === 'Authority') return name.includes('.') ? 'Power' : 'Mandate';
    return type;
}

function kindWord(kinds: Record<KindName, string>, type: string): string {
    return (kinds as Record<string, string>)[type] ?? type.toLowerCase();
}

/** The protected steps of Langium's linker that a reference calls when it is read before linking. */
interface ResolvesReferences {
    loadAstNode(nodeDescription: AstNodeDescription): AstNode | undefined;
    createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError;
    getLinkedNode(refInfo: ReferenceInfo): { node?: AstNode; descr?: AstNodeDescription; error?: LinkingError };
    throwCyclicReferenceError(node: AstNode, property: string, refText: string): never;
}

/** What Langium's linker keeps of a reference (`_ref`, `_nodeDescription`) and reads through `ref`, `error` and `$nodeDescription`. */
class LinkedReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    _nodeDescription: AstNodeDescription | undefined = undefined;
    readonly #linker: ResolvesReferences;
    readonly #node: AstNode;
    readonly #property: string;

    constructor(linker: ResolvesReferences, node: AstNode, property: string, readonly $refNode: CstNode | undefined, readonly $refText: string) {
        this.#linker = linker;
        this.#node = node;
        this.#property = property;
    }

    get ref(): AstNode | undefined {
        const resolved = this._ref;
        if (isAstNode(resolved)) return resolved;
        if (isAstNodeDescription(this._nodeDescription)) {
            // A candidate was found before but not loaded yet.
            this._ref = this.#linker.loadAstNode(this._nodeDescription)
                ?? this.#linker.createLinkingError({ reference: this, container: this.#node, property: this.#property }, this._nodeDescription);
        } else if (resolved === undefined) {
            // Not linked yet: link it now.
            this._ref = RefResolving;
            const document = AstUtils.findRootNode(this.#node).$document;
            const linked = this.#linker.getLinkedNode({ reference: this, container: this.#node, property: this.#property });
            if (linked.error && document && document.state < DocumentState.ComputedScopes) {
                // The document's scopes are not ready: linking tries again later.
                return this._ref = undefined;
            }
            this._ref = linked.node ?? linked.error;
            this._nodeDescription = linked.descr;
            document?.references.push(this);
        } else if (resolved === RefResolving) {
            this.#linker.throwCyclicReferenceError(this.#node, this.#property, this.$refText);
        }
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}
