/**
 * Texts of the effect-tracking report (REPORTS.md): status words, headings, labels and the
 * sentences around the numbers. Dates and numbers are written through `date` and `number` so a
 * locale can write them its own way. The JSON report keeps its English keys and status values.
 */
import type { EffectStatusWord } from './report-status.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const reportEn = {
    htmlLanguage: 'en',
    date: (isoDate: string) => isoDate,
    number: (text: string) => text,
    /** A duration as the agreement wrote it (`6 weeks`, `10 werkdagen`). */
    duration: (text: string) => text,
    statusLabel: {
        'achieved': 'achieved',
        'on-track': 'on track',
        'at-risk': 'at risk',
        'off-track': 'off track',
        'stale': 'stale',
        'no-data': 'no data',
        'not-measurable': 'not measurable'
    } as Readonly<Record<EffectStatusWord, string>>,
    statusMeaning: {
        'achieved': 'the latest measurement meets the target',
        'on-track': 'the trend reaches the target by its date',
        'at-risk': 'the trend misses the target by at most 10% of the way',
        'off-track': 'the trend misses the target, or its date has passed',
        'stale': 'no recent measurement (older than two measuring periods)',
        'no-data': 'no measurement yet',
        'not-measurable': 'no target, or too little to draw a trend'
    } as Readonly<Record<EffectStatusWord, string>>,
    severity: { error: 'error', warning: 'warning', info: 'info' } as Readonly<Record<string, string>>,
    title: (a: { asOf: string }) => `Effect report ${a.asOf}`,
    heading: () => 'Effect report',
    /** The first heading of the Markdown report. */
    headingAsOf: (a: { asOf: string }) => `Effect report — as of ${a.asOf}`,
    summaryColumns: () => ['Status', 'Effects'] as readonly string[],
    statusColumn: () => 'Status',
    meta: (a: { asOf: string; agreements: number; effects: number }) =>
        `As of <strong>${a.asOf}</strong> · ${plural(a.agreements, 'agreement')} · ${plural(a.effects, 'effect')}`,
    footer: (a: { legend: string }) => `Made by Keten. Statuses follow the effect-tracking rules: ${a.legend}.`,
    agreementsIndex: () => 'Agreements',
    chainPictureLabel: (a: { agreement: string }) => `The chain of ${a.agreement}: parties, roles, bodies, mandates and escalation routes`,
    chainPicturesUnavailable: () => `The chain diagrams are left out: Graphviz (@hpcc-js/wasm-graphviz, installed with Keten) could not be loaded. 'keten graph' writes the chain as Mermaid or DOT.`,
    chainPictureTooLarge: () => `This chain is too large to draw here; 'keten graph' writes it as Mermaid or DOT.`,
    chainPicturesLeftOut: (a: { agreements: number; upTo: number }) =>
        `The chain diagrams are drawn for a report of up to ${a.upTo} agreements; this one has ${a.agreements}. 'keten graph' draws the chain of any agreement, and the tables below give every party, body, mandate and escalation route.`,
    summary: () => 'Summary',
    findingsNone: () => 'The agreements have no validation findings.',
    findingsHeading: (a: { count?: number }) => a.count === undefined ? 'Validation findings' : `Validation findings (${a.count})`,
    findingsColumns: () => ['Where', 'Severity', 'Message', 'Rule'] as readonly string[],
    dataProblemsHeading: () => 'Data problems',
    dataProblemsNone: () => 'Every measurement row was used.',
    dataProblemsLeftOut: (a: { count: number }) => `Data problems (${a.count}) — rows left out`,
    dataProblemsColumns: () => ['Where', 'Problem'] as readonly string[],
    dataProblemsIntro: () => 'Rows left out of the report:',
    /** Shown when some reason has more problems than the report lists (docs/reports.md). */
    dataProblemsListedFirst: (a: { perReason: number }) =>
        `The first ${a.perReason} rows of each kind are listed; the JSON report (--format json) lists every one.`,
    /** After the listed problems: how many more of one reason there are. */
    dataProblemsNotListed: (a: { count: number; reason: string }) => `… and ${a.count.toLocaleString('en-US')} more: ${a.reason}`,
    /** Each reason of a data problem, as the count of those not listed names it. */
    dataProblemReason: {
        'missing-field': 'field missing',
        'unknown-effect': 'unknown effect',
        'bad-date': 'not a calendar date',
        'bad-value': 'value not a number',
        'ambiguous-value': 'value ambiguous',
        'extra-fields': 'more fields than the header',
        'duplicate': 'second value for an effect and date',
        'after-as-of': 'date after the report date',
        'bad-row': 'row not valid'
    } as Readonly<Record<string, string>>,
    fact: { file: 'File', period: 'Period', standing: 'Standing', goal: 'Goal', steering: 'Steering', accountable: 'Accountable', review: 'Review' },
    range: (a: { from: string; to: string }) => `${a.from} to ${a.to}`,
    /** An open-ended period (`period from`, COVENANT.md). */
    periodFrom: (a: { from: string }) => `from ${a.from}, with no end date`,
    /** Where the agreement stands on the report date (COVENANT.md; JSON `standing`). */
    standingLabel: { 'in-force': 'in force', 'ended': 'ended', 'not-yet': 'not yet in force' } as Readonly<Record<'in-force' | 'ended' | 'not-yet', string>>,
    standingOn: (a: { standing: string; date: string }) => `${a.standing} on ${a.date}`,
    reviewEvery: (a: { every: string; by: string }) => `every ${a.every} by ${a.by}`,
    effectsHeading: () => 'Effects',
    noEffects: () => 'This agreement names no effects.',
    targetBy: (a: { target: string; date: string }) => `${a.target} by ${a.date}`,
    valueOn: (a: { value: string; date: string }) => `${a.value} on ${a.date}`,
    number_: { baseline: 'Baseline', latest: 'Latest', target: 'Target', progress: 'Progress', projection: 'Projection at target date' },
    measured: (a: { frequency: string; by: string; source?: string }) =>
        `Measured ${a.frequency} by ${a.by}${a.source ? ` from ${a.source}` : ''}.`,
    /** The chart of an effect: its accessible title and the labels on its lines. */
    chartTitle: (a: { effect: string }) => `${a.effect}: chart of measurements against target`,
    chartTarget: (a: { target: string; date: string }) => `target ${a.target} by ${a.date}`,
    chartAsOf: (a: { date: string }) => `report date ${a.date}`,
    chartProjection: (a: { value: string; date: string }) => `projection ${a.value} on ${a.date}`,
    chartBaseline: (a: { value: string; date: string }) => `baseline ${a.value} on ${a.date}`,
    /** A projection below 0 while every value of the indicator is 0 or more (docs/reports.md). */
    projectionBelowZero: () => 'below 0: out of range',
    chartProjectionBelowZero: (a: { date: string }) => `projection: the trend falls below 0 before ${a.date}, out of range`,
    legend: { measurements: 'measurements', baseline: 'baseline', target: 'target', projection: 'projection', asOf: 'report date' },
    noMeasurements: () => 'No measurements up to the report date.',
    measurementCount: (a: { count: number }) => plural(a.count, 'measurement'),
    measurementColumns: () => ['Date', 'Value', 'Source', 'Note'] as readonly string[],
    partiesHeading: () => 'Parties and steering',
    partyColumns: () => ['Party', 'Type', 'Roles'] as readonly string[],
    reportsTo: () => 'reports to',
    /** A party of `involving` (COVENANT.md). */
    involvedParty: () => 'involved: takes part without signing',
    /** A power of the party's own, in the roles column: `power Schuldhulp, held by Apeldoorn.college (Wgs, art. 2)`. */
    powerOfParty: (a: { power: string; holder?: string; basis?: string }) =>
        `power ${a.power}${a.holder ? `, held by ${a.holder}` : ''}${a.basis ? ` (${a.basis})` : ''}`,
    bodiesHeading: () => 'Bodies',
    bodyColumns: () => ['Body', 'Members', 'Chair'] as readonly string[],
    escalationsHeading: () => 'Escalation routes',
    noEscalations: () => 'This agreement names no escalation route.',
    within: (a: { duration: string }) => `within ${a.duration}`,
    decides: () => 'decides',
    mandatesHeading: () => 'Mandates',
    noMandates: () => 'This agreement grants no mandate.',
    mandateColumns: () => ['Mandate', 'From', 'To', 'Scope', 'Limit', 'Sub-mandate', 'Valid', 'Basis', 'Power', 'Parent'] as readonly string[],
    submandate: { allowed: 'allowed', denied: 'denied' } as Readonly<Record<string, string>>,
    /** A mandate without a `submandate` field: denied by default (Awb 10:9). */
    submandateDefault: () => 'denied — Awb 10:9 default',
    effectKind: { outcome: 'outcome', quality: 'quality', output: 'output' } as Readonly<Record<string, string>>,
    frequency: { weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' } as Readonly<Record<string, string>>
};
