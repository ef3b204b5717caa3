/**
 * What the fixture runner cannot see: the messages of the effects rules name every missing
 * part and the values involved, and target-already-met points at the baseline as related.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../support/check-sources.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/rules/effects');

async function findingsOf(fixture: string, rule: string) {
    const file = path.join(FIXTURES, fixture);
    expect(fs.existsSync(file), file).toBe(true);
    return (await checkFiles([file])).filter(f => f.rule === rule);
}

describe('effects rule messages', () => {
    it('unmeasured-effect lists every missing part, in one finding per effect', async () => {
        const findings = await findingsOf('unmeasured-effect/fires-several.keten', 'unmeasured-effect');
        expect(findings).toHaveLength(3);
        const [wachttijd, tevredenheid, doorlooptijd] = findings.sort((a, b) => a.line - b.line);
        expect(wachttijd.message).toContain("lacks 'indicator', 'target' and 'measured'");
        expect(tevredenheid.message).toContain("lacks 'indicator', 'unit', 'target' and 'measured'");
        expect(doorlooptijd.message).toContain("lacks 'measured'.");
        expect(doorlooptijd.message).not.toContain("'unit'");
    });

    it('target-already-met names baseline and target and relates the baseline', async () => {
        const findings = await findingsOf('target-already-met/fires.keten', 'target-already-met');
        const atMost = findings.find(f => f.message.includes("'AtMost'"));
        expect(atMost?.message).toContain('(<= 20)');
        expect(atMost?.message).toContain('baseline (20)');
        expect(atMost?.related).toBe(1);
        expect(atMost?.severity).toBe('warning');
    });

    it('effect-deadline-outside-period names the date and the period', async () => {
        const findings = await findingsOf('effect-deadline-outside-period/fires.keten', 'effect-deadline-outside-period');
        expect(findings.map(f => f.message)).toEqual([
            expect.stringContaining("'Wachttijd' (2028-01-01) lies outside the period of agreement 'Convenant' (2026-01-01 to 2027-12-31)"),
            expect.stringContaining("'Vroeg' (2025-12-31) lies outside")
        ]);
    });
});
