/**
 * The agreements the covenant-text tests run on: every `.keten` file in `examples/` (each with
 * the shared parties file beside it, as `npm start` reads them), the whole-covenant fixtures of
 * test/fixtures/covenant/ and the document fixtures of test/fixtures/document/. New examples are
 * picked up without touching a test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type AstNode, type LangiumDocument } from 'langium';
import { checkWorkspace, createKetenServices, messagesFor, model, type Agreement, type Document, type Locale } from '@keten/language';
import { covenantDocumentOf, draftErrorsOf, type CovenantDocument, type PlacedRange } from '@keten/document';
import { REPO_ROOT } from '../support/run-keten.js';

export interface CovenantSource {
    /** The file the agreement is in, relative to the repository. */
    readonly file: string;
    readonly agreement: Agreement;
    /** Errors placed in the agreement or a party or body it names. */
    readonly errors: number;
    /** Every file of its workspace, as text. */
    readonly texts: readonly string[];
    /** The checked document of its file. */
    readonly document: LangiumDocument;
}

const PARTIES = path.join(REPO_ROOT, 'examples/partijen.keten');

function ketenFiles(folder: string): string[] {
    const full = path.join(REPO_ROOT, folder);
    if (!fs.existsSync(full)) return [];
    return fs.readdirSync(full).filter(name => name.endsWith('.keten')).sort().map(name => path.join(full, name));
}

/** The workspaces: each example with the parties file, each fixture on its own. */
export function covenantWorkspaces(): string[][] {
    const examples = ketenFiles('examples').filter(file => file !== PARTIES);
    return [
        ...examples.map(file => [file, PARTIES]),
        ...ketenFiles('examples/gaps').map(file => [file]),
        ...ketenFiles('test/fixtures/covenant').map(file => [file]),
        ...ketenFiles('test/fixtures/document').map(file => [file])
    ];
}

/** The agreements of one workspace (those of its first file), checked, with their error counts. */
export async function loadCovenantSources(files: readonly string[]): Promise<CovenantSource[]> {
    return loadCovenantTexts(files.map(file => ({ path: file, text: fs.readFileSync(file, 'utf8') })));
}

/** The same for texts in memory (`path` names them; it need not exist). */
export async function loadCovenantTexts(files: ReadonlyArray<{ path: string; text: string }>): Promise<CovenantSource[]> {
    const services = createKetenServices(EmptyFileSystem);
    const checked = await checkWorkspace(services, files.map(file => ({ path: file.path, bytes: file.text })));
    const errorsOf = new Map<AstNode, PlacedRange[]>(checked.map(c => [
        c.document.parseResult.value, c.diagnostics.filter(d => d.severity === 1).map(d => d.range)
    ]));
    const errorsIn = (declaration: AstNode) => {
        let root = declaration;
        while (root.$container) root = root.$container;
        return errorsOf.get(root) ?? [];
    };
    const first = checked[0].document.parseResult.value as Document;
    return model.agreementsOf(first).map(agreement => ({
        file: path.relative(REPO_ROOT, files[0].path),
        agreement,
        errors: draftErrorsOf(agreement, errorsIn),
        texts: files.map(file => file.text),
        document: checked[0].document
    }));
}

export function documentOf(source: CovenantSource, locale: Locale, options: { place?: string; date?: string } = {}): CovenantDocument {
    return covenantDocumentOf(source.agreement, messagesFor(locale).document, { errors: source.errors, ...options });
}
