/**
 * fast-check arbitraries for the fuzz suite: documents generated from the shape of the
 * grammar (parties, bodies and agreements whose fields are any subset in any order, with names
 * that may or may not resolve, dates that may or may not exist, and odd text), laid out in
 * odd ways (blocks on one line, fields split over lines, lines joined, blank lines) and with
 * suppression comments in odd places (above fields and one-line blocks, at the end of lines,
 * above blank lines); and mutations of real files (tokens deleted, duplicated, swapped or
 * replaced by keywords; random characters, braces and bytes inserted; the text cut short).
 * Generated documents hold the whole covenant too (COVENANT.md): powers, joint `by` and
 * `provided by`, `involving`, open periods, relative due dates, the preamble and signatories,
 * the lifecycle clauses, data blocks and budgets.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { reservedWords } from '@keten/language';
import { ketenFilesUnder } from '../support/check-sources.js';
import { agreementFile, partiesFile } from '../../bench/generate-workspace.js';

/** One fuzz case: one or more files checked together as a workspace. */
export interface FuzzWorkspace {
    readonly origin: 'generated' | 'mutated';
    readonly files: string[];
}

const REPO_ROOT = path.resolve(__dirname, '../..');

// ---------------------------------------------------------------------------------------------
// Generated documents

const partyNames = ['Gemeente', 'Aanbieder', 'GGD', 'Politie', 'P0', 'P1', 'Onbekend'];
const roleNames = ['wethouder', 'directeur', 'regisseur', 'bestuurder', 'manager'];
const memberNames = ['Inzet', 'Tijd', 'Budget', 'Intake', 'Plan', 'Casus', 'Wachttijd', 'X'];
const powerNames = ['Schuldhulp', 'Jeugdhulp', 'Toezicht', 'regisseur'];

const identifier = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...partyNames, ...memberNames) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/) },
    { weight: 1, arbitrary: fc.constantFrom(...[...reservedWords()].slice(0, 40)) }
);
const roleRef = fc.tuple(fc.constantFrom(...partyNames), fc.constantFrom(...roleNames)).map(([p, r]) => `${p}.${r}`);
const holder = fc.oneof(roleRef, fc.constantFrom(...partyNames));
const partyList = fc.uniqueArray(fc.constantFrom(...partyNames), { minLength: 1, maxLength: 4 }).map(names => names.join(', '));
const memberList = fc.uniqueArray(fc.constantFrom(...memberNames), { minLength: 1, maxLength: 3 }).map(names => names.join(', '));
/** `Party.power`, resolving or not (also a role's name: the wrong kind). */
const powerRef = fc.tuple(fc.constantFrom(...partyNames), fc.constantFrom(...powerNames)).map(([p, power]) => `${p}.${power}`);
/** What `decides under` names: mandates (plain), powers and roles (qualified). */
const authorityList = fc.array(fc.oneof(fc.constantFrom(...memberNames), powerRef, roleRef), { minLength: 1, maxLength: 3 }).map(names => names.join(', '));
/** Parties, written as qualified names now and then (a role where a party is expected). */
const dataPartyList = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...partyNames) }, { weight: 1, arbitrary: roleRef }), { minLength: 1, maxLength: 3 })
    .map(names => names.join(', '));

const date = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.integer({ min: 2024, max: 2029 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })) }
).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const quoted = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Convenant', 'Intake binnen 5 werkdagen', 'Één plan', 'Monitor Jeugd', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) }
).map(text => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);

const count = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -5, max: 1_000_000 }));
const unitWord = fc.constantFrom('days', 'weeks', 'workdays', 'hours', 'EUR', 'percent', 'cases');
const period = fc.tuple(date, date).map(([from, to]) => `${from} to ${to}`);
const durationUnit = fc.constantFrom('days', 'workdays', 'weeks', 'months', 'years', 'month', 'year');
const duration = fc.tuple(count, durationUnit).map(([n, unit]) => `${n} ${unit}`);
const percentWord = fc.constantFrom('percent', '%');
const share = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }).map(n => Number(n.toFixed(3))));

/** `head {`, the lines, `}`: one line in five on a single line (`escalation E { level … }`). */
function blockText(head: string, lines: readonly string[], indent: string, oneLine: boolean): string {
    if (oneLine) return `${indent}${head} { ${lines.join(' ')}${lines.length > 0 ? ' ' : ''}}`;
    return [`${indent}${head} {`, ...lines.map(line => `${indent}  ${line}`), `${indent}}`].join('\n');
}

const oneLine = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

/** A block `keyword Name "Title" { fields }` whose fields are any subset, in any order. */
function block(keyword: string, fields: ReadonlyArray<fc.Arbitrary<string>>, indent: string): fc.Arbitrary<string> {
    return fc.tuple(identifier, fc.option(quoted, { nil: undefined }), fc.shuffledSubarray([...fields]).chain(chosen =>
        chosen.length === 0 ? fc.constant([] as string[]) : fc.tuple(...chosen)
    ), oneLine).map(([name, title, lines, single]) => blockText(`${keyword} ${name}${title ? ` ${title}` : ''}`, lines, indent, single));
}

const party = block('party', [
    fc.constantFrom('type municipality', 'type provider', 'type police', 'type unknownkind'),
    ...roleNames.slice(0, 3).map(role => fc.tuple(quoted, fc.option(fc.constantFrom(...roleNames), { nil: undefined }))
        .map(([title, boss]) => `role ${role} ${title}${boss ? ` reports to ${boss}` : ''}`)),
    ...powerNames.slice(0, 2).map(power => fc.tuple(fc.option(quoted, { nil: undefined }),
        fc.shuffledSubarray([`held by ${roleNames[0]}`, 'basis "Wet, art. 1"', `held by ${roleNames[1]}`], { maxLength: 3 }))
        .map(([title, parts]) => [`power ${power}`, ...(title ? [title] : []), ...parts].join(' ')))
], '');

const body = block('body', [
    fc.array(roleRef, { minLength: 1, maxLength: 3 }).map(refs => `members ${refs.join(', ')}`),
    roleRef.map(ref => `chair ${ref}`)
], '');

const mandate = block('mandate', [
    roleRef.map(r => `from ${r}`), holder.map(h => `to ${h}`), quoted.map(q => `scope ${q}`),
    fc.tuple(count, fc.constantFrom('household', 'case', 'year')).map(([n, per]) => `limit ${n} EUR per ${per}`),
    fc.constantFrom('submandate denied', 'submandate allowed'), period.map(p => `valid ${p}`), quoted.map(q => `basis ${q}`),
    powerRef.map(p => `power ${p}`)
], '  ');

const condition = block('condition', [
    fc.oneof(fc.constantFrom(...partyNames), partyList).map(p => `provided by ${p}`),
    fc.tuple(count, unitWord, fc.constantFrom('week', 'year', 'month')).map(([n, u, per]) => `resource ${n} ${u} per ${per}`),
    date.map(d => `before ${d}`)
], '  ');

const commitment = block('commitment', [
    fc.oneof(fc.constantFrom(...partyNames), partyList).map(p => `by ${p}`),
    fc.oneof(identifier, authorityList).map(m => `decides under ${m}`),
    memberList.map(list => `needs ${list}`),
    fc.oneof(date.map(d => `due ${d}`), fc.tuple(duration, quoted).map(([d, q]) => `due within ${d} after ${q}`)),
    fc.constantFrom('obligation effort', 'obligation result')
], '  ');

const dataSharing = block('data', [
    dataPartyList.map(list => `from ${list}`), dataPartyList.map(list => `to ${list}`), quoted.map(q => `purpose ${q}`),
    quoted.map(q => `basis ${q}`), quoted.map(q => `categories ${q}`), quoted.map(q => `special ${q}`),
    duration.map(d => `retention ${d}`), dataPartyList.map(list => `controller ${list}`)
], '  ');

const budget = block('budget', [
    fc.tuple(count, fc.constantFrom('EUR', 'euro'), fc.option(fc.constantFrom('year', 'month'), { nil: undefined }))
        .map(([n, unit, per]) => `amount ${n} ${unit}${per ? ` per ${per}` : ''}`),
    fc.array(fc.tuple(fc.constantFrom(...partyNames), share, percentWord), { minLength: 1, maxLength: 4 })
        .map(shares => shares.map(([p, n, word]) => `share ${p} ${n} ${word}`).join('\n    '))
], '  ');

/** The agreement-level fields of COVENANT.md: preamble, signatories, `involving`, lifecycle. */
const covenantFields: ReadonlyArray<fc.Arbitrary<string>> = [
    partyList.map(list => `involving ${list}`),
    fc.array(quoted, { minLength: 1, maxLength: 2 }).map(texts => texts.map(q => `basis ${q}`).join('\n  ')),
    fc.array(quoted, { minLength: 1, maxLength: 2 }).map(texts => texts.map(q => `considering ${q}`).join('\n  ')),
    fc.tuple(identifier, quoted).map(([name, q]) => `term ${name} ${q}`),
    fc.array(fc.tuple(roleRef, fc.option(quoted, { nil: undefined }), fc.option(quoted, { nil: undefined })), { minLength: 1, maxLength: 3 })
        .map(signatories => signatories.map(([role, person, basis]) => `signatory ${role}${person ? ` ${person}` : ''}${basis ? ` pursuant to ${basis}` : ''}`).join('\n  ')),
    duration.map(d => `renewal ${d}`), duration.map(d => `termination notice ${d}`),
    quoted.map(q => `amendment ${q}`), quoted.map(q => `accession ${q}`),
    fc.oneof(identifier, quoted).map(route => `disputes ${route}`),
    fc.tuple(quoted, fc.option(duration, { nil: undefined })).map(([q, d]) => `publication ${q}${d ? ` within ${d}` : ''}`)
];

const escalation = fc.tuple(identifier, fc.array(fc.tuple(holder, fc.option(count, { nil: undefined }), fc.boolean()), { maxLength: 4 }), oneLine)
    .map(([name, levels, single]) => blockText(`escalation ${name} "Escalatie"`,
        levels.map(([h, n, decides]) => `level ${h}${n === undefined ? '' : ` within ${n} workdays`}${decides ? ' decides' : ''}`), '  ', single));

const effect = block('effect', [
    fc.constantFrom('kind outcome', 'kind output', 'kind process'), quoted.map(q => `indicator ${q}`), unitWord.map(u => `unit ${u}`),
    fc.tuple(count, date).map(([n, d]) => `baseline ${n} on ${d}`),
    fc.tuple(fc.constantFrom('<=', '>=', '<', '>', '='), count, date).map(([op, n, d]) => `target ${op} ${n} by ${d}`),
    fc.tuple(fc.constantFrom('monthly', 'quarterly', 'yearly'), fc.constantFrom(...partyNames), quoted).map(([f, p, q]) => `measured ${f} by ${p} from ${q}`),
    memberList.map(list => `through ${list}`)
], '  ');

const agreementHead = block('agreement', [
        partyList.map(list => `parties ${list}`), fc.oneof(period, date.map(d => `from ${d}`)).map(p => `period ${p}`), quoted.map(q => `goal ${q}`),
        holder.map(h => `steering ${h}`), holder.map(h => `accountable ${h}`),
        fc.tuple(fc.integer({ min: 0, max: 60 }), holder).map(([n, h]) => `review every ${n} weeks by ${h}`),
        ...covenantFields
], '');

const agreement = fc.tuple(agreementHead, fc.array(fc.oneof(mandate, condition, commitment, escalation, effect, dataSharing, budget), { maxLength: 6 }))
    .map(([head, members]) => members.length === 0 ? head : head.replace(/\s*}$/, `\n\n${members.join('\n\n')}\n}`));

const comment = fc.constantFrom('// opmerking', '/** Toelichting. */', '/* blok */', '// keten-disable-next-line duplicate-name', '// keten-disable-file');

const topLevel = fc.oneof({ weight: 3, arbitrary: party }, { weight: 1, arbitrary: body }, { weight: 3, arbitrary: agreement }, { weight: 1, arbitrary: comment });

/** Rules that findings of generated documents often have: what a suppression comment names. */
const suppressibleRules = [
    'unresolved-reference', 'missing-field', 'duplicate-field', 'duplicate-name', 'invalid-date', 'reversed-period',
    'no-review', 'no-single-steering', 'no-accountability', 'no-effects', 'party-not-in-agreement', 'unused-party',
    'missing-mandate', 'incomplete-mandate', 'mandate-without-validity', 'escalation-no-decider', 'escalation-no-deadline',
    'escalation-loop', 'unmeasured-effect', 'effect-without-baseline', 'unused-condition', 'unused-suppression'
];
/** Mostly `unresolved-reference`: generated names often do not resolve, on any line. */
const suppressedRule = fc.oneof({ weight: 2, arbitrary: fc.constant('unresolved-reference') }, { weight: 3, arbitrary: fc.constantFrom(...suppressibleRules) });
const suppression = fc.tuple(fc.uniqueArray(suppressedRule, { minLength: 1, maxLength: 2 }), fc.boolean())
    .map(([rules, reason]) => `// keten-disable-next-line ${rules.join(', ')}${reason ? ' -- accepted' : ''}`);

/**
 * A change of layout at line `at` (modulo the number of lines): a suppression comment above
 * the line, at its end, or above a blank line; a blank line; the line split at one of its
 * spaces (outside strings), with or without a suppression comment above it; the line joined
 * with the next; a block comment (of one or two lines) put in at one of its spaces.
 */
type LayoutChange =
    | { kind: 'suppress-above' | 'suppress-at-end' | 'suppress-above-blank'; at: number; comment: string }
    | { kind: 'blank' | 'join'; at: number }
    | { kind: 'suppress-and-split'; at: number; space: number; comment: string }
    | { kind: 'split'; at: number; space: number }
    | { kind: 'block-comment'; at: number; space: number; comment: string };

const layoutChange: fc.Arbitrary<LayoutChange> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('suppress-above', 'suppress-at-end', 'suppress-above-blank' as const), at: fc.nat(), comment: suppression }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('blank', 'join' as const), at: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), at: fc.nat(), space: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('suppress-and-split' as const), at: fc.nat(), space: fc.nat(), comment: suppression }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('block-comment' as const), at: fc.nat(), space: fc.nat(), comment: fc.constantFrom('/* noot */', '/* twee\n   regels */') }) }
);

/** Offsets of the spaces of a line that are outside strings and before any comment. */
function breakableSpaces(line: string): number[] {
    const spaces: number[] = [];
    let inString = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (inString) {
            if (c === '\\') i++;
            else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '/' && (line[i + 1] === '/' || line[i + 1] === '*')) break;
        else if (c === ' ' && i > 0 && line[i - 1] !== ' ') spaces.push(i);
    }
    return spaces;
}

const hasComment = (line: string) => line.includes('//') || line.includes('/*');

function changeLayout(text: string, changes: readonly LayoutChange[]): string {
    const lines = text.split('\n');
    for (const change of changes) {
        const at = change.at % lines.length;
        const line = lines[at];
        const indent = /^\s*/.exec(line)![0];
        switch (change.kind) {
            case 'suppress-above': lines.splice(at, 0, indent + change.comment); break;
            case 'suppress-above-blank': lines.splice(at, 0, indent + change.comment, ''); break;
            case 'suppress-at-end': lines[at] = `${line}${line.trim() === '' ? '' : ' '}${change.comment}`; break;
            case 'blank': lines.splice(at, 0, ''); break;
            case 'join':
                // A comment would swallow the joined line.
                if (at + 1 < lines.length && !hasComment(line) && !hasComment(lines[at + 1])) {
                    lines.splice(at, 2, `${line} ${lines[at + 1].trim()}`);
                }
                break;
            case 'split':
            case 'suppress-and-split': {
                // `// keten-disable-next-line …` above a field split over two lines: issue 10.
                const spaces = breakableSpaces(line);
                const above = change.kind === 'suppress-and-split' ? [indent + change.comment] : [];
                if (spaces.length === 0) { lines.splice(at, 0, ...above); break; }
                const space = spaces[change.space % spaces.length];
                lines.splice(at, 1, ...above, line.slice(0, space), `${indent}  ${line.slice(space + 1)}`);
                break;
            }
            case 'block-comment': {
                const spaces = breakableSpaces(line);
                const space = spaces.length === 0 ? line.length : spaces[change.space % spaces.length];
                lines.splice(at, 1, ...`${line.slice(0, space)} ${change.comment} ${line.slice(space + 1)}`.split('\n'));
                break;
            }
        }
    }
    return lines.join('\n');
}

/** A file of top-level declarations in random order, in a random layout. */
export const generatedFile: fc.Arbitrary<string> = fc.tuple(
    fc.array(topLevel, { minLength: 1, maxLength: 5 }),
    fc.array(layoutChange, { maxLength: 8 })
).map(([parts, changes]) => changeLayout(parts.join('\n\n'), changes) + '\n');

export const generatedWorkspace: fc.Arbitrary<FuzzWorkspace> = fc.array(generatedFile, { minLength: 1, maxLength: 3 })
    .map(files => ({ origin: 'generated', files }));

// ---------------------------------------------------------------------------------------------
// Mutated real files

/** Real files: the clean fixture, the examples, every rule fixture, and a benchmark pair. */
export function seedFiles(): string[] {
    const folders = ['test/fixtures', 'examples'].map(f => path.join(REPO_ROOT, f)).filter(f => fs.existsSync(f));
    const texts = folders.flatMap(folder => ketenFilesUnder(folder)).map(file => fs.readFileSync(file, 'utf8'));
    texts.push(partiesFile(), agreementFile(7));
    return texts;
}

const TOKEN = /\s+|"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_][A-Za-z0-9_]*|\d{4}-\d{2}-\d{2}|-?\d+(?:\.\d+)?|<=|>=|[\s\S]/g;

export function splitTokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

type Mutation = (tokens: string[]) => string[];

const position = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    position.map(i => (t: string[]) => t.filter((_, k) => k !== i % Math.max(t.length, 1))),
    position.map(i => (t: string[]) => { const k = i % Math.max(t.length, 1); return [...t.slice(0, k + 1), ...t.slice(k)]; }),
    fc.tuple(position, position).map(([i, j]) => (t: string[]) => {
        if (t.length === 0) return t;
        const copy = [...t]; const a = i % t.length, b = j % t.length;
        [copy[a], copy[b]] = [copy[b], copy[a]];
        return copy;
    }),
    fc.tuple(position, fc.constantFrom(...reservedWords())).map(([i, word]) => (t: string[]) => {
        const copy = [...t]; if (copy.length) copy[i % copy.length] = word; return copy;
    }),
    fc.tuple(position, fc.string({ minLength: 1, maxLength: 8, unit: 'binary' })).map(([i, junk]) => (t: string[]) => {
        const k = i % (t.length + 1); return [...t.slice(0, k), junk, ...t.slice(k)];
    }),
    fc.tuple(position, fc.constantFrom('{', '}', '"', '/*', '.', ',', '\u0000', '\uFEFF', '\r'), fc.integer({ min: 1, max: 50 }))
        .map(([i, piece, n]) => (t: string[]) => { const k = i % (t.length + 1); return [...t.slice(0, k), piece.repeat(n), ...t.slice(k)]; }),
    position.map(i => (t: string[]) => t.slice(0, i % (t.length + 1)))
);

export function mutatedWorkspace(seeds: readonly string[]): fc.Arbitrary<FuzzWorkspace> {
    const mutatedFile = fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }))
        .map(([seed, mutations]) => mutations.reduce((tokens, mutate) => mutate(tokens), splitTokens(seed)).join(''));
    return fc.array(mutatedFile, { minLength: 1, maxLength: 2 }).map(files => ({ origin: 'mutated', files }));
}
