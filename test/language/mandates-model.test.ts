/**
 * The mandate queries (parents, sub-mandates, cycles over holders) and what the fixtures cannot
 * show: the related locations of mandate findings, and that broken input does not cascade.
 */
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createKetenServices, model, type Agreement, type Document } from '@keten/language';
import { checkSources } from '../support/check-sources.js';

const PARTIES = `
party P {
  role a
  role b reports to a
  role c reports to b
  role d reports to c
}
party Q {
  role x
  role y reports to x
}
body Board { members P.a, Q.x }
`;

let counter = 0;

async function agreementOf(mandates: string): Promise<Agreement> {
    const { shared } = createKetenServices(EmptyFileSystem);
    const text = `${PARTIES}\nagreement A {\n  parties P, Q\n  period 2026-01-01 to 2026-12-31\n${mandates}\n}\n`;
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`memory:///mandates-${counter++}.keten`));
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return model.agreementsOf(document.parseResult.value)[0];
}

const mandate = (name: string, from: string, to: string, extra = '') =>
    `  mandate ${name} { from ${from} to ${to} scope "s" ${extra} }\n`;

const names = (mandates: readonly { name: string }[]) => mandates.map(m => m.name);

describe('parent mandates', () => {
    it('every mandate held by the `from` role is a parent; a body or a role without mandate gives none', async () => {
        const agreement = await agreementOf(
            mandate('M1', 'P.a', 'P.b') + mandate('M2', 'Q.x', 'P.b') + mandate('Sub', 'P.b', 'P.c') +
            mandate('FromBody', 'Board', 'P.d') + mandate('FromPlain', 'Q.y', 'P.d'));
        const [, , sub, fromBody, fromPlain] = model.mandatesOf(agreement);
        expect(names(model.parentMandatesOf(sub))).toEqual(['M1', 'M2']);
        expect(model.parentMandatesOf(fromBody)).toEqual([]);
        expect(model.parentMandatesOf(fromPlain)).toEqual([]);
    });

    it('a parent without `submandate` denies, like `denied`; `allowed` and `toegestaan` allow', async () => {
        const agreement = await agreementOf(
            mandate('Silent', 'P.a', 'P.b') + mandate('Denied', 'Q.x', 'P.b', 'submandate denied') +
            mandate('Allowed', 'Q.y', 'P.b', 'submandate allowed') + mandate('Toegestaan', 'P.d', 'P.b', 'ondermandaat toegestaan') +
            mandate('Sub', 'P.b', 'P.c'));
        const sub = model.mandatesOf(agreement).find(m => m.name === 'Sub')!;
        expect(names(model.parentsDenyingSubmandate(sub))).toEqual(['Silent', 'Denied']);
    });
});

describe('a sub-mandate exceeding its parent', () => {
    it('compares limits only with the same unit and `per` word', async () => {
        const agreement = await agreementOf(
            mandate('Parent', 'P.a', 'P.b', 'limit 100 EUR per case') +
            mandate('Higher', 'P.b', 'P.c', 'limit 101 EUR per case') +
            mandate('Equal', 'P.b', 'P.c', 'limit 100 EUR per case') +
            mandate('OtherPer', 'P.b', 'P.c', 'limit 500 EUR per year') +
            mandate('NoPer', 'P.b', 'P.c', 'limit 500 EUR') +
            mandate('OtherUnit', 'P.b', 'P.c', 'limit 500 hours per case'));
        const [parent, ...subs] = model.mandatesOf(agreement);
        expect(subs.filter(sub => model.limitExceedsParent(sub, parent)).map(m => m.name)).toEqual(['Higher']);
    });

    it('compares validity only when both have a usable range', async () => {
        const agreement = await agreementOf(
            mandate('Parent', 'P.a', 'P.b', 'valid 2026-01-01 to 2026-12-31') +
            mandate('Inside', 'P.b', 'P.c', 'valid 2026-01-01 to 2026-12-31') +
            mandate('Before', 'P.b', 'P.c', 'valid 2025-12-31 to 2026-06-30') +
            mandate('After', 'P.b', 'P.c', 'valid 2026-06-01 to 2027-01-01') +
            mandate('Reversed', 'P.b', 'P.c', 'valid 2027-01-01 to 2025-01-01') +
            mandate('Invalid', 'P.b', 'P.c', 'valid 2025-01-01 to 2026-02-30') +
            mandate('None', 'P.b', 'P.c'));
        const [parent, ...subs] = model.mandatesOf(agreement);
        expect(subs.filter(sub => model.validityExceedsParent(sub, parent)).map(m => m.name)).toEqual(['Before', 'After']);
    });
});

describe('mandateCyclesOf', () => {
    it('finds a grant to oneself and a grant back, each once', async () => {
        const agreement = await agreementOf(
            mandate('Self', 'P.a', 'P.a') + mandate('There', 'P.b', 'Q.x') + mandate('Back', 'Q.x', 'P.b') + mandate('On', 'Q.x', 'Q.y'));
        const cycles = model.mandateCyclesOf(agreement);
        expect(cycles.map(cycle => names(cycle.mandates))).toEqual([['Self'], ['There', 'Back']]);
        expect(cycles[1].holders.map(model.describeHolder)).toEqual(['P.b', 'Q.x']);
    });

    it('counts two cycles through one holder as two, and parallel grants as one cycle', async () => {
        const agreement = await agreementOf(
            mandate('AB', 'P.a', 'P.b') + mandate('AB2', 'P.a', 'P.b') + mandate('BA', 'P.b', 'P.a') +
            mandate('AC', 'P.a', 'P.c') + mandate('CA', 'P.c', 'P.a'));
        expect(model.mandateCyclesOf(agreement).map(cycle => names(cycle.mandates))).toEqual([['AB', 'AB2', 'BA'], ['AC', 'CA']]);
    });

    it('a body is a holder of its own: granting to its member does not close a cycle', async () => {
        const agreement = await agreementOf(mandate('Down', 'Board', 'P.a') + mandate('On', 'P.a', 'Q.x'));
        expect(model.mandateCyclesOf(agreement)).toEqual([]);
    });

    it('ignores grants whose `from` or `to` does not resolve', async () => {
        const agreement = await agreementOf(mandate('There', 'P.b', 'Q.x') + mandate('Back', 'Q.x', 'P.nobody'));
        expect(model.mandateCyclesOf(agreement)).toEqual([]);
    });
});

describe('related locations and non-cascading findings', () => {
    const findingsOf = async (body: string) => {
        const text = `${PARTIES}\nagreement A {\n  parties P, Q\n  period 2026-01-01 to 2026-12-31\n  steering P.a\n${body}\n}\n`;
        return (await checkSources({ 'a.keten': text })).filter(f => f.rule !== 'no-accountability' && f.rule !== 'no-review');
    };

    it('submandate-denied relates every denying parent, once per mandate', async () => {
        const findings = await findingsOf(
            mandate('M1', 'P.a', 'P.b') + mandate('M2', 'Q.x', 'P.b', 'submandate denied') + mandate('M3', 'Q.y', 'P.b', 'submandate allowed') +
            mandate('Sub', 'P.b', 'P.c'));
        const denied = findings.filter(f => f.rule === 'submandate-denied');
        expect(denied).toHaveLength(1);
        expect(denied[0].related).toBe(2);
        expect(denied[0].message).toContain("'M1' and 'M2'");
    });

    it('submandate-exceeds-parent gives one finding per aspect, relating each exceeded parent', async () => {
        const findings = await findingsOf(
            mandate('M1', 'P.a', 'P.b', 'submandate allowed limit 10 EUR valid 2026-01-01 to 2026-06-30') +
            mandate('M2', 'Q.x', 'P.b', 'submandate allowed limit 20 EUR valid 2026-01-01 to 2026-12-31') +
            mandate('Sub', 'P.b', 'P.c', 'limit 30 EUR valid 2026-01-01 to 2026-12-31'));
        const exceeds = findings.filter(f => f.rule === 'submandate-exceeds-parent');
        expect(exceeds.map(f => f.related)).toEqual([2, 1]);
        expect(exceeds[0].message).toContain('at most 10 EUR');
    });

    it('mandate-cycle relates the other mandates of the cycle', async () => {
        const findings = await findingsOf(
            mandate('One', 'P.b', 'Q.x', 'submandate allowed') + mandate('Two', 'Q.x', 'Q.y', 'submandate allowed') + mandate('Three', 'Q.y', 'P.b', 'submandate allowed'));
        const cycles = findings.filter(f => f.rule === 'mandate-cycle');
        expect(cycles).toHaveLength(1);
        expect(cycles[0].related).toBe(2);
    });

    it('a party declared twice is still one party for mandate-holder-mismatch and party-without-mandate', async () => {
        const findings = await checkSources({
            // The role lives in the second declaration of P; 'by P' resolves to the first one.
            'a.keten': `party P { role z }\nparty Q { role x }\nagreement A {\n  parties P, Q\n  period 2026-01-01 to 2026-12-31\n  steering Q.x\n` +
                `  mandate M { from Q.x to P.a scope "s" valid 2026-01-01 to 2026-12-31 }\n  commitment C { by P decides under M }\n}\n`,
            'b.keten': `party P { role a }\n`
        });
        const rules = findings.map(f => f.rule);
        expect(rules).toContain('duplicate-name');
        expect(rules).not.toContain('mandate-holder-mismatch');
        expect(rules).not.toContain('party-without-mandate');
    });
});
