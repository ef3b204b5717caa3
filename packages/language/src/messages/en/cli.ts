/**
 * Texts of the `keten` command line: its one-line errors (exit code 2), the progress and
 * summary lines of `validate`, `format` and `init`, and the page `keten rules` writes.
 */
import type { RuleArea } from '../../rules/rule.js';
import type { ConfigProblem } from '../../config/keten-config.js';
import { documentCommandEn } from './document-command.js';

/** What a rule checks and why it matters, in one locale (`keten rules`, docs/rules*.md). */
export interface RuleDocText {
    /** One line: when the rule fires. */
    readonly description: string;
    /** Why it matters. */
    readonly source: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** At most five names, then how many more. */
const listed = (names: readonly string[], more: string) =>
    names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} ${more}`;

/** What an input file is to a command (the output that would replace it is refused). */
const INPUT_KINDS_EN = {
    agreement: 'an agreement file',
    measurements: 'a measurement file (--data)',
    configuration: 'the configuration file'
} as const;

export const cliEn = {
    ...documentCommandEn,
    // ---------------------------------------------------------------- run-wide
    unknownLocale: (a: { locale: string }) => `Unknown locale '${a.locale}'. Choose 'en' or 'nl'.`,
    unknownEnvironmentLocale: (a: { value: string }) => `KETEN_LOCALE is '${a.value}'; choose 'en' or 'nl'.`,
    /** A usage error found by the argument parser; `detail` is its own (English) text. */
    usageError: (a: { code: string; detail: string; argument?: string }) => `${a.detail.replace(/\.$/, '')}. Run 'keten --help' for usage.`,
    internalError: (a: { message: string }) =>
        `internal error: ${a.message.replace(/\.$/, '')}. Please report it; run with KETEN_DEBUG=1 to see details.`,
    unknownFormat: (a: { format: string; choices: readonly string[] }) =>
        `Unknown format '${a.format}'. Choose one of: ${a.choices.join(', ')}.`,
    permissionDenied: () => 'permission denied',
    // ---------------------------------------------------------------- configuration
    invalidConfiguration: (a: { file: string; key?: string; detail: string }) =>
        `Invalid configuration ${a.file}: ${a.key ? `'${a.key}': ` : ''}${a.detail}`,
    configurationNotFound: (a: { file: string }) => `Configuration file not found: '${a.file}'.`,
    cannotReadConfiguration: (a: { file: string; reason: string }) => `Cannot read the configuration '${a.file}': ${a.reason}.`,
    configProblem: (p: ConfigProblem): string => {
        switch (p.kind) {
            case 'not-json': return p.line === undefined ? `not valid JSON: ${p.reason}.` : `not valid JSON at line ${p.line}, column ${p.column}: ${p.reason}.`;
            case 'not-a-rule': return `'${p.key}' is not a Keten rule.` + (p.suggestion ? ` Did you mean '${p.suggestion}'?` : ` Run 'keten rules' to see the rule ids.`);
            case 'unknown-key': return 'unknown key.' + (p.suggestion ? ` Did you mean '${p.suggestion}'?` : ` Allowed keys: ${p.allowed.join(', ')}.`);
            case 'bad-severity': return `the severity ${p.value} is not one of ${p.allowed.join(', ')}.`;
            case 'bad-locale': return `the locale ${p.value} is not one of ${p.allowed.join(', ')}.`;
            case 'not-an-object': return 'the configuration must be a JSON object, such as { "rules": { "no-review": "off" } }.';
            case 'not-a-glob-list': return 'must be a list of non-empty glob strings, such as ["agreements/**/*.keten"].';
            case 'schema-not-a-text': return 'must be the address of the JSON Schema as a text, such as "./node_modules/@keten/cli/keten.config.schema.json".';
            case 'rules-not-an-object': return 'must be an object that maps rule ids to off, info, warning or error.';
            case 'other': return p.message;
        }
    },

    // ---------------------------------------------------------------- files
    noKetenFilesIn: (a: { folder: string }) =>
        `No .keten files found in '${a.folder}'. Give a folder that contains agreements, or a file.`,
    noKetenFilesMatch: (a: { pattern: string }) => `No .keten files match '${a.pattern}'.`,
    neitherFileNorFolder: (a: { path: string }) => `'${a.path}' is neither a file nor a folder.`,
    pathNotFound: (a: { path: string }) =>
        `Path not found: '${a.path}'. Check the spelling, or quote a glob such as "agreements/**/*.keten".`,
    notKetenFile: (a: { path: string }) =>
        `'${a.path}' is not a .keten file. Keten checks agreements written in files ending in .keten; rename it, or name the folder that holds the agreements.`,
    stdinNameNotKeten: (a: { name: string }) =>
        `--stdin-filename '${a.name}' does not end in .keten. Give the name the document has (or would have) in the workspace, such as agreements/pilot.keten.`,
    cannotRead: (a: { path: string; reason: string }) => `Cannot read '${a.path}': ${a.reason}.`,
    cannotReadFolder: (a: { folder: string }) => `Cannot read the folder '${a.folder}'.`,
    fileTooLarge: (a: { path: string; megabytes: string; limit: number }) =>
        `'${a.path}' is ${a.megabytes} MB; Keten reads agreement files of up to ${a.limit} MB. Split it into several files (they form one workspace), or check that it is an agreement at all.`,
    cannotWrite: (a: { path: string; reason: string }) => `Cannot write '${a.path}': ${a.reason}.`,

    // ---------------------------------------------------------------- outputs (all commands)
    /** `kind`: what the file is to the command; `input`: the file as read (may differ from `output` through a link). */
    outputIsInput: (a: { output: string; kind: 'agreement' | 'measurements' | 'configuration'; input: string }) =>
        `Not writing to '${a.output}': it is ${INPUT_KINDS_EN[a.kind]} this command reads${a.input !== a.output ? ` ('${a.input}')` : ''}, and writing would replace it. Choose another output file.`,
    outputTwice: (a: { output: string }) => `'${a.output}' is named as the output of two reports; give each report its own file.`,
    /** `validate --cache-location`: the cache would replace an input (`kind`, as read: `input`). */
    cacheLocationIsInput: (a: { location: string; kind: 'agreement' | 'measurements' | 'configuration'; input: string }) =>
        `Not keeping the cache in '${a.location}': it is ${INPUT_KINDS_EN[a.kind]} this command reads${a.input !== a.location ? ` ('${a.input}')` : ''}, and the cache would replace it. Choose another --cache-location.`,
    cacheLocationIsKetenFile: (a: { location: string }) =>
        `Not keeping the cache in '${a.location}': a file ending in .keten is read as an agreement. Choose another --cache-location, such as .ketencache.`,
    cacheLocationIsOutput: (a: { location: string }) =>
        `'${a.location}' is named as both the cache and a report; give the cache its own file (--cache-location).`,
    cannotWriteStandardOutput: (a: { reason: string }) => `Cannot write to standard output: ${a.reason}.`,
    diskFull: () => 'the disk is full',
    inputOutputError: () => 'the device reported an input/output error',
    isAFolder: () => 'it is a folder',
    readOnlyFileSystem: () => 'the file system is read-only',
    folderCannotBeMade: () => 'its folder does not exist and cannot be made there',
    notAFolder: () => 'part of the path is a file, not a folder',
    /**
     * `report`, `graph`, `register` (and every command that presents agreements) on a file with
     * syntax errors; `leftOut`: the top-level declarations left out, already named (`agreement 'Pilot'`).
     */
    syntaxErrorsLeftOut: (a: { file: string; count: number; line: number; leftOut: readonly string[] }) =>
        `${a.file}: ${plural(a.count, 'syntax error')} (${a.count === 1 ? '' : 'the first '}on line ${a.line}); ${a.leftOut.length > 0
            ? `left out because incomplete: ${listed(a.leftOut, 'more')}`
            : 'outside every party, body and agreement: the text there was not read'}. Run 'keten validate' to see the errors.`,

    // ---------------------------------------------------------------- validate
    outputWithoutFormat: (a: { output: string }) =>
        `--output '${a.output}' has no --format before it. For several reports, give each --format followed by its --output, e.g. -f json -o a.json -f sarif -o b.sarif.`,
    oneReportToStandardOutput: () =>
        'Only one report can go to standard output; give an --output FILE after each other --format.',
    stdinFilenameWithoutStdin: () => '--stdin-filename is only used with --stdin.',
    stdinNeedsFilename: () => '--stdin needs --stdin-filename NAME: the file name to report the standard input under.',
    stdinWithPaths: () => '--stdin reads one document from standard input; give no paths with it.',
    configurationLeavesNoFiles: () =>
        'No .keten files to check: the configuration\'s include and exclude leave out every file found. Name a file, or change keten.config.json.',
    cannotReadStandardInput: (a: { reason: string }) => `Cannot read standard input: ${a.reason}.`,
    maxWarningsNotANumber: (a: { value: string }) => `--max-warnings needs a whole number of 0 or more, not '${a.value}'.`,
    workersNotANumber: (a: { value: string }) => `KETEN_WORKERS needs a whole number of 1 or more (the worker threads keten validate uses), not '${a.value}'.`,
    tooManyWarnings: (a: { maximum: number }) => `Keten found too many warnings (maximum: ${a.maximum}).`,

    // ---------------------------------------------------------------- report
    asOfNotADate: (a: { value: string }) => `--as-of needs a calendar date written YYYY-MM-DD, not '${a.value}'.`,
    dataFileNotAFile: (a: { file: string }) => `The data file '${a.file}' is not a file.`,
    /** `--data` given, but every path after it was a folder or agreement file (moved to PATH). */
    dataNamesNoFile: (a: { path: string }) => `--data names no measurement file: '${a.path}' is a folder or an agreement. Give the CSV or JSON files themselves, for example --data metingen/*.csv.`,
    dataFileNotFound: (a: { file: string }) => `Data file not found: '${a.file}'. Check the path given to --data.`,
    /** `reason`: `permissionDenied()` or the system's own words. */
    cannotReadDataFile: (a: { file: string; reason: string }) => `Cannot read the data file '${a.file}': ${a.reason}.`,

    // ---------------------------------------------------------------- stylish
    severityWord: { error: 'error', warning: 'warning', info: 'info' } as Record<'error' | 'warning' | 'info', string>,
    stylishClean: (a: { files: number }) => `${plural(a.files, 'file')} checked, no problems`,
    /** `--quiet` left out warnings (and infos): no error, but not "no problems". */
    stylishCleanQuiet: (a: { files: number; warnings: number; infos: number }) =>
        `${plural(a.files, 'file')} checked, no errors (not shown with --quiet: ${[a.warnings > 0 ? plural(a.warnings, 'warning') : '', a.infos > 0 ? plural(a.infos, 'info') : ''].filter(Boolean).join(', ')})`,
    stylishSummary: (a: { errors: number; warnings: number; infos: number }) => {
        const parts = [plural(a.errors, 'error'), plural(a.warnings, 'warning')];
        if (a.infos > 0) parts.push(plural(a.infos, 'info'));
        return `${plural(a.errors + a.warnings + a.infos, 'problem')} (${parts.join(', ')})`;
    },

    // ---------------------------------------------------------------- format
    notFormatted: (a: { file: string; reason: string }) => `${a.file}: not formatted: ${a.reason}`,
    notUtf8: () => 'the file is not valid UTF-8 text',
    syntaxErrorsInFile: (a: { count: number; line?: number }) =>
        `it has ${plural(a.count, 'syntax error')}${a.line !== undefined ? ` (the first on line ${a.line})` : ''}; run 'keten validate' to see them`,
    formattedFile: (a: { file: string }) => `formatted ${a.file}`,
    reformattedCount: (a: { changed: number; total: number }) => `Reformatted ${a.changed} of ${plural(a.total, 'file')}.`,
    /** `command`: what to run, `keten format` or `keten format --locale nl` (with the check's own keyword language). */
    wouldReformat: (a: { changed: number; total: number; command: string }) =>
        `${a.changed} of ${plural(a.total, 'file')} would be reformatted. Run '${a.command}' to fix.`,

    // ---------------------------------------------------------------- init
    initNotAFolder: (a: { dir: string }) => `'${a.dir}' exists and is not a folder.`,
    initNotOverwriting: (a: { files: readonly string[] }) =>
        `Not overwriting ${a.files.map(file => `'${file}'`).join(' and ')}; choose an empty folder.`,
    initCannotWrite: (a: { dir: string; reason: string }) => `Cannot write into '${a.dir}': ${a.reason}.`,
    initCreated: (a: { file: string }) => `created ${a.file}`,
    initNext: (a: { command: string }) => `Next: ${a.command}`,

    // ---------------------------------------------------------------- playground
    playgroundServing: (a: { url: string }) =>
        `Keten playground: ${a.url}\nOpen it in a browser. What you write stays in that browser; nothing is sent anywhere. Press Ctrl-C to stop.`,
    playgroundStopped: () => 'Keten playground stopped.',
    playgroundNotBuilt: (a: { folder: string }) =>
        a.folder === '@keten/playground'
            ? "The playground is not installed. Install it beside the keten command: 'npm install @keten/playground'."
            : `The playground is not built ('${a.folder}' has no index.html). Run 'npm run build' in the Keten repository.`,
    playgroundBadPort: (a: { value: string }) => `--port needs a whole number from 0 to 65535, not '${a.value}' (0 takes any free port).`,
    playgroundPortInUse: (a: { port: number }) => `Port ${a.port} is already in use. Choose another with --port, or --port 0 for any free port.`,
    playgroundCannotListen: (a: { host: string; port: number; reason: string }) => `Cannot serve the playground on ${a.host}:${a.port}: ${a.reason}.`,

    // ---------------------------------------------------------------- rules
    rulesUnknownFormat: (a: { format: string }) => `Unknown format '${a.format}' for rules. Choose text, md or json.`,
    ruleAreaTitles: {
        structure: 'Structure and names',
        governance: 'Chain governance — one steering and accountability on the chain',
        mandates: 'Mandates — who may decide (Awb 10:1–10:12)',
        conditions: 'Conditions — room to do the work',
        escalation: 'Escalation routes — escalate to make speed',
        effects: 'Effects — effects count, not intentions (Results-Based Accountability)',
        covenant: 'The covenant — signatures, required clauses and how an agreement ends',
        data: 'Data sharing — personal data between partners (AVG / GDPR)',
        money: 'Money — budgets and shares',
        suppressions: 'Suppressions'
    } satisfies Readonly<Record<RuleArea, string>> as Readonly<Record<RuleArea, string>>,
    /** The rule documentation by rule id; English reads it from the rule metadata itself. */
    ruleDocs: {} as Readonly<Record<string, RuleDocText>>,
    rulesSource: (a: { source: string }) => `Source: ${a.source}`,
    rulesSummary: (a: { count: number }) =>
        `${a.count} rules. Configure severities in keten.config.json ("rules": { "rule-id": "off" | "info" | "warning" | "error" }).`,
    rulesPageHead: (): readonly string[] => [
        '# Keten rules',
        '',
        '<!-- Generated from the rule metadata by `npm run docs` (keten rules --format md). Do not edit by hand: a test fails when this page is stale. -->',
        '',
        'Every finding of `keten validate` and the editor carries one of these rule ids. Severities:',
        '`error` — the agreement is not sound; `warning` — a likely gap; `info` — worth a look.',
        'Change a severity or turn a rule off in `keten.config.json`, or silence one finding with a',
        '`// keten-disable-next-line RULE -- reason` comment (see [ci.md](ci.md)).',
        ''
    ],
    rulesTableHead: () => '| rule | severity | fires when |',
    rulesWhy: (a: { source: string }) => `*Why it matters:* ${a.source}`,
    /** A rule's help in SARIF (what a code-scanning view shows under the finding). */
    sarifRuleHelp: (a: { description: string; source: string; url: string }) => `${a.description}\nWhy: ${a.source}\nSee ${a.url}`
};
