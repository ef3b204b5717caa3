/**
 * Properties of `keten diff` on generated workspaces (fast-check, the arbitraries of
 * test/fuzz/): `diff A A` is empty for every workspace, and so is the diff with A formatted or
 * in Dutch keywords; `diff A B` and `diff B A` list the same elements with opposite changes
 * (old and new swapped), for unrelated workspaces and for token mutations of one.
 *
 * KETEN_FUZZ_RUNS sets the number of cases (default 50, for CI time); KETEN_FUZZ_SEED replays a run;
 * without it the seed is fixed, `KETEN_FUZZ_SEED=random` draws a new one (test/support/property-seed.ts).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { createKetenServices, formatText, messagesFor, parseKetenText, translateKeywords } from '@keten/language';
import { CHANGE_KINDS, compareModels, comparisonModelOf, diffReportOf, oppositeOf, parseSide, toJsonDiff, type JsonChange } from '@keten/changes';
import { generatedWorkspace, mutatedWorkspace, seedFiles } from '../fuzz/document-arbitraries.js';
import { propertySeed } from '../support/property-seed.js';

const RUNS = Number(process.env.KETEN_FUZZ_RUNS ?? 50);
const SEED = propertySeed();
const services = createKetenServices(EmptyFileSystem).Keten;
const texts = messagesFor('en').changes;

/** The files of a workspace when every one parses, else undefined. */
function parsed(files: readonly string[]) {
    const side = parseSide(services, files.map((text, i) => ({ path: `/fuzz/file${i}.keten`, bytes: text })));
    return side.broken.length === 0 ? side.documents : undefined;
}

type Model = ReturnType<typeof comparisonModelOf>;

function modelOf(files: readonly string[]): Model | undefined {
    const documents = parsed(files);
    return documents && comparisonModelOf(documents);
}

function changesBetween(before: Model, after: Model): JsonChange[] {
    const report = diffReportOf(compareModels(before, after));
    return [...toJsonDiff(report, { texts, fileOf: uri => path.basename(URI.parse(uri).fsPath) }).changes];
}

function diff(a: readonly string[], b: readonly string[]): JsonChange[] | undefined {
    const before = modelOf(a), after = modelOf(b);
    return before && after ? changesBetween(before, after) : undefined;
}

/** Both directions, each side parsed once. */
function bothWays(a: readonly string[], b: readonly string[] | Model): { forward: JsonChange[]; backward: JsonChange[] } | undefined {
    const before = modelOf(a);
    const after = Array.isArray(b) ? modelOf(b) : b as Model;
    if (!before || !after) return undefined;
    return { forward: changesBetween(before, after), backward: changesBetween(after, before) };
}

const key = (c: Pick<JsonChange, 'id' | 'element' | 'agreement' | 'old' | 'new'>) => JSON.stringify([c.id, c.element, c.agreement, c.old, c.new]);

/** `diff B A` as `diff A B` predicts it: every change turned round. */
function turnedRound(changes: readonly JsonChange[]): string[] {
    return changes.map(c => key({ id: oppositeOf(c.id), element: c.element, agreement: c.agreement, old: c.new, new: c.old })).sort();
}

const options = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const timeout = 120_000 + RUNS * 300;

describe('keten diff: properties on generated workspaces', () => {
    it('diff A A is empty; so is the diff with A formatted and with A in Dutch keywords', async () => {
        let compared = 0;
        await fc.assert(fc.asyncProperty(generatedWorkspace, async workspace => {
            const documents = parsed(workspace.files);
            fc.pre(documents !== undefined);
            compared++;
            expect(diff(workspace.files, workspace.files)).toEqual([]);
            const formatted = await Promise.all(workspace.files.map(async text => await formatText(services, parseKetenText(services, text)) ?? text));
            expect(diff(workspace.files, formatted)).toEqual([]);
            const dutch = workspace.files.map(text => translateKeywords(parseKetenText(services, text), 'nl') ?? text);
            expect(diff(workspace.files, dutch)).toEqual([]);
        }), options);
        expect(compared).toBeGreaterThan(RUNS / 2);
    }, timeout);

    it('diff A B and diff B A list the same elements with opposite changes (unrelated workspaces)', () => {
        let changes = 0;
        fc.assert(fc.property(generatedWorkspace, generatedWorkspace, (a, b) => {
            const both = bothWays(a.files, b.files);
            fc.pre(both !== undefined);
            const { forward, backward } = both!;
            changes += forward.length;
            expect(backward.map(key).sort()).toEqual(turnedRound(forward));
            for (const change of forward) expect(change.level).toBe(CHANGE_KINDS[change.id].level);
        }), { ...options, numRuns: Math.ceil(RUNS / 2) });
        expect(changes).toBeGreaterThan(RUNS);
    }, timeout);

    it('diff A B and diff B A list the same elements with opposite changes (B a mutation of A)', () => {
        // The seeds that parse, each parsed once; the mutations of one of them.
        const seeds = seedFiles().map(text => ({ text, model: modelOf([text]) })).filter(seed => seed.model !== undefined);
        let changes = 0;
        const seedAndMutation = fc.nat({ max: seeds.length - 1 }).chain(index => mutatedWorkspace([seeds[index].text]).map(mutated => [index, mutated.files[0]] as const));
        fc.assert(fc.property(seedAndMutation, ([index, mutated]) => {
            const both = bothWays([mutated], seeds[index].model!);
            fc.pre(both !== undefined);
            // bothWays(mutated, seed): forward is seed ← mutated; the property is the same either way.
            const { forward, backward } = both!;
            changes += forward.length;
            expect(backward.map(key).sort()).toEqual(turnedRound(forward));
        }), { ...options, numRuns: Math.ceil(RUNS / 2) });
        expect(changes).toBeGreaterThan(0);
    }, timeout);
});
