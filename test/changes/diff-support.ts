/**
 * For the diff tests: two workspaces (old, new) as in-memory files, compared the way `keten
 * diff` compares them (parse, comparison model, comparison, JSON), and the base workspace of
 * test/fixtures/changes/base that the pairs edit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createKetenServices, messagesFor, type Locale } from '@keten/language';
import { compareModels, comparisonModelOf, diffReportOf, parseSide, toJsonDiff, type JsonChange } from '@keten/changes';
import { REPO_ROOT } from '../support/run-keten.js';

export type Files = Record<string, string>;

const BASE_DIR = path.join(REPO_ROOT, 'test/fixtures/changes/base');

/** The base workspace: `parties.keten` and `agreement.keten`. */
export function baseFiles(): Files {
    return Object.fromEntries(fs.readdirSync(BASE_DIR).filter(f => f.endsWith('.keten')).map(f => [f, fs.readFileSync(path.join(BASE_DIR, f), 'utf8')]));
}

/** Replaces each `from` (which must occur exactly once) by `to` in the named file. */
export function edited(files: Files, edits: ReadonlyArray<readonly [file: string, from: string, to: string]>): Files {
    const result = { ...files };
    for (const [file, from, to] of edits) {
        const text = result[file];
        if (text === undefined) throw new Error(`no file ${file}`);
        const at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`'${from}' must occur exactly once in ${file}`);
        result[file] = text.slice(0, at) + to + text.slice(at + from.length);
    }
    return result;
}

const services = createKetenServices(EmptyFileSystem).Keten;

function side(files: Files) {
    const parsed = parseSide(services, Object.entries(files).map(([name, text]) => ({ path: path.resolve('/virtual', name), bytes: text })));
    if (parsed.broken.length > 0) throw new Error(`does not parse: ${parsed.broken.map(b => `${b.path}:${b.line}`).join(', ')}`);
    return parsed.documents;
}

/** The changes from `before` to `after` as `keten diff -f json` lists them. */
export function diffFiles(before: Files, after: Files, locale: Locale = 'en'): JsonChange[] {
    const report = diffReportOf(compareModels(comparisonModelOf(side(before)), comparisonModelOf(side(after))));
    return [...toJsonDiff(report, { texts: messagesFor(locale).changes, fileOf: uri => path.relative('/virtual', URI.parse(uri).fsPath) }).changes];
}

/** What the pairs compare: the change without its message and place. */
export type ExpectedChange = Pick<JsonChange, 'id' | 'level' | 'element' | 'agreement' | 'old' | 'new'>;

export function essentials(changes: readonly JsonChange[]): ExpectedChange[] {
    return changes.map(({ id, level, element, agreement, old, new: now }) => ({ id, level, element, agreement, old, new: now }))
        .sort((a, b) => `${a.id} ${a.element} ${a.old} ${a.new}`.localeCompare(`${b.id} ${b.element} ${b.old} ${b.new}`));
}
