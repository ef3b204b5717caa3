/**
 * Pairs of workspaces written from CHANGES.md alone: the base of test/fixtures/changes/base,
 * edited (`after`; and for some pairs the old side too, `before`), with exactly the changes
 * the page names: id, level, element, agreement, `old` and `new` in canonical English source
 * text. Adding a pair is adding a row.
 */
import type { ExpectedChange } from './diff-support.js';

type Edit = readonly [file: 'agreement.keten' | 'parties.keten', from: string, to: string];

export interface ChangePair {
    readonly name: string;
    readonly before?: readonly Edit[];
    readonly after: readonly Edit[];
    readonly expect: readonly ExpectedChange[];
}

const A = 'agreement.keten', P = 'parties.keten';
const V = 'Vroeg';

const change = (id: string, level: ExpectedChange['level'], element: string, agreement: string | null, old: string | null, now: string | null): ExpectedChange =>
    ({ id: id as ExpectedChange['id'], level, element, agreement, old, new: now });

const RABO = 'party Rabo "Rabobank" {\n  type bank\n  role directeur "Directeur"\n}\n';

export const CHANGE_PAIRS: readonly ChangePair[] = [
    // ---------------------------------------------------------------- parties
    {
        name: 'a party leaves parties',
        after: [[A, 'parties Apeldoorn, Kredietbank, Woonstede', 'parties Apeldoorn, Kredietbank']],
        expect: [change('party-removed', 'breaking', 'Woonstede', V, 'Woonstede', null)]
    },
    {
        name: 'a party is declared and joins parties',
        after: [[P, 'party Vitens', `${RABO}\nparty Vitens`], [A, 'parties Apeldoorn, Kredietbank, Woonstede', 'parties Apeldoorn, Rabo, Kredietbank, Woonstede']],
        expect: [
            change('party-added', 'notable', 'Rabo', V, null, 'Rabo'),
            change('party-declaration-added', 'info', 'Rabo', null, null, 'party Rabo "Rabobank" { type bank role directeur "Directeur" }')
        ]
    },
    {
        name: 'a party leaves involving',
        after: [[A, '  involving Vitens\n', '']],
        expect: [change('involved-party-removed', 'breaking', 'Vitens', V, 'Vitens', null)]
    },
    {
        name: 'a party moves from parties to involving',
        after: [[A, 'parties Apeldoorn, Kredietbank, Woonstede', 'parties Apeldoorn, Kredietbank'], [A, 'involving Vitens', 'involving Vitens, Woonstede']],
        expect: [
            change('involved-party-added', 'notable', 'Woonstede', V, null, 'Woonstede'),
            change('party-removed', 'breaking', 'Woonstede', V, 'Woonstede', null)
        ]
    },
    {
        name: 'a party declaration is deleted (the agreement still names it)',
        after: [[P, 'party Vitens "Vitens" {\n  type utility\n  role manager "Manager Debiteuren"\n}\n', '']],
        expect: [change('party-declaration-removed', 'info', 'Vitens', null, 'party Vitens "Vitens" { type utility role manager "Manager Debiteuren" }', null)]
    },
    {
        name: 'a party type changes',
        after: [[P, 'type housing', 'type corporation']],
        expect: [change('party-type-changed', 'notable', 'Woonstede', null, 'housing', 'corporation')]
    },
    // ---------------------------------------------------------------- roles, powers, bodies
    {
        name: 'a role is deleted',
        after: [[P, '  role incasso "Medewerker Huurincasso" reports to directeur\n', '']],
        expect: [change('role-removed', 'breaking', 'Woonstede.incasso', null, 'role incasso "Medewerker Huurincasso" reports to directeur', null)]
    },
    {
        name: 'a role is added',
        after: [[P, '  role manager "Manager Debiteuren"\n', '  role manager "Manager Debiteuren"\n  role jurist "Jurist"\n']],
        expect: [change('role-added', 'notable', 'Vitens.jurist', null, null, 'role jurist "Jurist"')]
    },
    {
        name: 'a role reports to someone else',
        after: [[P, 'role consulent "Schuldhulpconsulent" reports to teamleider', 'role consulent "Schuldhulpconsulent" reports to directeur']],
        expect: [change('reports-to-changed', 'notable', 'Kredietbank.consulent', null, 'teamleider', 'directeur')]
    },
    {
        name: 'a power is deleted',
        after: [[P, '  power Schuldhulp "Schuldhulpverlening" held by college basis "Wgs, art. 2"\n', '']],
        expect: [change('power-removed', 'breaking', 'Apeldoorn.Schuldhulp', null, 'power Schuldhulp "Schuldhulpverlening" held by college basis "Wgs, art. 2"', null)]
    },
    {
        name: 'a member leaves a body',
        after: [[P, 'members Apeldoorn.wethouder, Kredietbank.directeur, Woonstede.directeur', 'members Apeldoorn.wethouder, Kredietbank.directeur']],
        expect: [change('body-member-removed', 'breaking', 'Regietafel', null, 'Woonstede.directeur', null)]
    },
    {
        name: 'a member joins a body',
        after: [[P, 'members Apeldoorn.wethouder, Kredietbank.directeur, Woonstede.directeur', 'members Apeldoorn.wethouder, Kredietbank.directeur, Woonstede.directeur, Vitens.manager']],
        expect: [change('body-member-added', 'notable', 'Regietafel', null, null, 'Vitens.manager')]
    },
    // ---------------------------------------------------------------- the agreement
    {
        name: 'steering changes',
        after: [[A, 'steering Regietafel', 'steering Apeldoorn.wethouder']],
        expect: [change('steering-changed', 'breaking', V, V, 'Regietafel', 'Apeldoorn.wethouder')]
    },
    {
        name: 'accountable changes',
        after: [[A, 'accountable Apeldoorn.wethouder', 'accountable Regietafel']],
        expect: [change('accountable-changed', 'breaking', V, V, 'Apeldoorn.wethouder', 'Regietafel')]
    },
    {
        name: 'the review changes',
        after: [[A, 'review every 2 months by Regietafel', 'review every 3 months by Regietafel']],
        expect: [change('review-changed', 'notable', V, V, 'every 2 months by Regietafel', 'every 3 months by Regietafel')]
    },
    {
        name: 'the period ends earlier',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2026-01-01 to 2027-12-31']],
        expect: [change('period-shortened', 'breaking', V, V, '2026-01-01 to 2028-12-31', '2026-01-01 to 2027-12-31')]
    },
    {
        name: 'the period ends later',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2026-01-01 to 2029-12-31']],
        expect: [change('period-extended', 'notable', V, V, '2026-01-01 to 2028-12-31', '2026-01-01 to 2029-12-31')]
    },
    {
        name: 'the period starts later',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2026-07-01 to 2028-12-31']],
        expect: [change('period-shortened', 'breaking', V, V, '2026-01-01 to 2028-12-31', '2026-07-01 to 2028-12-31')]
    },
    {
        name: 'the period starts earlier',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2025-07-01 to 2028-12-31']],
        expect: [change('period-extended', 'notable', V, V, '2026-01-01 to 2028-12-31', '2025-07-01 to 2028-12-31')]
    },
    {
        name: 'the period moves earlier at both ends and covers less time: shortened, though it starts earlier',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2025-01-01 to 2026-06-30']],
        expect: [change('period-shortened', 'breaking', V, V, '2026-01-01 to 2028-12-31', '2025-01-01 to 2026-06-30')]
    },
    {
        name: 'the period moves later at both ends and covers more time: extended, though it starts later',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2026-06-01 to 2030-12-31']],
        expect: [change('period-extended', 'notable', V, V, '2026-01-01 to 2028-12-31', '2026-06-01 to 2030-12-31')]
    },
    {
        name: 'the period moves a year later, as many days: the later start decides',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period 2027-01-01 to 2029-12-31']],
        expect: [change('period-shortened', 'breaking', V, V, '2026-01-01 to 2028-12-31', '2027-01-01 to 2029-12-31')]
    },
    {
        name: 'a closed period becomes open-ended',
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period from 2026-01-01']],
        expect: [change('period-extended', 'notable', V, V, '2026-01-01 to 2028-12-31', 'from 2026-01-01')]
    },
    {
        name: 'an open-ended period gets an end',
        before: [[A, 'period 2026-01-01 to 2028-12-31', 'period from 2026-01-01']],
        after: [],
        expect: [change('period-shortened', 'breaking', V, V, 'from 2026-01-01', '2026-01-01 to 2028-12-31')]
    },
    {
        name: 'an open-ended period starts later',
        before: [[A, 'period 2026-01-01 to 2028-12-31', 'period from 2026-01-01']],
        after: [[A, 'period 2026-01-01 to 2028-12-31', 'period from 2026-03-01']],
        expect: [change('period-shortened', 'breaking', V, V, 'from 2026-01-01', 'from 2026-03-01')]
    },
    {
        name: 'the title, a goal, a consideration and a doc comment are reworded',
        after: [
            [A, 'agreement Vroeg "Convenant Vroegsignalering"', 'agreement Vroeg "Convenant Vroegsignalering Schulden"'],
            [A, 'goal "Huishoudens krijgen hulp voordat schulden problematisch worden."', 'goal "Huishoudens krijgen vroeg hulp."'],
            [A, 'considering "Vroeg erbij zijn voorkomt schulden."', 'considering "Vroeg erbij zijn voorkomt problematische schulden."'],
            [A, '/** De teamleider mag betalingsregelingen afspreken. */', '/** De teamleider spreekt betalingsregelingen af. */']
        ],
        expect: [
            change('considering-changed', 'info', V, V, '"Vroeg erbij zijn voorkomt schulden."', '"Vroeg erbij zijn voorkomt problematische schulden."'),
            change('doc-comment-changed', 'info', 'Vroeg.Regeling', V, 'De teamleider mag betalingsregelingen afspreken.', 'De teamleider spreekt betalingsregelingen af.'),
            change('goal-changed', 'info', V, V, '"Huishoudens krijgen hulp voordat schulden problematisch worden."', '"Huishoudens krijgen vroeg hulp."'),
            change('title-changed', 'info', V, V, '"Convenant Vroegsignalering"', '"Convenant Vroegsignalering Schulden"')
        ]
    },
    // ---------------------------------------------------------------- mandates
    {
        name: 'a mandate is withdrawn',
        after: [[A, '  mandate Melden "Achterstanden melden" {\n    from Apeldoorn.directeur\n    to Woonstede.incasso\n    scope "Beslissen welke achterstanden worden gemeld"\n    valid 2026-01-01 to 2028-12-31\n  }\n\n', '']],
        expect: [change('mandate-removed', 'breaking', 'Vroeg.Melden', V,
            'mandate Melden "Achterstanden melden" { from Apeldoorn.directeur to Woonstede.incasso scope "Beslissen welke achterstanden worden gemeld" valid 2026-01-01 to 2028-12-31 }', null)]
    },
    {
        name: 'a mandate is granted',
        after: [[A, '  condition Uren', '  mandate Huren "Huurregelingen" {\n    from Woonstede.directeur\n    to Woonstede.incasso\n    scope "Huurregelingen"\n  }\n\n  condition Uren']],
        expect: [change('mandate-added', 'notable', 'Vroeg.Huren', V, null, 'mandate Huren "Huurregelingen" { from Woonstede.directeur to Woonstede.incasso scope "Huurregelingen" }')]
    },
    {
        name: 'a limit is lowered',
        after: [[A, 'limit 5000 EUR per household', 'limit 4000 EUR per household']],
        expect: [change('mandate-limit-lowered', 'breaking', 'Vroeg.Regeling', V, '5000 EUR per household', '4000 EUR per household')]
    },
    {
        name: 'a limit is set where there was none (lowered)',
        after: [[A, '    scope "Beslissen welke achterstanden worden gemeld"\n', '    scope "Beslissen welke achterstanden worden gemeld"\n    limit 100 EUR per case\n']],
        expect: [change('mandate-limit-lowered', 'breaking', 'Vroeg.Melden', V, null, '100 EUR per case')]
    },
    {
        name: 'a limit is raised',
        after: [[A, 'limit 5000 EUR per household', 'limit 6000 EUR per household']],
        expect: [change('mandate-limit-raised', 'notable', 'Vroeg.Regeling', V, '5000 EUR per household', '6000 EUR per household')]
    },
    {
        name: 'a limit is taken out (raised)',
        after: [[A, '    limit 2500 EUR per household\n', '']],
        expect: [change('mandate-limit-raised', 'notable', 'Vroeg.Consulent', V, '2500 EUR per household', null)]
    },
    {
        name: 'a limit gets another per word',
        after: [[A, 'limit 5000 EUR per household', 'limit 5000 EUR per case']],
        expect: [change('mandate-limit-changed', 'breaking', 'Vroeg.Regeling', V, '5000 EUR per household', '5000 EUR per case')]
    },
    {
        name: 'a limit gets another unit',
        after: [[A, 'limit 2500 EUR per household', 'limit 2500 USD per household']],
        expect: [change('mandate-limit-changed', 'breaking', 'Vroeg.Consulent', V, '2500 EUR per household', '2500 USD per household')]
    },
    {
        name: 'the scope changes',
        after: [[A, 'scope "Betalingsregelingen tot 2500 euro"', 'scope "Betalingsregelingen tot 2000 euro"']],
        expect: [change('mandate-scope-changed', 'breaking', 'Vroeg.Consulent', V, '"Betalingsregelingen tot 2500 euro"', '"Betalingsregelingen tot 2000 euro"')]
    },
    {
        name: 'the validity ends earlier',
        after: [[A, 'submandate allowed\n    valid 2026-01-01 to 2028-12-31', 'submandate allowed\n    valid 2026-01-01 to 2027-06-30']],
        expect: [change('mandate-validity-shortened', 'breaking', 'Vroeg.Regeling', V, '2026-01-01 to 2028-12-31', '2026-01-01 to 2027-06-30')]
    },
    {
        name: 'the validity ends later',
        after: [[A, 'submandate denied\n    valid 2026-01-01 to 2028-12-31', 'submandate denied\n    valid 2026-01-01 to 2029-12-31']],
        expect: [change('mandate-validity-extended', 'notable', 'Vroeg.Consulent', V, '2026-01-01 to 2028-12-31', '2026-01-01 to 2029-12-31')]
    },
    {
        name: 'the validity moves earlier at both ends and covers less time',
        after: [[A, 'submandate denied\n    valid 2026-01-01 to 2028-12-31', 'submandate denied\n    valid 2025-01-01 to 2026-12-31']],
        expect: [change('mandate-validity-shortened', 'breaking', 'Vroeg.Consulent', V, '2026-01-01 to 2028-12-31', '2025-01-01 to 2026-12-31')]
    },
    {
        name: 'sub-mandating is withdrawn',
        after: [[A, 'submandate allowed', 'submandate denied']],
        expect: [change('submandate-withdrawn', 'breaking', 'Vroeg.Regeling', V, 'allowed', 'denied')]
    },
    {
        name: 'submandate allowed is taken out (denied by default)',
        after: [[A, '    submandate allowed\n', '']],
        expect: [change('submandate-withdrawn', 'breaking', 'Vroeg.Regeling', V, 'allowed', null)]
    },
    {
        name: 'sub-mandating is granted',
        after: [[A, 'submandate denied', 'submandate allowed']],
        expect: [change('submandate-granted', 'notable', 'Vroeg.Consulent', V, 'denied', 'allowed')]
    },
    {
        name: 'submandate denied is taken out (no change: denied is the default)',
        after: [[A, '    submandate denied\n', '']],
        expect: []
    },
    {
        name: 'another role holds the mandate',
        after: [[A, 'to Woonstede.incasso', 'to Woonstede.directeur']],
        expect: [change('mandate-holder-changed', 'breaking', 'Vroeg.Melden', V, 'Woonstede.incasso', 'Woonstede.directeur')]
    },
    // ---------------------------------------------------------------- commitments and conditions
    {
        name: 'a commitment is taken out',
        after: [[A, '  commitment Signaal "Melding binnen twee maanden" {\n    by Woonstede\n    decides under Melden\n    needs Gegevens\n    due 2026-03-01\n  }\n\n', '']],
        expect: [change('commitment-removed', 'breaking', 'Vroeg.Signaal', V, 'commitment Signaal "Melding binnen twee maanden" { by Woonstede decides under Melden needs Gegevens due 2026-03-01 }', null)]
    },
    {
        name: 'a commitment is due earlier',
        after: [[A, 'due 2026-03-01', 'due 2026-02-15']],
        expect: [change('commitment-due-earlier', 'breaking', 'Vroeg.Signaal', V, '2026-03-01', '2026-02-15')]
    },
    {
        name: 'a commitment is due later',
        after: [[A, 'due 2026-03-01', 'due 2026-04-01']],
        expect: [change('commitment-due-later', 'notable', 'Vroeg.Signaal', V, '2026-03-01', '2026-04-01')]
    },
    {
        name: 'a relative due date gets shorter (earlier)',
        after: [[A, 'due within 10 workdays after "een signaal"', 'due within 5 workdays after "een signaal"']],
        expect: [change('commitment-due-earlier', 'breaking', 'Vroeg.Huisbezoek', V, 'within 10 workdays after "een signaal"', 'within 5 workdays after "een signaal"')]
    },
    {
        name: 'a calendar due date becomes relative',
        after: [[A, 'due 2026-03-01', 'due within 20 workdays after "de start"']],
        expect: [change('commitment-due-changed', 'notable', 'Vroeg.Signaal', V, '2026-03-01', 'within 20 workdays after "de start"')]
    },
    {
        name: 'a party no longer makes a joint commitment',
        after: [[A, 'by Kredietbank, Apeldoorn', 'by Kredietbank']],
        expect: [change('commitment-party-removed', 'breaking', 'Vroeg.Huisbezoek', V, 'Apeldoorn', null)]
    },
    {
        name: 'a commitment no longer decides under a power',
        after: [[A, 'decides under Consulent, Apeldoorn.Schuldhulp', 'decides under Consulent']],
        expect: [change('commitment-authority-removed', 'breaking', 'Vroeg.Huisbezoek', V, 'Apeldoorn.Schuldhulp', null)]
    },
    {
        name: 'a result obligation becomes effort',
        after: [[A, 'obligation result', 'obligation effort']],
        expect: [change('commitment-obligation-weakened', 'breaking', 'Vroeg.Huisbezoek', V, 'result', 'effort')]
    },
    {
        name: 'a condition is taken out',
        after: [[A, '  condition Uren "Capaciteit consulenten" {\n    provided by Kredietbank\n    resource 24 hours per week\n    before 2026-02-01\n  }\n\n', '']],
        expect: [change('condition-removed', 'breaking', 'Vroeg.Uren', V, 'condition Uren "Capaciteit consulenten" { provided by Kredietbank resource 24 hours per week before 2026-02-01 }', null)]
    },
    {
        name: 'a resource is lowered',
        after: [[A, 'resource 24 hours per week', 'resource 16 hours per week']],
        expect: [change('condition-resource-lowered', 'breaking', 'Vroeg.Uren', V, '24 hours per week', '16 hours per week')]
    },
    {
        name: 'a resource is raised',
        after: [[A, 'resource 24 hours per week', 'resource 32 hours per week']],
        expect: [change('condition-resource-raised', 'notable', 'Vroeg.Uren', V, '24 hours per week', '32 hours per week')]
    },
    {
        name: 'a condition is in place later',
        after: [[A, 'before 2026-02-01', 'before 2026-03-01']],
        expect: [change('condition-before-later', 'breaking', 'Vroeg.Uren', V, '2026-02-01', '2026-03-01')]
    },
    {
        name: 'a party no longer provides a joint condition',
        after: [[A, 'provided by Woonstede, Vitens', 'provided by Woonstede']],
        expect: [change('condition-provider-removed', 'breaking', 'Vroeg.Gegevens', V, 'Vitens', null)]
    },
    // ---------------------------------------------------------------- escalation
    {
        name: 'a level is taken out',
        after: [[A, '    level Apeldoorn.directeur within 10 workdays\n', '']],
        expect: [change('escalation-level-removed', 'breaking', 'Vroeg.Casus', V, 'Apeldoorn.directeur within 10 workdays', null)]
    },
    {
        name: 'a level is added',
        after: [[A, '    level Apeldoorn.directeur within 10 workdays\n', '    level Apeldoorn.directeur within 10 workdays\n    level Apeldoorn.wethouder within 15 workdays\n']],
        expect: [change('escalation-level-added', 'notable', 'Vroeg.Casus', V, null, 'Apeldoorn.wethouder within 15 workdays')]
    },
    {
        name: 'a level\'s holder changes (a removal and an addition)',
        after: [[A, 'level Apeldoorn.directeur within 10 workdays', 'level Apeldoorn.wethouder within 10 workdays']],
        expect: [
            change('escalation-level-added', 'notable', 'Vroeg.Casus', V, null, 'Apeldoorn.wethouder within 10 workdays'),
            change('escalation-level-removed', 'breaking', 'Vroeg.Casus', V, 'Apeldoorn.directeur within 10 workdays', null)
        ]
    },
    {
        name: 'the same holders in another order',
        after: [[A, '    level Kredietbank.teamleider within 5 workdays\n    level Apeldoorn.directeur within 10 workdays\n', '    level Apeldoorn.directeur within 10 workdays\n    level Kredietbank.teamleider within 5 workdays\n']],
        expect: [change('escalation-order-changed', 'breaking', 'Vroeg.Casus', V, 'Kredietbank.teamleider, Apeldoorn.directeur, Regietafel', 'Apeldoorn.directeur, Kredietbank.teamleider, Regietafel')]
    },
    {
        name: 'another level decides',
        after: [[A, 'level Apeldoorn.directeur within 10 workdays', 'level Apeldoorn.directeur within 10 workdays decides'], [A, 'level Regietafel within 20 workdays decides', 'level Regietafel within 20 workdays']],
        expect: [change('escalation-decider-changed', 'breaking', 'Vroeg.Casus', V, 'Regietafel within 20 workdays decides', 'Apeldoorn.directeur within 10 workdays decides')]
    },
    {
        // The deciding holder also held the first level; that level goes: the same holder still decides.
        name: 'the deciding holder\'s earlier level taken out',
        before: [[A, '    level Kredietbank.teamleider within 5 workdays\n', '    level Regietafel within 5 workdays\n']],
        after: [[A, '    level Kredietbank.teamleider within 5 workdays\n', '']],
        expect: [
            change('escalation-order-changed', 'breaking', 'Vroeg.Casus', V, 'Regietafel, Apeldoorn.directeur, Regietafel', 'Apeldoorn.directeur, Regietafel'),
            change('escalation-deadline-lengthened', 'breaking', 'Vroeg.Casus', V, 'Regietafel within 5 workdays', 'Regietafel within 20 workdays decides'),
            change('escalation-level-removed', 'breaking', 'Vroeg.Casus', V, 'Regietafel within 20 workdays decides', null)
        ]
    },
    {
        name: 'a level may take longer',
        after: [[A, 'level Kredietbank.teamleider within 5 workdays', 'level Kredietbank.teamleider within 8 workdays']],
        expect: [change('escalation-deadline-lengthened', 'breaking', 'Vroeg.Casus', V, 'Kredietbank.teamleider within 5 workdays', 'Kredietbank.teamleider within 8 workdays')]
    },
    {
        name: 'a level must act sooner',
        after: [[A, 'level Kredietbank.teamleider within 5 workdays', 'level Kredietbank.teamleider within 3 workdays']],
        expect: [change('escalation-deadline-shortened', 'notable', 'Vroeg.Casus', V, 'Kredietbank.teamleider within 5 workdays', 'Kredietbank.teamleider within 3 workdays')]
    },
    {
        name: 'the same deadline in another unit (5 workdays is 1 week: no change)',
        after: [[A, 'level Kredietbank.teamleider within 5 workdays', 'level Kredietbank.teamleider within 1 week']],
        expect: []
    },
    // ---------------------------------------------------------------- effects
    {
        name: 'an effect is taken out',
        after: [[A, '  effect Bereik "Bereik huisbezoeken" {\n    kind quality\n    indicator "Aandeel gemelde huishoudens met een huisbezoek"\n    unit percent\n    baseline 40 on 2025-12-31\n    target >= 80 by 2027-12-31\n    measured monthly by Kredietbank from "Registratie vroegsignalering"\n    through Huisbezoek\n  }\n\n', '']],
        expect: [change('effect-removed', 'breaking', 'Vroeg.Bereik', V,
            'effect Bereik "Bereik huisbezoeken" { kind quality indicator "Aandeel gemelde huishoudens met een huisbezoek" unit percent baseline 40 on 2025-12-31 target >= 80 by 2027-12-31 measured monthly by Kredietbank from "Registratie vroegsignalering" through Huisbezoek }', null)]
    },
    {
        name: 'an effect is added',
        after: [[A, '  data Signalen', '  effect Schulden "Minder problematische schulden" {\n    indicator "Huishoudens met problematische schulden"\n    unit households\n    target <= 500 by 2028-12-31\n    measured yearly by Apeldoorn\n  }\n\n  data Signalen']],
        expect: [change('effect-added', 'notable', 'Vroeg.Schulden', V, null, 'effect Schulden "Minder problematische schulden" { indicator "Huishoudens met problematische schulden" unit households target <= 500 by 2028-12-31 measured yearly by Apeldoorn }')]
    },
    {
        name: 'an effect is measured in another unit',
        after: [[A, 'unit evictions', 'unit households']],
        expect: [change('effect-unit-changed', 'breaking', 'Vroeg.Ontruimingen', V, 'evictions', 'households')]
    },
    {
        name: 'an indicator is reworded',
        after: [[A, 'indicator "Huisuitzettingen wegens huurachterstand per kwartaal"', 'indicator "Ontruimingen wegens huurachterstand per kwartaal"']],
        expect: [change('indicator-text-changed', 'info', 'Vroeg.Ontruimingen', V, '"Huisuitzettingen wegens huurachterstand per kwartaal"', '"Ontruimingen wegens huurachterstand per kwartaal"')]
    },
    {
        name: 'a target is taken out',
        after: [[A, '    target <= 8 by 2028-06-30\n', '']],
        expect: [change('target-removed', 'breaking', 'Vroeg.Ontruimingen', V, '<= 8 by 2028-06-30', null)]
    },
    {
        name: 'a target is added',
        before: [[A, '    target <= 8 by 2028-06-30\n', '']],
        after: [],
        expect: [change('target-added', 'notable', 'Vroeg.Ontruimingen', V, null, '<= 8 by 2028-06-30')]
    },
    // ---------------------------------------------------------------- data and money
    {
        name: 'the data is shared for another purpose',
        after: [[A, 'purpose "Vroegsignalering: huishoudens binnen 10 werkdagen benaderen"', 'purpose "Vroegsignalering en incasso"']],
        expect: [change('data-purpose-changed', 'breaking', 'Vroeg.Signalen', V, '"Vroegsignalering: huishoudens binnen 10 werkdagen benaderen"', '"Vroegsignalering en incasso"')]
    },
    {
        name: 'another party receives the data',
        after: [[A, '    to Kredietbank\n', '    to Kredietbank, Apeldoorn\n']],
        expect: [change('data-recipient-added', 'breaking', 'Vroeg.Signalen', V, null, 'Apeldoorn')]
    },
    {
        name: 'a data block is added',
        after: [[A, '  budget Regietafel', '  data Huur "Huurgegevens" {\n    from Woonstede\n    to Apeldoorn\n    purpose "Schuldhulp"\n    basis "Wgs art. 5"\n  }\n\n  budget Regietafel']],
        expect: [change('data-added', 'notable', 'Vroeg.Huur', V, null, 'data Huur "Huurgegevens" { from Woonstede to Apeldoorn purpose "Schuldhulp" basis "Wgs art. 5" }')]
    },
    {
        name: 'the data is kept longer',
        after: [[A, 'retention 6 months', 'retention 1 year']],
        expect: [change('data-retention-lengthened', 'breaking', 'Vroeg.Signalen', V, '6 months', '1 year')]
    },
    {
        name: 'the shares of a budget change (one change, old and new shares)',
        after: [[A, 'share Apeldoorn 60 percent', 'share Apeldoorn 50 percent'], [A, 'share Kredietbank 40 percent', 'share Kredietbank 50 %']],
        expect: [change('budget-share-changed', 'breaking', 'Vroeg.Regietafel', V, 'Apeldoorn 60 percent, Kredietbank 40 percent', 'Apeldoorn 50 percent, Kredietbank 50 percent')]
    },
    {
        name: 'the amount of a budget changes',
        after: [[A, 'amount 120000 EUR per year', 'amount 100000 EUR per year']],
        expect: [change('budget-amount-changed', 'notable', 'Vroeg.Regietafel', V, '120000 EUR per year', '100000 EUR per year')]
    }
];

/**
 * Targets, for every comparator both ways (CHANGES.md: "Direction matters"): the effect
 * `Ontruimingen` gets the old target, then the new one.
 */
export const TARGET_PAIRS: ReadonlyArray<readonly [old: string, now: string, id: string]> = [
    // <= : lower is more ambitious
    ['<= 8 by 2028-06-30', '<= 6 by 2028-06-30', 'target-strengthened'],
    ['<= 8 by 2028-06-30', '<= 10 by 2028-06-30', 'target-weakened'],
    ['<= 8 by 2028-06-30', '<= 8 by 2028-12-31', 'target-weakened'],
    ['<= 8 by 2028-06-30', '<= 8 by 2027-12-31', 'target-strengthened'],
    ['<= 8 by 2028-06-30', '<= 6 by 2028-12-31', 'target-changed'],
    ['<= 8 by 2028-06-30', '<= 10 by 2027-12-31', 'target-changed'],
    ['<= 8 by 2028-06-30', '< 8 by 2028-06-30', 'target-strengthened'],
    ['<= 8 by 2028-06-30', '>= 8 by 2028-06-30', 'target-changed'],
    ['<= 8 by 2028-06-30', '= 8 by 2028-06-30', 'target-strengthened'],
    // < : lower is more ambitious; `<=` is wider
    ['< 8 by 2028-06-30', '< 6 by 2028-06-30', 'target-strengthened'],
    ['< 8 by 2028-06-30', '< 10 by 2028-06-30', 'target-weakened'],
    ['< 8 by 2028-06-30', '<= 8 by 2028-06-30', 'target-weakened'],
    ['< 8 by 2028-06-30', '< 8 by 2029-06-30', 'target-weakened'],
    // >= : higher is more ambitious
    ['>= 80 by 2027-12-31', '>= 90 by 2027-12-31', 'target-strengthened'],
    ['>= 80 by 2027-12-31', '>= 70 by 2027-12-31', 'target-weakened'],
    ['>= 80 by 2027-12-31', '>= 80 by 2028-12-31', 'target-weakened'],
    ['>= 80 by 2027-12-31', '> 80 by 2027-12-31', 'target-strengthened'],
    ['>= 80 by 2027-12-31', '>= 90 by 2028-12-31', 'target-changed'],
    // > : higher is more ambitious; `>=` is wider
    ['> 80 by 2027-12-31', '> 90 by 2027-12-31', 'target-strengthened'],
    ['> 80 by 2027-12-31', '> 70 by 2027-12-31', 'target-weakened'],
    ['> 80 by 2027-12-31', '>= 80 by 2027-12-31', 'target-weakened'],
    ['> 80 by 2027-12-31', '> 80 by 2026-12-31', 'target-strengthened'],
    // = : a `<=` or `>=` is wider; a moved value points neither way
    ['= 8 by 2028-06-30', '<= 8 by 2028-06-30', 'target-weakened'],
    ['= 8 by 2028-06-30', '>= 8 by 2028-06-30', 'target-weakened'],
    ['= 8 by 2028-06-30', '= 6 by 2028-06-30', 'target-changed'],
    ['= 8 by 2028-06-30', '= 8 by 2028-12-31', 'target-weakened'],
    ['= 8 by 2028-06-30', '<= 6 by 2028-06-30', 'target-changed'],
    ['= 8 by 2028-06-30', '<= 10 by 2028-06-30', 'target-weakened']
];
