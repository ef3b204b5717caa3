/**
 * Langium's scope provider, with the names declared in a container looked up by name instead of
 * scanned. Langium's default scans a container's declarations for every reference in it; a
 * file's top-level declarations are such a container, so a file of n agreements cost n² steps
 * (a 20 MB file took minutes). The answers are exactly the default's: the same declarations
 * in the same order, the first of a name wins, then the enclosing containers, then the
 * workspace. The lookups are kept per computation of the document's local symbols, so a
 * re-parsed or re-scoped document gets fresh ones.
 */
import {
    AstUtils, DefaultScopeProvider, EMPTY_STREAM, stream, type AstNode, type AstNodeDescription,
    type LocalSymbols, type ReferenceInfo, type Scope, type Stream
} from 'langium';

type LookupsByType = Map<string, DeclarationsByName>;

export class KetenScopeProvider extends DefaultScopeProvider {
    private readonly lookups = new WeakMap<LocalSymbols, WeakMap<AstNode, LookupsByType>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const containers: DeclarationsByName[] = [];
        if (localSymbols) {
            let current: AstNode | undefined = context.container;
            do {
                if (localSymbols.has(current)) containers.push(this.declarationsIn(localSymbols, current, referenceType));
                current = current.$container;
            } while (current);
        }
        let result: Scope = this.getGlobalScope(referenceType, context);
        for (let i = containers.length - 1; i >= 0; i--) {
            result = new NamedDeclarationsScope(containers[i], result);
        }
        return result;
    }

    private declarationsIn(localSymbols: LocalSymbols, container: AstNode, referenceType: string): DeclarationsByName {
        let byContainer = this.lookups.get(localSymbols);
        if (!byContainer) this.lookups.set(localSymbols, byContainer = new WeakMap());
        let byType = byContainer.get(container);
        if (!byType) byContainer.set(container, byType = new Map());
        let declarations = byType.get(referenceType);
        if (!declarations) {
            declarations = new DeclarationsByName(localSymbols.getStream(container)
                .filter(description => this.reflection.isSubtype(description.type, referenceType))
                .toArray());
            byType.set(referenceType, declarations);
        }
        return declarations;
    }
}

/** The declarations of one container of one kind, in text order, grouped by name. */
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

/** Behaves as Langium's StreamScope over the same declarations (the first of a name wins). */
class NamedDeclarationsScope implements Scope {
    constructor(private readonly declarations: DeclarationsByName, private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.declarations.named(name)[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const local = this.declarations.named(name);
        return (local.length > 0 ? stream(local) : EMPTY_STREAM).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.declarations.all).concat(this.outer.getAllElements());
    }
}
