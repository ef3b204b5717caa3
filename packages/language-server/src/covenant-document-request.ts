/**
 * `keten/covenantDocument` (DOCUMENT.md, "In the editor"): the covenant text of one agreement
 * as self-contained HTML — the same document model and renderer as `keten document -f html`
 * (@keten/document) — for the preview beside the editor, or any other client.
 *
 *   params `{ uri, agreement?, position?, locale? }`: the agreement named, else the one around
 *   `position` (the cursor), else the document's first; the locale of the document, else the
 *   server's (`keten.locale`).
 *   result `{ agreement, agreements, locale, errors, html, sources }`: the agreement written,
 *   every agreement of the document (to choose from), its number of errors (a draft above 0),
 *   the HTML, and where each element with an `id` in it was written (`sources[id]` = `{ uri,
 *   range }`), so a click on an article or element can reveal its source. A document with no
 *   agreement gives `agreements: []` and no HTML; a document the server does not know, `null`.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { AstNode } from 'langium';
import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';
import { isLocale, messagesFor, model, type Agreement, type KetenServices, type Locale } from '@keten/language';
import { covenantDocumentOf, draftErrorsOf, renderDocumentHtml, type CovenantDocument, type PlacedRange, type SourceOf } from '@keten/document';
import type { EditorReports } from './editor-reports.js';
import { checkedParams, covenantDocumentParams } from './request-params.js';

export const COVENANT_DOCUMENT_REQUEST = 'keten/covenantDocument';

export interface CovenantDocumentParams {
    readonly uri: string;
    readonly agreement?: string;
    readonly position?: Position;
    readonly locale?: string;
}

export interface CovenantDocumentResult {
    readonly agreement?: string;
    readonly agreements: readonly string[];
    readonly locale: Locale;
    readonly errors: number;
    readonly html?: string;
    readonly sources: Readonly<Record<string, { readonly uri: string; readonly range: Range }>>;
}

export function registerCovenantDocumentRequest(shared: LangiumSharedServices, keten: KetenServices, reports: EditorReports): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(COVENANT_DOCUMENT_REQUEST, async (raw: unknown): Promise<CovenantDocumentResult | null> => {
        const params: CovenantDocumentParams = checkedParams(COVENANT_DOCUMENT_REQUEST, covenantDocumentParams, raw);
        if (params.locale !== undefined && !isLocale(params.locale)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `Unknown locale '${params.locale}': use nl or en.`);
        }
        const locale: Locale = params.locale ?? keten.keten.Settings.locale;
        await reports.ready();
        return shared.workspace.WorkspaceLock.read(() => {
            const named = reports.document(params.uri);
            if (!named) return null;
            const agreements = model.agreementsOf(named.document);
            const names = agreements.map(a => a.name);
            const agreement = chosenAgreement(agreements, params);
            if (!agreement) return { agreements: names, locale, errors: 0, sources: {} };
            const errors = draftErrorsOf(agreement, errorRangesOf);
            const document = covenantDocumentOf(agreement, messagesFor(locale).document, { errors });
            return { agreement: agreement.name, agreements: names, locale, errors, html: renderDocumentHtml(document), sources: sourcesOf(document) };
        });
    });
}

/** The agreement named; else the one around the position; else the first. */
function chosenAgreement(agreements: readonly Agreement[], params: CovenantDocumentParams): Agreement | undefined {
    if (params.agreement !== undefined) return agreements.find(a => a.name === params.agreement) ?? agreements[0];
    const position = params.position;
    if (position) {
        const around = agreements.find(a => {
            const range = a.$cstNode?.range;
            return range && !before(position, range.start) && !before(range.end, position);
        });
        if (around) return around;
    }
    return agreements[0];
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The errors of the file that holds a declaration, from its diagnostics. */
function errorRangesOf(declaration: AstNode): readonly PlacedRange[] {
    let root: AstNode = declaration;
    while (root.$container) root = root.$container;
    const diagnostics = (root as { $document?: { diagnostics?: Array<{ severity?: number; range: Range }> } }).$document?.diagnostics ?? [];
    return diagnostics.filter(d => d.severity === 1).map(d => d.range);
}

/** Every element of the document that has a source, by the id it carries in the HTML. */
function sourcesOf(document: CovenantDocument): Record<string, { uri: string; range: Range }> {
    const sources: Record<string, { uri: string; range: Range }> = {};
    const add = (source: SourceOf | undefined) => {
        if (source) sources[source.id] = { uri: source.uri, range: source.range };
    };
    add(document.source);
    for (const item of [...(document.undersigned?.items ?? []), ...(document.whereas?.items ?? []), ...(document.havingRegardTo?.items ?? [])]) add(item.source);
    for (const article of document.articles) {
        for (const part of article.parts) {
            add(part.source);
            if (part.kind === 'paragraph') for (const item of part.items) add(item.source);
        }
        // An article reveals the source of its first element.
        const first = article.parts.find(part => part.source)?.source;
        if (first) sources[article.id] = { uri: first.uri, range: first.range };
    }
    for (const block of document.signatures.blocks) {
        add(block.source);
        for (const signer of block.signers) add(signer.source);
    }
    return sources;
}
