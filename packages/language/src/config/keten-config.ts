/**
 * `keten.config.json` (CLI.md, Configuration), defined once with zod: the CLI loads it, the
 * language server honours the same file, and the JSON Schema that editors use for completion
 * and checking is generated from this definition (`ketenConfigJsonSchema`).
 *
 * Parsing is strict: an unknown key, an unknown rule id (with the closest rule id), a bad
 * severity or JSON that does not parse is a `KetenConfigError` with one clear line.
 * This module reads no files; callers hand in the text and a way to test for a file.
 */
import { z } from 'zod';
import { closestName } from '../model/closest-name.js';
import { ALL_RULES, RULE_IDS } from '../rules/registry.js';
import { LOCALES, messagesFor, type Locale } from '../messages/catalogue.js';
import type { ConfiguredSeverity } from './keten-settings.js';

export const KETEN_CONFIG_FILE_NAME = 'keten.config.json';

export const CONFIGURED_SEVERITIES = ['off', 'info', 'warning', 'error'] as const;

/**
 * The zod schema of the file, built when a configuration is first read: building it (a field
 * per rule) at every start cost a cold `keten validate` without a configuration file ~10 ms
 * (docs/performance.md, "One file, cold").
 */
let configSchema: ReturnType<typeof buildConfigSchema> | undefined;

export function ketenConfigSchema(): ReturnType<typeof buildConfigSchema> {
    configSchema ??= buildConfigSchema();
    return configSchema;
}

function buildConfigSchema() {
    const severitySchema = z.enum(CONFIGURED_SEVERITIES);
    const rulesSchema = z.strictObject(Object.fromEntries(ALL_RULES.map(rule => [
        rule.meta.id,
        severitySchema.optional().describe(`${rule.meta.description} (default: ${rule.meta.severity})`)
    ])) as Record<string, z.ZodOptional<typeof severitySchema>>)
        .describe('Severity per rule id: off, info, warning or error. Rules not named keep their default severity.');
    return z.strictObject({
        $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
        include: z.array(z.string().min(1)).optional()
            .describe('Globs, relative to this file, of the .keten files a folder or glob argument checks. A file named on the command line is always checked.'),
        exclude: z.array(z.string().min(1)).optional()
            .describe('Globs, relative to this file, of .keten files a folder or glob argument skips.'),
        rules: rulesSchema.optional(),
        locale: z.enum(LOCALES).optional().describe('Language of messages when neither --locale nor KETEN_LOCALE is given.')
    }).describe('Configuration of Keten (keten.config.json).');
}

export interface KetenConfig {
    readonly $schema?: string;
    readonly include?: readonly string[];
    readonly exclude?: readonly string[];
    readonly rules?: Readonly<Record<string, ConfiguredSeverity>>;
    readonly locale?: Locale;
}

/** The JSON Schema of `keten.config.json`, generated from `ketenConfigSchema`. */
export function ketenConfigJsonSchema(): Record<string, unknown> {
    const schema = z.toJSONSchema(ketenConfigSchema(), { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
    const { $schema, ...rest } = schema;
    return { $schema, $id: 'https://github.com/keten-lang/keten/blob/main/packages/cli/keten.config.schema.json', title: 'keten.config.json', ...rest };
}

/**
 * What is wrong with a configuration, for the one line that says it in the run's language
 * (`Messages['cli'].configProblem`); `other` is zod's own text for a case none of these covers.
 */
export type ConfigProblem =
    | { readonly kind: 'not-json'; readonly reason: string; readonly line?: number; readonly column?: number }
    | { readonly kind: 'not-a-rule'; readonly key: string; readonly suggestion?: string }
    | { readonly kind: 'unknown-key'; readonly suggestion?: string; readonly allowed: readonly string[] }
    | { readonly kind: 'bad-severity'; readonly value: string; readonly allowed: readonly string[] }
    | { readonly kind: 'bad-locale'; readonly value: string; readonly allowed: readonly string[] }
    | { readonly kind: 'not-an-object' }
    | { readonly kind: 'not-a-glob-list' }
    | { readonly kind: 'schema-not-a-text' }
    | { readonly kind: 'rules-not-an-object' }
    | { readonly kind: 'other'; readonly message: string };

/** A configuration that cannot be used: names the file and, where there is one, the key. */
export class KetenConfigError extends Error {
    readonly detail: string;

    constructor(readonly file: string, readonly key: string | undefined, readonly problem: ConfigProblem) {
        const detail = messagesFor('en').cli.configProblem(problem);
        super(`${file}: ${key ? `'${key}': ` : ''}${detail}`);
        this.detail = detail;
        this.name = 'KetenConfigError';
    }
}

/** Parses and checks the text of a configuration file; `file` is only used in errors. */
export function parseKetenConfig(text: string, file: string): KetenConfig {
    let data: unknown;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
        throw new KetenConfigError(file, undefined, describeJsonError(text, error as Error));
    }
    const parsed = ketenConfigSchema().safeParse(data);
    if (parsed.success) return parsed.data as KetenConfig;
    const issue = parsed.error.issues[0];
    throw new KetenConfigError(file, keyOf(issue), describeIssue(issue, data));
}

function keyOf(issue: z.core.$ZodIssue): string | undefined {
    const parts = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return parts.length > 0 ? parts.map(String).join('.') : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): ConfigProblem {
    const inRules = issue.path.length === 1 && issue.path[0] === 'rules';
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        if (inRules) return { kind: 'not-a-rule', key, suggestion: closestName(key, RULE_IDS) };
        const topLevel = Object.keys(ketenConfigSchema().shape);
        const suggestion = issue.path.length === 0 ? closestName(key, topLevel) : undefined;
        return { kind: 'unknown-key', suggestion, allowed: topLevel };
    }
    if (issue.path[0] === 'rules' && issue.path.length === 2) {
        return { kind: 'bad-severity', value: JSON.stringify(valueAt(data, issue.path)), allowed: CONFIGURED_SEVERITIES };
    }
    if (issue.path[0] === 'locale') return { kind: 'bad-locale', value: JSON.stringify(valueAt(data, issue.path)), allowed: LOCALES };
    if (issue.path.length === 0 && issue.code === 'invalid_type') return { kind: 'not-an-object' };
    if ((issue.path[0] === 'include' || issue.path[0] === 'exclude') && issue.path.length <= 2) return { kind: 'not-a-glob-list' };
    if (inRules && issue.code === 'invalid_type') return { kind: 'rules-not-an-object' };
    if (issue.path[0] === '$schema') return { kind: 'schema-not-a-text' };
    return { kind: 'other', message: issue.message };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
    let value: unknown = data;
    for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    return value;
}

/** JSON.parse says where it failed as an offset (`at position N`); people need line and column. */
function describeJsonError(text: string, error: Error): ConfigProblem {
    // Node 20 quotes the text itself (`Unexpected token '}', "{ …" is not valid JSON`): that part,
    // lines and all, is left out of the one line.
    const reason = error.message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '')
        .replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/\s+/g, ' ').trim();
    const position = /at position (\d+)/.exec(error.message);
    if (!position) return { kind: 'not-json', reason };
    const offset = Number(position[1]);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { kind: 'not-json', reason, line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * The configuration file that applies to a file in `folder`: the nearest `keten.config.json`
 * from that folder upward, stopping at the filesystem root. Paths use `/` or the platform's
 * separator; `isFile` answers whether a path is an existing file.
 */
export function nearestConfigFile(folder: string, isFile: (path: string) => boolean, join: (folder: string, name: string) => string, parent: (folder: string) => string): string | undefined {
    let current = folder;
    for (;;) {
        const candidate = join(current, KETEN_CONFIG_FILE_NAME);
        if (isFile(candidate)) return candidate;
        const up = parent(current);
        if (up === current) return undefined;
        current = up;
    }
}
