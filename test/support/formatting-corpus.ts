/**
 * Helpers for the formatter and keyword-translation suites: parsing text without a workspace,
 * the corpus of real files to check (the clean fixture, every rule fixture, the examples), an
 * AST dump without positions, and the comments of a text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, isAstNode, isReference, type AstNode } from 'langium';
import { createKetenServices, formatText, parseKetenText, translateKeywords, type KeywordLanguage } from '@keten/language';
import { ketenFilesUnder } from './check-sources.js';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CLEAN_FIXTURE = path.join(REPO_ROOT, 'test/fixtures/clean-agreement.keten');
const RULE_FIXTURES = path.join(REPO_ROOT, 'test/fixtures/rules');
const EXAMPLES = path.join(REPO_ROOT, 'examples');

const services = createKetenServices(EmptyFileSystem);

export function parse(text: string) {
    return parseKetenText(services.Keten, text);
}

export async function format(text: string): Promise<string | undefined> {
    return formatText(services.Keten, parse(text));
}

export function translate(text: string, into: KeywordLanguage): string | undefined {
    return translateKeywords(parse(text), into);
}

/** A set of files checked together (one workspace). */
export interface CorpusWorkspace {
    readonly name: string;
    readonly files: string[];
}

/**
 * The clean fixture, every rule fixture (a sub-folder of a rule's folder is one multi-file
 * workspace, a file directly in it stands alone) and the examples (one workspace: they share
 * their parties). Whatever exists right now; the examples folder may still be growing.
 */
export function corpusWorkspaces(): CorpusWorkspace[] {
    const result: CorpusWorkspace[] = [{ name: 'clean-agreement.keten', files: [CLEAN_FIXTURE] }];
    if (fs.existsSync(EXAMPLES)) {
        const files = ketenFilesUnder(EXAMPLES);
        if (files.length > 0) result.push({ name: 'examples/', files });
    }
    if (fs.existsSync(RULE_FIXTURES)) {
        const groups = new Map<string, string[]>();
        for (const file of ketenFilesUnder(RULE_FIXTURES)) {
            const parts = path.relative(RULE_FIXTURES, file).split(path.sep);
            const key = parts.length > 3 ? parts.slice(0, 3).join('/') + '/' : parts.join('/');
            groups.set(key, [...(groups.get(key) ?? []), file]);
        }
        for (const [key, files] of groups) result.push({ name: `rules/${key}`, files });
    }
    return result;
}

/** Every file of the corpus. */
export function corpusFiles(): string[] {
    return corpusWorkspaces().flatMap(workspace => workspace.files);
}

/** The AST as plain data: no positions, containers or CST; references by their text. */
export function astDump(node: AstNode): unknown {
    const dump = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(dump);
        if (isReference(value)) return { $ref: value.$refText };
        if (isAstNode(value)) {
            const result: Record<string, unknown> = { $type: value.$type };
            for (const [key, child] of Object.entries(value)) {
                if (!key.startsWith('$')) result[key] = dump(child);
            }
            return result;
        }
        return value;
    };
    return dump(node);
}

/** The comments of a text (from the lexer), each with its lines trimmed, sorted. */
export function commentsOf(text: string): string[] {
    return services.Keten.parser.Lexer.tokenize(text).hidden
        .filter(token => token.tokenType.name.endsWith('COMMENT'))
        .map(token => token.image.split(/\r\n|\r|\n/).map(line => line.trim()).join('\n'))
        .sort();
}
