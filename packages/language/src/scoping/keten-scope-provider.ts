/**
 * Langium's scope provider, with the names declared in a container looked up by name instead of
 * scanned. Langium's default scans a container's declarations for every reference in it; a
 * file's top-level declarations are such a container, so a file of n agreements cost n² steps
 * (a 20 MB file took minutes). The answers are exactly the default's: the same declarations
 * in the same order, the first of a name wins, then the enclosing containers, then the
 * workspace. The lookups are kept per computation of the document's local symbols, so a
 * re-parsed or re-scoped document gets fresh ones, and per global scope, so a change to the
 * workspace's names is seen.
 */
import {
    AstUtils, DefaultScopeProvider, EMPTY_STREAM, stream, type AstNode, type AstNodeDescription,
    type LocalSymbols, type ReferenceInfo, type Scope, type Stream
} from 'langium';

/** The declarations of one container, grouped by name, and per node type of a reference: the scope built for it, and the global scope it was built on. */
interface ContainerScopes {
    readonly declarations: DeclarationsByName;
    readonly byType: Map<string, { readonly global: Scope; readonly scope: Scope }>;
}

export class KetenScopeProvider extends DefaultScopeProvider {
    /**
     * The scope seen from each container that declares names, per reference type. Every
     * reference below the same container sees the same names, so the chain of scopes is built
     * once per container and type (and again when the workspace's names change: a new global
     * scope); a container's declarations are grouped by name once, for all types. Kept per
     * computation of the document's local symbols.
     */
    private readonly scopes = new WeakMap<LocalSymbols, WeakMap<AstNode, ContainerScopes>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const global = this.getGlobalScope(referenceType, context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (!localSymbols) return global;
        const container = enclosingDeclarer(localSymbols, context.container);
        return container ? this.scopeFrom(localSymbols, container, referenceType, global) : global;
    }

    /** The names declared in `container` of the type, then those of the containers around it, then the workspace's. */
    private scopeFrom(localSymbols: LocalSymbols, container: AstNode, referenceType: string, global: Scope): Scope {
        let byContainer = this.scopes.get(localSymbols);
        if (!byContainer) this.scopes.set(localSymbols, byContainer = new WeakMap());
        let scopes = byContainer.get(container);
        if (!scopes) {
            scopes = { declarations: new DeclarationsByName(localSymbols.getStream(container).toArray()), byType: new Map() };
            byContainer.set(container, scopes);
        }
        const known = scopes.byType.get(referenceType);
        if (known && known.global === global) return known.scope;
        const outerContainer = container.$container ? enclosingDeclarer(localSymbols, container.$container) : undefined;
        const outer = outerContainer ? this.scopeFrom(localSymbols, outerContainer, referenceType, global) : global;
        const reflection = this.reflection;
        const scope = new NamedDeclarationsScope(scopes.declarations, description => reflection.isSubtype(description.type, referenceType), outer);
        scopes.byType.set(referenceType, { global, scope });
        return scope;
    }
}

/** `node` or the nearest node around it that declares local names. */
function enclosingDeclarer(localSymbols: LocalSymbols, node: AstNode): AstNode | undefined {
    let current: AstNode | undefined = node;
    while (current && !localSymbols.has(current)) current = current.$container;
    return current;
}

/** The declarations of one container (of every kind), in text order, grouped by name. */
class DeclarationsByName {
    private readonly byName = new Map<string, AstNodeDescription[]>();

    constructor(readonly all: readonly AstNodeDescription[]) {
        for (const description of all) {
            const named = this.byName.get(description.name);
            if (named) named.push(description);
            else this.byName.set(description.name, [description]);
        }
    }

    named(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
    }
}

/**
 * Behaves as Langium's StreamScope over the declarations of the container that are of the
 * reference's type (`ofType`), in text order: the first of a name wins.
 */
class NamedDeclarationsScope implements Scope {
    constructor(
        private readonly declarations: DeclarationsByName,
        private readonly ofType: (description: AstNodeDescription) => boolean,
        private readonly outer: Scope
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        for (const description of this.declarations.named(name)) {
            if (this.ofType(description)) return description;
        }
        return this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const local = this.declarations.named(name).filter(this.ofType);
        return (local.length > 0 ? stream(local) : EMPTY_STREAM).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.declarations.all).filter(this.ofType).concat(this.outer.getAllElements());
    }
}
