/**
 * What the fixture runner cannot see: the whole range of each escalation finding (start and
 * end), its related locations, its severity, the words of its message, and the day arithmetic
 * behind escalation-deadline-order.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { model, type Duration } from '@keten/language';
import { checkFiles, checkSources } from '../support/check-sources.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/rules/escalation');
const CLEAN = fs.readFileSync(path.resolve(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');

async function findingsOf(fixture: string, rule: string) {
    const file = path.join(FIXTURES, fixture);
    expect(fs.existsSync(file), file).toBe(true);
    return (await checkFiles([file])).filter(f => f.rule === rule).sort((a, b) => a.line - b.line);
}

/** The clean agreement with its escalation route replaced. */
function withRoute(route: string, ...replacements: Array<[string, string]>): string {
    const start = CLEAN.indexOf('  escalation Casus');
    const end = CLEAN.indexOf('  }\n', start) + 4;
    let text = CLEAN.slice(0, start) + route + CLEAN.slice(end);
    for (const [from, to] of replacements) {
        expect(text.includes(from), from).toBe(true);
        text = text.replace(from, to);
    }
    return text;
}

const { durationInDays } = model;
const duration = (count: number, unit: string) => ({ $type: 'Duration', count, unit }) as unknown as Duration;

describe('durations in days', () => {
    it('uses day 1, workday 1.4, week 7, month 30, year 365, in English and Dutch', () => {
        expect(durationInDays(duration(3, 'days'))).toBe(3);
        expect(durationInDays(duration(5, 'werkdagen'))).toBe(7);
        expect(durationInDays(duration(2, 'weken'))).toBe(14);
        expect(durationInDays(duration(1, 'maand'))).toBe(30);
        expect(durationInDays(duration(1, 'year'))).toBe(365);
        expect(durationInDays(undefined)).toBeUndefined();
    });

    it('gives equal durations in different units the very same number', () => {
        expect(durationInDays(duration(10, 'workdays'))).toBe(durationInDays(duration(2, 'weeks')));
        expect(durationInDays(duration(45, 'workdays'))).toBe(durationInDays(duration(9, 'weeks')));
        expect(durationInDays(duration(75, 'workdays'))).toBe(durationInDays(duration(15, 'weeks')));
        expect(durationInDays(duration(3, 'workdays'))).toBe(4.2);
    });
});

describe('escalation findings: place, related, message', () => {
    it('escalation-deadline-order covers the `within` keyword through the duration and relates the earlier level', async () => {
        const findings = await findingsOf('escalation-deadline-order/fires.keten', 'escalation-deadline-order');
        expect(findings.map(f => [f.column, f.endColumn, f.related, f.severity])).toEqual([
            [30, 44, 1, 'warning'],  // within 2 weeks
            [30, 44, 1, 'warning'],  // within 4 weeks
            [31, 45, 1, 'warning'],  // binnen 9 weken
            [30, 43, 1, 'warning']   // within 3 days
        ]);
        expect(findings[0].message).toBe(
            "Level 'Gemeente.directeur' of escalation route 'Casus' gets 2 weeks (14 days), which is not longer than the 10 workdays (14 days) of the earlier level 'Aanbieder.regisseur'. " +
            "Each level up should get more time than the one below it: give this level a longer 'within', or the earlier level a shorter one.");
        expect(findings[1].message).toContain("than the 1 month (30 days) of the earlier level 'Aanbieder.bestuurder'");
        expect(findings[3].message).toContain('gets 3 days, which is not longer than the 5 days');
    });

    it('escalation-unreachable covers the holder of the first level after the decider and relates the decider', async () => {
        const [finding, ...rest] = await findingsOf('escalation-unreachable/fires.keten', 'escalation-unreachable');
        expect(rest).toEqual([]);
        expect([finding.column, finding.endColumn, finding.related, finding.severity]).toEqual([11, 29, 1, 'warning']);
        expect(finding.message).toContain("Level 'Gemeente.directeur' of escalation route 'Casus' and the 2 levels after it can never be reached: 'Gemeente.wethouder' already takes the final decision.");
    });

    it('escalation-loop relates the first level of the repeated holder', async () => {
        const findings = await findingsOf('escalation-loop/fires.keten', 'escalation-loop');
        expect(findings.map(f => [f.column, f.endColumn, f.related, f.severity])).toEqual([
            [11, 30, 1, 'error'], [11, 30, 1, 'error'], [11, 21, 1, 'error']
        ]);
        expect(findings[2].message).toContain("'Stuurgroep' appears more than once in escalation route 'Budget'");
    });

    it('escalation-downward names both roles and relates the previous level', async () => {
        const findings = await findingsOf('escalation-downward/fires.keten', 'escalation-downward');
        expect(findings.map(f => [f.related, f.severity])).toEqual([[1, 'warning'], [1, 'warning']]);
        expect(findings[1].message).toContain("'Gemeente.teamleider' reports to 'Gemeente.wethouder' on the level before it");
    });

    it('escalation-final-without-authority says why, per kind of decider, and relates the steering', async () => {
        const findings = await findingsOf('escalation-final-without-authority/fires.keten', 'escalation-final-without-authority');
        expect(findings.map(f => [f.column, f.related, f.severity])).toEqual([[11, 1, 'warning'], [11, 1, 'warning'], [11, 1, 'warning']]);
        expect(findings[0].message).toContain("'Gemeente.directeur' takes the final decision in escalation route 'Casus'");
        expect(findings[0].message).toContain("it is not the steering holder ('Gemeente.wethouder') and 'Gemeente.directeur' holds neither a mandate in this agreement nor a power of its own");
        expect(findings[1].message).toContain("'Gemeente.wethouder' is not among its members, and none of its members holds a power of its own");
    });

    it('missing-escalation names the agreement and the parties it binds', async () => {
        const [finding] = await findingsOf('missing-escalation/fires.keten', 'missing-escalation');
        expect([finding.column, finding.endColumn, finding.severity]).toEqual([11, 20, 'error']);
        expect(finding.message).toContain("Agreement 'Convenant' binds 2 parties ('Gemeente', 'Aanbieder') but has no escalation route");
    });
});

describe('escalation rules on edge cases', () => {
    it('missing-escalation counts each listed party once', async () => {
        const noRoute = withRoute('');
        const once = (await checkSources({ 'a.keten': noRoute.replace('parties Gemeente, Aanbieder', 'parties Gemeente, Gemeente') }))
            .filter(f => f.rule === 'missing-escalation');
        expect(once).toEqual([]);
        const twice = (await checkSources({ 'a.keten': noRoute })).filter(f => f.rule === 'missing-escalation');
        expect(twice).toHaveLength(1);
    });

    it('escalation-final-without-authority: without steering, only a mandate gives authority', async () => {
        const route = (decider: string) => withRoute(`  escalation Casus "Vastgelopen casus" {
    level Gemeente.directeur within 5 workdays
    level ${decider} within 10 workdays decides
  }
`, ['  steering Gemeente.wethouder\n', '']);
        const wethouder = (await checkSources({ 'a.keten': route('Gemeente.wethouder') })).filter(f => f.rule === 'escalation-final-without-authority');
        expect(wethouder).toHaveLength(1);
        expect(wethouder[0].message).toContain('the agreement names no steering holder');
        expect(wethouder[0].related).toBe(0);
        const regisseur = (await checkSources({ 'a.keten': route('Aanbieder.regisseur') })).filter(f => f.rule === 'escalation-final-without-authority');
        expect(regisseur).toEqual([]);
    });

    it('escalation-final-without-authority is silent when the steering holder did not resolve', async () => {
        const text = withRoute(`  escalation Casus "Vastgelopen casus" {
    level Gemeente.wethouder within 5 workdays
    level Gemeente.directeur within 10 workdays decides
  }
`, ['steering Gemeente.wethouder', 'steering Gemeente.burgemeester']);
        const rules = (await checkSources({ 'a.keten': text })).map(f => f.rule);
        expect(rules).toContain('unresolved-reference');
        expect(rules).toContain('escalation-downward');
        expect(rules).not.toContain('escalation-final-without-authority');
    });

    it('an empty route is reported once, for having no decider', async () => {
        const rules = (await checkSources({ 'a.keten': withRoute('  escalation Casus { }\n') })).map(f => f.rule);
        expect(rules).toEqual(['escalation-no-decider']);
    });
});
