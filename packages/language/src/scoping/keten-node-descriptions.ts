/**
 * Langium's descriptions of declarations (what scopes and the index hold) and of references
 * (the index of references, for "find references" and rename), with the same fields and
 * values, but the parts that few readers need worked out when first read instead of for
 * every declaration and reference of every file:
 *
 * - a declaration's `path` (a walk to the root and a string per level) and `selectionSegment`
 *   (a range: a walk over the syntax tree's leaves) — linking reads neither; the editor does;
 * - a reference's `sourcePath`, `targetPath` and `segment` — only "find references" reads them.
 *
 * The reference index is built with the tree walk of `syntax-tree-walk.ts` (same references,
 * same order) instead of a stream iterator and a promise per node. Together these were about a
 * sixth of `keten validate` on 1,000 files (docs/performance.md).
 */
import {
    AstUtils, Cancellation, CstUtils, DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider,
    interruptAndCheck, type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type DocumentSegment,
    type LangiumCoreServices, type LangiumDocument, type NameProvider, type ReferenceDescription, type ReferenceInfo, type URI
} from 'langium';
import { cancellable, forEachReferenceOf, nodesInTreeOrder, NODES_BETWEEN_YIELDS } from './syntax-tree-walk.js';

export class KetenAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new DeclarationDescription(node, name, doc.uri, this.astNodeLocator, this.nameProvider);
    }
}

/**
 * Langium's description of a declaration, with `path`, `nameSegment` and `selectionSegment`
 * worked out when first read (and kept). A class rather than an object literal with getters:
 * V8 creates such literals on a slow path, which made the getters cost more than they saved.
 */
class DeclarationDescription implements AstNodeDescription {
    readonly type: string;
    private knownPath: string | undefined;
    private knownNameSegment: DocumentSegment | undefined;
    private knownSelectionSegment: DocumentSegment | undefined;
    private selectionKnown = false;

    constructor(
        readonly node: AstNode, readonly name: string, readonly documentUri: URI,
        private readonly locator: AstNodeLocator, private readonly nameProvider: NameProvider
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.knownPath ??= this.locator.getAstNodePath(this.node);
    }
    set path(path: string) {
        this.knownPath = path;
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.knownNameSegment ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }
    set nameSegment(segment: DocumentSegment | undefined) {
        this.knownNameSegment = segment;
    }

    get selectionSegment(): DocumentSegment | undefined {
        if (!this.selectionKnown) {
            this.knownSelectionSegment = CstUtils.toDocumentSegment(this.node.$cstNode);
            this.selectionKnown = true;
        }
        return this.knownSelectionSegment;
    }
    set selectionSegment(segment: DocumentSegment | undefined) {
        this.knownSelectionSegment = segment;
        this.selectionKnown = true;
    }
}

export class KetenReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const nodes = nodesInTreeOrder(document.parseResult.value);
        const check = cancellable(cancelToken);
        const sourceUri = document.uri;
        const sourceText = sourceUri.toString();
        const describe = (info: ReferenceInfo) => {
            // Langium's createInfoDescriptions: resolved references with a place in the text.
            const reference = info.reference as { error?: unknown; $refNode?: CstNode; $nodeDescription?: AstNodeDescription };
            if (reference.error || !reference.$refNode || !reference.$nodeDescription) return;
            const target = reference.$nodeDescription;
            descriptions.push(new ReferenceDescriptionOf(
                sourceUri, info.container, target, reference.$refNode, target.documentUri.toString() === sourceText, this.locator
            ));
        };
        for (let i = 0; i < nodes.length; i++) {
            if (check && i % NODES_BETWEEN_YIELDS === 0) await interruptAndCheck(cancelToken);
            forEachReferenceOf(nodes[i], describe);
        }
        return descriptions;
    }
}

/** Langium's description of a reference, with the paths and the segment worked out when first read. */
class ReferenceDescriptionOf implements ReferenceDescription {
    readonly targetUri: URI;
    private knownSourcePath: string | undefined;
    private knownTargetPath: string | undefined;
    private knownSegment: DocumentSegment | undefined;

    constructor(
        readonly sourceUri: URI, private readonly container: AstNode, private readonly target: AstNodeDescription,
        private readonly refNode: CstNode, readonly local: boolean, private readonly locator: AstNodeLocator
    ) {
        this.targetUri = target.documentUri;
    }

    get sourcePath(): string {
        return this.knownSourcePath ??= this.locator.getAstNodePath(this.container);
    }
    set sourcePath(path: string) {
        this.knownSourcePath = path;
    }

    get targetPath(): string {
        return this.knownTargetPath ??= this.target.path;
    }
    set targetPath(path: string) {
        this.knownTargetPath = path;
    }

    get segment(): DocumentSegment {
        return this.knownSegment ??= CstUtils.toDocumentSegment(this.refNode);
    }
    set segment(segment: DocumentSegment) {
        this.knownSegment = segment;
    }
}
