/**
 * What a document's findings depend on beyond its own text, as plain data: the names it
 * exports to the workspace, the names it refers to or its rules look up, and the kinds of its
 * references that did not resolve. `keten validate --cache` records this per file, so that a
 * later run rechecks only the files whose inputs changed (docs/performance.md, "Cache").
 *
 * Why these three: linking resolves a name through the workspace's exported names (the first
 * file in workspace order that exports it wins), rules follow resolved references into other
 * files and ask `WorkspaceView.declarationsNamed`, and a reference that does not resolve gets a
 * message that suggests the closest name of the kind it expects, out of every exported name of
 * that kind (`keten-linker.ts`).
 */
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { reflection } from '../generated/ast.js';
import type { KetenServices } from '../keten-module.js';
import { listenToWorkspaceLookups } from '../validation/rule-runner.js';
import { forEachReferenceOf, nodesInTreeOrder } from '../scoping/syntax-tree-walk.js';

/** A name the document exports (`Zutphen`, `Zutphen.wethouder`) and its kind (the AST type: `Party`, `Role`, …). */
export interface ExportedName {
    readonly name: string;
    readonly type: string;
}

export interface DocumentDependencies {
    readonly exports: readonly ExportedName[];
    /**
     * Every name a reference is written with (and the party part of `Party.role`: the message
     * for an unknown role names the party's roles), and every name a rule looked up; sorted.
     */
    readonly names: readonly string[];
    /** The expected kinds (reference types) of the references that did not resolve; sorted. */
    readonly unresolvedTypes: readonly string[];
}

type Services = { shared: LangiumSharedServices; Keten: KetenServices };

/** The names a parsed document exports, as its scope computation gives them to the index. */
export async function exportedNamesOf(services: Services, document: LangiumDocument): Promise<ExportedName[]> {
    const descriptions = await services.Keten.references.ScopeComputation.collectExportedSymbols(document);
    return descriptions.map(description => ({ name: description.name, type: description.type }));
}

/**
 * The names the references of a document are written with; only the syntax tree is read, so
 * this works on a document that is parsed but not yet linked.
 */
export function referredNamesOf(document: LangiumDocument): Set<string> {
    const names = new Set<string>();
    for (const node of nodesInTreeOrder(document.parseResult.value)) {
        forEachReferenceOf(node, info => addReferredName(names, info.reference.$refText));
    }
    return names;
}

function addReferredName(names: Set<string>, text: string | undefined): void {
    if (!text) return;
    names.add(text);
    const dot = text.indexOf('.');
    if (dot > 0) names.add(text.slice(0, dot));
}

/** The expected kinds of the references of a linked document that did not resolve. */
export function unresolvedReferenceTypesOf(document: LangiumDocument): Set<string> {
    const types = new Set<string>();
    for (const node of nodesInTreeOrder(document.parseResult.value)) {
        forEachReferenceOf(node, info => {
            if (info.reference.ref === undefined) types.add(reflection.getReferenceType(info));
        });
    }
    return types;
}

/** Whether a reference of `referenceType` can resolve to (and so suggests) an exported name of `exportType`. */
export function referenceTypeAccepts(referenceType: string, exportType: string): boolean {
    return reflection.isSubtype(exportType, referenceType);
}

/**
 * Records the workspace-wide names the rules look up per document while the workspace is
 * validated (`WorkspaceView.declarationsNamed`); `stop` ends the recording.
 */
export function recordWorkspaceLookups(services: Services): { readonly lookups: Map<string, Set<string>>; stop(): void } {
    const lookups = new Map<string, Set<string>>();
    listenToWorkspaceLookups(services.Keten.keten.Settings, (document, name) => {
        const key = document.uri.toString();
        let names = lookups.get(key);
        if (!names) lookups.set(key, names = new Set());
        names.add(name);
    });
    return { lookups, stop: () => listenToWorkspaceLookups(services.Keten.keten.Settings, undefined) };
}

/** The dependencies of a built and validated document, given the names its rules looked up. */
export async function documentDependencies(
    services: Services, document: LangiumDocument, lookedUp: ReadonlySet<string> | undefined
): Promise<DocumentDependencies> {
    const names = referredNamesOf(document);
    for (const name of lookedUp ?? []) names.add(name);
    return {
        exports: await exportedNamesOf(services, document),
        names: [...names].sort(),
        unresolvedTypes: [...unresolvedReferenceTypesOf(document)].sort()
    };
}
