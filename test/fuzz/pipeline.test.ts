/**
 * Fuzzing the language: generated and mutated documents through parse, link, validate,
 * keyword translation and formatting. No exception escapes, every finding has a rule id, no
 * workspace takes more than a second, and formatting is idempotent and keeps every token.
 *
 * KETEN_FUZZ_RUNS sets the number of documents (CI: 300; `npm run bench`: 10,000);
 * KETEN_FUZZ_SEED replays a run.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatedWorkspace, mutatedWorkspace, seedFiles, type FuzzWorkspace } from './document-arbitraries.js';
import { runFuzzWorkspace } from './fuzz-pipeline.js';

const RUNS = Number(process.env.KETEN_FUZZ_RUNS ?? 300);
const SEED = process.env.KETEN_FUZZ_SEED ? Number(process.env.KETEN_FUZZ_SEED) : undefined;

interface Tally { documents: number; generated: number; mutated: number; slowestMs: number; ruleFailuresOnBrokenText: Map<string, number> }

async function fuzz(arbitrary: fc.Arbitrary<FuzzWorkspace>, runs: number, tally: Tally): Promise<void> {
    await fc.assert(
        fc.asyncProperty(arbitrary, async workspace => {
            const outcome = await runFuzzWorkspace(workspace);
            tally.documents += workspace.files.length;
            tally[workspace.origin] += workspace.files.length;
            tally.slowestMs = Math.max(tally.slowestMs, outcome.elapsedMs);
            for (const failure of outcome.ruleFailuresOnBrokenText) {
                const where = /at (\S+) \(/.exec(failure)?.[1] ?? failure.slice(0, 80);
                tally.ruleFailuresOnBrokenText.set(where, (tally.ruleFailuresOnBrokenText.get(where) ?? 0) + 1);
            }
            expect(outcome.problems, workspace.files.join('\n// ---- next file ----\n')).toEqual([]);
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true }
    );
}

describe('fuzzing parse, link, validate and format', () => {
    const timeout = 60_000 + RUNS * 200;

    it(`${RUNS} workspaces of generated and mutated documents`, async () => {
        const tally: Tally = { documents: 0, generated: 0, mutated: 0, slowestMs: 0, ruleFailuresOnBrokenText: new Map() };
        const seeds = seedFiles();
        expect(seeds.length).toBeGreaterThan(5);
        // The first document pays for compiling the parser and the rules; it is not a fuzz case.
        expect((await runFuzzWorkspace({ origin: 'generated', files: seeds.slice(0, 2) })).problems).toEqual([]);
        await fuzz(generatedWorkspace, Math.ceil(RUNS / 2), tally);
        await fuzz(mutatedWorkspace(seeds), Math.floor(RUNS / 2), tally);
        console.log(`fuzz: ${tally.documents} documents (${tally.generated} generated, ${tally.mutated} mutated) `
            + `in ${RUNS} workspaces, slowest workspace ${tally.slowestMs.toFixed(0)} ms`);
        if (tally.ruleFailuresOnBrokenText.size > 0) {
            console.log('rules that gave up on text with syntax errors (tolerated, dropped by the rule runner):\n'
                + [...tally.ruleFailuresOnBrokenText].map(([where, n]) => `  ${where} x${n}`).join('\n'));
        }
        expect(tally.documents).toBeGreaterThanOrEqual(RUNS);
    }, timeout);
});
