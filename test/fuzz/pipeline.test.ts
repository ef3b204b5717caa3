/**
 * Fuzzing the language: generated and mutated documents through parse, link, validate,
 * keyword translation and formatting. No exception escapes, every finding has a rule id,
 * formatting is idempotent and keeps every token, and formatting the workspace (also with
 * keywords translated) keeps its findings, suppressed ones included.
 *
 * No wall-clock limits: a workspace that hangs fails after a minute (fast-check's `timeout`),
 * the suite after a generous multiple of that; the speed is reported by `npm run bench`.
 *
 * KETEN_FUZZ_RUNS sets the number of documents (CI: 300; `npm run bench`: 10,000);
 * KETEN_FUZZ_SEED replays a run;
 * without it the seed is fixed, `KETEN_FUZZ_SEED=random` draws a new one (test/support/property-seed.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatedWorkspace, mutatedWorkspace, seedFiles, type FuzzWorkspace } from './document-arbitraries.js';
import { runFuzzWorkspace } from './fuzz-pipeline.js';
import { propertySeed } from '../support/property-seed.js';

const RUNS = Number(process.env.KETEN_FUZZ_RUNS ?? 300);
const SEED = propertySeed();
/** Catches a hang, not slowness: one workspace normally takes tens of milliseconds. */
const WORKSPACE_TIMEOUT_MS = 60_000;

interface Tally {
    documents: number; generated: number; mutated: number; slowestMs: number;
    /** Files with a suppression comment that formatting changed (the suppression property at work). */
    reformattedWithSuppressions: number;
    ruleFailuresOnBrokenText: Map<string, number>;
}

async function fuzz(arbitrary: fc.Arbitrary<FuzzWorkspace>, runs: number, tally: Tally): Promise<void> {
    await fc.assert(
        fc.asyncProperty(arbitrary, async workspace => {
            const outcome = await runFuzzWorkspace(workspace);
            tally.documents += workspace.files.length;
            tally[workspace.origin] += workspace.files.length;
            tally.slowestMs = Math.max(tally.slowestMs, outcome.elapsedMs);
            tally.reformattedWithSuppressions += outcome.reformattedWithSuppressions;
            for (const failure of outcome.ruleFailuresOnBrokenText) {
                const where = /at (\S+) \(/.exec(failure)?.[1] ?? failure.slice(0, 80);
                tally.ruleFailuresOnBrokenText.set(where, (tally.ruleFailuresOnBrokenText.get(where) ?? 0) + 1);
            }
            expect(outcome.problems, workspace.files.join('\n// ---- next file ----\n')).toEqual([]);
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true, timeout: WORKSPACE_TIMEOUT_MS }
    );
}

describe('fuzzing parse, link, validate and format', () => {
    const timeout = 10 * 60_000 + RUNS * 2_000;

    it(`${RUNS} workspaces of generated and mutated documents`, async () => {
        const tally: Tally = { documents: 0, generated: 0, mutated: 0, slowestMs: 0, reformattedWithSuppressions: 0, ruleFailuresOnBrokenText: new Map() };
        const seeds = seedFiles();
        expect(seeds.length).toBeGreaterThan(5);
        // The first document pays for compiling the parser and the rules; it is not a fuzz case.
        expect((await runFuzzWorkspace({ origin: 'generated', files: seeds.slice(0, 2) })).problems).toEqual([]);
        await fuzz(generatedWorkspace, Math.ceil(RUNS / 2), tally);
        await fuzz(mutatedWorkspace(seeds), Math.floor(RUNS / 2), tally);
        console.log(`fuzz: ${tally.documents} documents (${tally.generated} generated, ${tally.mutated} mutated) `
            + `in ${RUNS} workspaces, ${tally.reformattedWithSuppressions} files with suppression comments reformatted, `
            + `slowest workspace ${tally.slowestMs.toFixed(0)} ms`);
        if (tally.ruleFailuresOnBrokenText.size > 0) {
            console.log('rules that gave up on text with syntax errors (tolerated, dropped by the rule runner):\n'
                + [...tally.ruleFailuresOnBrokenText].map(([where, n]) => `  ${where} x${n}`).join('\n'));
        }
        expect(tally.documents).toBeGreaterThanOrEqual(RUNS);
        // The generator must keep putting suppression comments where formatting changes the layout.
        expect(tally.reformattedWithSuppressions).toBeGreaterThanOrEqual(Math.ceil(RUNS / 20));
    }, timeout);
});
