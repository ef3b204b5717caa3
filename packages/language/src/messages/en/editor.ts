/**
 * Texts of the editor: hover, completion details, quick-fix titles, rename notices and what
 * each keyword means. Keyword explanations are keyed by the English keyword; a Dutch keyword
 * is explained through its English twin (see `lsp/keyword-languages.ts`). Units, limits and
 * durations copied from the agreement are written in English (`quantities.ts`).
 */
import { quantitiesEn } from './quantities.js';

export const editorEn = {
    keywordMeaning: {
        party: 'Declares an organisation that takes part in agreements (a municipality, a provider, the police, …). Its roles are the positions inside it.',
        type: 'What kind of organisation the party is, in one free word (municipality, provider, agency, …). Only classifies; no rule depends on it.',
        role: 'A position inside a party. Mandates are granted to roles and escalation levels are held by roles, never by whole organisations. Elsewhere written as Party.role.',
        reports: '`reports to ROLE`: the role this role reports to, inside the same party. Builds the hierarchy used for escalation.',
        body: 'A governance body (steering group, board, coordination table) made of roles of several parties. Can steer, review, grant mandates and decide on escalations.',
        members: 'The roles that sit in this body, written as Party.role and separated by commas.',
        chair: 'The role that chairs the body; it should be one of its members.',
        agreement: 'A chain agreement (convenant): the parties, their mandates, conditions, commitments, escalation routes and the effects the chain answers for.',
        parties: 'The organisations bound by the agreement. Every party named inside the agreement must be listed here.',
        period: '`period FROM to UNTIL`: the dates between which the agreement is in force, both included.',
        goal: 'An intention in words. Goals do not count as effects: add an `effect` to make a result measurable.',
        steering: 'The one role or body that steers the whole chain (one steering: één sturing). Every agreement needs exactly one.',
        accountable: 'The role or body that answers for the results of the chain.',
        review: '`review every N weeks by HOLDER`: how often the hierarchy actively follows the collaboration, and who does it.',
        every: 'How often: a number and a unit of time (days, workdays, weeks, months, years).',
        mandate: 'Who may decide on behalf of whom (mandaat, Awb 10:1–10:12): granted `from` a role or body `to` a role, with a scope, a limit and a validity.',
        from: 'In a mandate: the role or body that grants it. When that role itself holds a mandate, this one is a sub-mandate of it.',
        to: 'In a mandate: the role that receives it and may decide. In a date range: the last day. In a data block: the parties that receive the data.',
        scope: 'In words: which decisions the mandate covers.',
        limit: 'The highest amount the holder may decide on, with its unit (EUR, hours) and optionally `per` something.',
        submandate: '`submandate allowed` or `denied`: whether the holder may pass the mandate on. Absent means denied (Awb 10:9).',
        valid: '`valid FROM to UNTIL`: the dates the mandate is valid, both included.',
        basis: 'The decision or article the mandate rests on (mandaatbesluit).',
        condition: 'What must be in place for the work: time, money, people, data or a system, and who provides it.',
        provided: '`provided by PARTY`: the party that makes the condition available.',
        resource: 'How much is provided: an amount with a unit (16 hours per week) or a description in words.',
        before: 'The date by which the condition must be in place.',
        commitment: 'What a party undertakes to do, with the mandate that allows its decisions and the conditions it needs.',
        by: 'The party (or, after `review every` or `measured`, the holder) that does it; in `target … by DATE`: the date the target must be reached.',
        decides: 'The commitment involves taking decisions; `decides under M` names the mandate that allows them. On an escalation level: this level takes the final decision (doorzettingsmacht).',
        under: '`decides under MANDATE`: the mandate that allows the decisions of this commitment.',
        needs: 'The conditions this commitment depends on, separated by commas.',
        due: 'The date by which the commitment must be done.',
        escalation: 'An escalation route: levels tried top to bottom when the work is stuck. One level should `decide`.',
        level: '`level HOLDER within N workdays`: one step of the route, with the time it has to resolve the matter before it goes up.',
        within: 'The time this level has to resolve the matter before it goes to the next level.',
        effect: 'A measurable effect the chain is accountable for: an indicator with a unit, a baseline, a target and who measures it (effects count, not intentions).',
        kind: '`outcome` (is anyone better off?), `quality` (how well did we do it?) or `output` (how much did we do?). Default: outcome.',
        indicator: 'What is counted, in words.',
        unit: 'The unit of the indicator: days, percent, households, "%", …',
        baseline: '`baseline VALUE on DATE`: the starting value and when it was measured.',
        on: 'The date of the baseline measurement.',
        target: '`target <= VALUE by DATE`: the value to reach and the date to reach it by.',
        measured: '`measured monthly by PARTY from "source"`: how often, by whom and from which source the indicator is measured.',
        through: 'The commitments that are meant to bring the effect about.',
        outcome: 'Effect kind: is anyone better off? (Results-Based Accountability)',
        quality: 'Effect kind: how well did we do it? (Results-Based Accountability)',
        output: 'Effect kind: how much did we do? (Results-Based Accountability)',
        allowed: 'The holder may pass this mandate on (sub-mandate).',
        denied: 'The holder may not pass this mandate on (Awb 10:9).',
        weekly: 'Measured every week.',
        monthly: 'Measured every month.',
        quarterly: 'Measured every quarter.',
        yearly: 'Measured every year.',
        per: 'What the amount is counted per: `per household`, `per week`.',
        workdays: 'Working days; for comparing durations one workday counts as 1.4 days.',
        workday: 'A working day; for comparing durations one workday counts as 1.4 days.',
        day: 'A calendar day: the unit durations are compared in.',
        days: 'Calendar days: the unit durations are compared in.',
        week: 'A week; for comparing durations it counts as 7 days.',
        weeks: 'Weeks; for comparing durations one week counts as 7 days.',
        month: 'A month; for comparing durations it counts as 30 days.',
        months: 'Months; for comparing durations one month counts as 30 days.',
        year: 'A year; for comparing durations it counts as 365 days.',
        years: 'Years; for comparing durations one year counts as 365 days.',
        // COVENANT.md: the whole covenant
        power: 'In a party: a power it has by law (bevoegdheid), `power NAME "title" held by ROLE basis "…"`; elsewhere written as Party.power. In a mandate: the power the mandate hands on (Awb 10:1).',
        held: '`held by ROLE`: the role of the same party that holds this power (the body the law gives it to).',
        considering: 'A consideration of the preamble (overweging): why the parties make this agreement. One line each; they read as "Whereas …".',
        term: '`term NAME "meaning"`: a definition (begripsbepaling) of a word the agreement uses in a meaning of its own.',
        signatory: '`signatory Party.role "person" pursuant to "…"`: who signs for a party, and what gives them the power to represent it (for a municipality: Gemeentewet, art. 171).',
        pursuant: '`pursuant to "…"`: what gives the signatory the power to represent the party (a law, the statutes, a mandate decision).',
        involving: 'Parties that act in the agreement without being bound by it or signing it: an organisation it creates, an executor, a team.',
        renewal: '`renewal 1 year`: the agreement is renewed tacitly by this much each time it ends, unless a party terminates it.',
        termination: '`termination notice 3 months`: a party may end its part by giving this much notice.',
        notice: 'The notice a party must give to end its part of the agreement.',
        amendment: 'How the agreement is changed (in writing, with whose consent).',
        accession: 'How a new party joins the agreement.',
        disputes: '`disputes ROUTE` or `disputes "…"`: the escalation route of this agreement, or the procedure, that settles disputes between the parties.',
        publication: '`publication "…" within 4 weeks`: where the agreement is published (Staatscourant, Woo) and how soon after signing.',
        after: '`due within 10 workdays after "event"`: a due date counted from an event instead of a calendar date.',
        obligation: '`obligation effort` (the party promises to try: inspanningsverplichting) or `obligation result` (to achieve: resultaatsverplichting).',
        effort: 'An obligation to try (inspanningsverplichting): the party does its best, the result is not promised.',
        result: 'An obligation to achieve (resultaatsverplichting): the party promises the result.',
        data: 'Personal data shared between partners (AVG/GDPR): who provides it to whom, for which purpose, on which basis, how long it is kept and who is the controller.',
        purpose: 'In a data block: what the data is shared for (AVG art. 5(1)(b): purpose limitation).',
        categories: 'In a data block: which kinds of personal data are shared.',
        special: 'In a data block: special categories of personal data (AVG art. 9) or criminal data (AVG art. 10).',
        retention: 'In a data block: how long the data is kept (AVG art. 5(1)(e)).',
        controller: 'In a data block: the party responsible for the data (AVG art. 4(7)); more than one are joint controllers (AVG art. 26).',
        budget: 'Money: an amount (`amount 120000 EUR per year`) and each party\'s share of it in percent (`share PARTY 60 percent`); the shares add up to 100.',
        amount: 'The amount of the budget, with its unit and optionally `per` something.',
        share: '`share PARTY 60 percent`: the part of the budget this party pays.',
        percent: 'Percent (`%` may be written too).'
    } as Record<string, string>,
    /**
     * A keyword whose meaning depends on where it stands (`from` in a mandate, in `period from`,
     * after `measured`, in a data block): per grammar rule, then per English keyword. Looked up
     * before `keywordMeaning` (`lsp/keyword-meaning.ts`).
     */
    keywordMeaningIn: {
        PeriodField: { from: '`period from DATE`: the agreement is in force from this date, with no end date.' },
        DateRange: { to: 'The last day of the range; it is included.' },
        ReviewField: { by: 'The role or body that carries out the review.' },
        PublicationField: { within: 'How soon after signing the agreement must be published.' },
        ToField: { to: 'In a mandate: the role that receives it and may decide.' },
        ByField: { by: 'The party that makes the commitment and does the work; more than one party: a joint commitment.' },
        DueField: { within: '`due within N workdays after "event"`: the time the commitment has, counted from the event.' },
        TargetField: { by: 'The date by which the target must be reached.' },
        MeasuredField: { by: 'The party that measures the indicator.', from: 'The source the measurements come from: a register, a monitor, a system.' },
        DataFromField: { from: 'In a data block: the parties that provide the data.' },
        DataToField: { to: 'In a data block: the parties that receive the data.' }
    } as Record<string, Record<string, string>>,

    // ---------------------------------------------------------------- hover
    hoverKind: (a: { kind: string; name: string; title?: string }) =>
        `**${a.kind}** \`${a.name}\`` + (a.title ? ` — ${a.title}` : ''),
    hoverRoleParty: (a: { party: string }) => `Role of ${a.party}.`,
    hoverRoleReportsTo: (a: { role: string }) => `Reports to ${a.role}.`,
    hoverRoleTop: () => 'Reports to nobody inside its party.',
    hoverRoleMandates: (a: { mandates: string[] }) => `Holds the mandates ${a.mandates.join(', ')}.`,
    hoverRoleNoMandates: () => 'Holds no mandate.',
    hoverEffectIndicator: (a: { indicator?: string; unit?: string }) =>
        `Indicator: ${a.indicator ?? '(none)'}${a.unit ? ` (${quantitiesEn.writtenUnit(a.unit)})` : ''}.`,
    hoverEffectBaseline: (a: { value?: string; date?: string }) =>
        a.value === undefined ? 'Baseline: none.' : `Baseline: ${a.value} on ${a.date}.`,
    hoverEffectTarget: (a: { op?: string; value?: string; date?: string }) =>
        a.value === undefined ? 'Target: none.' : `Target: ${a.op} ${a.value} by ${a.date}.`,
    hoverEffectId: (a: { id: string }) => `Measurement files name it \`${a.id}\`.`,
    hoverMandateSummary: (a: { from?: string; to?: string; limit?: string }) =>
        `From ${a.from ?? '(nobody)'} to ${a.to ?? '(nobody)'}` + (a.limit ? `, up to ${quantitiesEn.writtenAmount(a.limit)}` : '') + '.',
    hoverBodyMembers: (a: { members: string[] }) =>
        a.members.length ? `Members: ${a.members.join(', ')}.` : 'No members.',
    hoverKeyword: (a: { keyword: string; meaning: string }) => `**${a.keyword}** — ${a.meaning}`,
    /** A power (COVENANT.md): its party, the role that holds it, the basis, the mandates that hand it on. */
    hoverPowerParty: (a: { party: string }) => `Power of ${a.party} by law.`,
    hoverPowerHolder: (a: { role?: string }) => a.role ? `Held by ${a.role}.` : "Held by nobody yet: add 'held by ROLE'.",
    hoverPowerBasis: (a: { basis?: string }) => a.basis ? `Basis: ${a.basis}.` : "No basis yet: add 'basis \"…\"'.",
    hoverPowerMandates: (a: { mandates: string[] }) => `Handed on by the mandates ${a.mandates.join(', ')}.`,
    /** A definition (`term`). */
    hoverTermMeaning: (a: { meaning: string }) => `Means: ${a.meaning}`,
    /** A data block: who provides to whom, for what, on which basis, how long, who is responsible. */
    hoverDataParties: (a: { from: string[]; to: string[] }) =>
        `From ${a.from.length ? a.from.join(', ') : '(nobody)'} to ${a.to.length ? a.to.join(', ') : '(nobody)'}.`,
    hoverDataPurpose: (a: { purpose?: string }) => a.purpose ? `Purpose: ${a.purpose}.` : 'Purpose: none given.',
    hoverDataBasis: (a: { basis?: string }) => a.basis ? `Basis: ${a.basis}.` : 'Basis: none given.',
    hoverDataSpecial: (a: { special: string }) => `Special categories: ${a.special}.`,
    hoverDataRetention: (a: { retention?: string }) =>
        a.retention ? `Kept for ${quantitiesEn.writtenDuration(a.retention)}.` : 'Retention: none given.',
    hoverDataControllers: (a: { controllers: string[] }) =>
        a.controllers.length === 0 ? 'Controller: none given.'
            : a.controllers.length === 1 ? `Controller: ${a.controllers[0]}.` : `Joint controllers: ${a.controllers.join(', ')}.`,
    /** A budget: its amount and each party's share. */
    hoverBudgetAmount: (a: { amount?: string }) => a.amount ? `Amount: ${quantitiesEn.writtenAmount(a.amount)}.` : 'No amount given.',
    hoverBudgetShare: (a: { party: string; percent: number; amount?: string }) =>
        `${a.party}: ${a.percent}%${a.amount ? ` (${a.amount})` : ''}`,
    hoverBudgetShares: (a: { shares: string[]; total: number }) =>
        a.shares.length ? `Shares: ${a.shares.join('; ')} — together ${a.total}%.` : 'No shares: nobody is said to pay.',
    /** A signatory (on its role or its texts): for whom, who, on what ground. */
    hoverSignatory: (a: { role: string; party?: string; person?: string; pursuantTo?: string }) =>
        `**signatory** ${a.role}${a.person ? ` — ${a.person}` : ''}` +
        (a.party ? `, signs for ${a.party}` : '') + (a.pursuantTo ? `, pursuant to ${a.pursuantTo}` : '') + '.',

    // ---------------------------------------------------------------- completion
    completionDeclaration: (a: { kind: string; title?: string }) => a.title ? `${a.kind}: ${a.title}` : a.kind,
    completionKeyword: () => 'keyword',
    completionSnippet: (a: { block: string }) => `new ${a.block} with every field to fill in`,

    // ---------------------------------------------------------------- inlay hints
    inlayMandate: (a: { holder?: string; limit?: string }) =>
        `→ ${a.holder ?? '?'}${a.limit ? `, up to ${quantitiesEn.writtenAmount(a.limit)}` : ''}`,
    /** After `decides under Party.power`: the role that holds the power, deciding by law. */
    inlayPower: (a: { holder?: string }) => `→ ${a.holder ?? '?'}, own power`,

    // ---------------------------------------------------------------- quick fixes
    fixReplaceName: (a: { name: string }) => `Change to '${a.name}'`,
    /** `under` is the keyword the fix inserts, in the file's keyword language (`under` or `onder`). */
    fixAddMandate: (a: { commitment: string; mandate: string; under: string }) =>
        `Add mandate '${a.mandate}' for commitment '${a.commitment}' and link it with '${a.under}'`,
    /** `fields` and `field` are the keywords the fix inserts, as it writes them (the file's keyword language). */
    fixInsertMissingFields: (a: { fields: string[] }) =>
        `Insert the missing ${a.fields.length === 1 ? 'field' : 'fields'} ${a.fields.map(f => `'${f}'`).join(', ')}`,
    fixInsertField: (a: { field: string; holder: string }) => `Insert '${a.field} ${a.holder}'`,
    fixAddEscalation: (a: { holder: string }) => `Add an escalation route ending with ${a.holder} deciding`,
    fixRemoveParty: (a: { party: string }) => `Remove '${a.party}' from the parties`,
    fixRemoveInvolvedParty: (a: { party: string }) => `Remove '${a.party}' from 'involving'`,
    fixInsertText: (a: { text: string }) => `Insert '${a.text}'`,
    placeholderText: () => 'TODO',

    // ---------------------------------------------------------------- the server's input
    /** One line on stderr and in the client's log before the server exits (language-server/src/protocol-guard.ts). */
    serverBadInput: (a: { reason: string }) =>
        `keten-language-server: the client sent bytes that are not a Language Server Protocol message (${a.reason}); the server stops with exit code 1 so that the client can restart it.`,
    serverBadInputReason: {
        'header-not-text': () => "a header line is not 'Name: value'",
        'header-too-long': () => 'the header has no end after 8 KB',
        'no-content-length': () => 'the header has no Content-Length',
        'bad-content-length': (a: { value: string }) => `Content-Length '${a.value}' is not a number of bytes`,
        'body-not-json': (a: { length: number }) => `the ${a.length} bytes after the header are not JSON: the Content-Length does not match the message`,
        'not-json-rpc': () => 'the message is not a JSON-RPC 2.0 object'
    },

    // ---------------------------------------------------------------- rename
    renameEffectNotice: (a: { oldIds: string[]; newIds: string[] }) =>
        `Renamed ${a.oldIds.map((id, i) => `'${id}' to '${a.newIds[i]}'`).join(', ')}. ` +
        `Measurement files that use the old ${a.oldIds.length === 1 ? 'id are' : 'ids are'} not changed: update them yourself.`,
    /** `kind`: the kind word of the declaration that has the name (`mandate`, `party`). */
    renameNameTaken: (a: { name: string; kind: string }) =>
        `The name '${a.name}' is taken here, by the ${a.kind} '${a.name}': two declarations of one name would be a duplicate-name error. Choose another name.`,
    renameInvalidName: (a: { name: string }) =>
        `'${a.name}' cannot be a name: use letters, digits and '_', starting with a letter, and no reserved word.`
};
