/**
 * The short benchmark for CI: catches large regressions by ratio, never by absolute time
 * (CI machines differ and are shared). Ten times the files must cost at most fifteen times
 * the CPU time, through the real `keten` binary; a line of an agreement written as a whole
 * covenant (COVENANT.md) must cost at most 1.5 times a line of a plain one (`npm run bench`
 * measures the same on 1,000 agreements against 1.0).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace.js';
import { KETEN_BIN, median, timeNode } from '../../bench/measure.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-scaling-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** CPU time (less disturbed by other load than wall time), median of three runs. */
async function validateCost(dir: string): Promise<number> {
    const costs: number[] = [];
    for (let i = 0; i < 3; i++) {
        const timing = await timeNode(KETEN_BIN, ['validate', '.'], dir);
        expect(timing.code, timing.stderr).toBe(0);
        costs.push(timing.cpuMs ?? timing.wallMs);
    }
    return median(costs);
}

describe('scaling of keten validate (ratios only)', () => {
    it('10× the agreements costs at most 15× the time', async () => {
        const small = generateWorkspace(path.join(work, 'w30'), 30);
        const large = generateWorkspace(path.join(work, 'w300'), 300);
        const smallCost = await validateCost(small.dir);
        const largeCost = await validateCost(large.dir);
        const ratio = largeCost / smallCost;
        console.log(`scaling: 31 files ${smallCost.toFixed(0)} ms, 301 files ${largeCost.toFixed(0)} ms CPU: ${ratio.toFixed(1)}×`);
        expect(ratio).toBeLessThanOrEqual(15);
    }, 180_000);

    it('one file with 10× the agreements costs at most 15× the time', async () => {
        const { agreementFile, partiesFile } = await import('../../bench/generate-workspace.js');
        const write = (name: string, count: number) => {
            const dir = path.join(work, name);
            fs.mkdirSync(dir, { recursive: true });
            fs.writeFileSync(path.join(dir, 'all.keten'), [partiesFile(), ...Array.from({ length: count }, (_, i) => agreementFile(i))].join('\n'));
            return dir;
        };
        const smallCost = await validateCost(write('one30', 30));
        const largeCost = await validateCost(write('one300', 300));
        const ratio = largeCost / smallCost;
        console.log(`scaling in one file: 30 agreements ${smallCost.toFixed(0)} ms, 300 agreements ${largeCost.toFixed(0)} ms CPU: ${ratio.toFixed(1)}×`);
        expect(ratio).toBeLessThanOrEqual(15);
    }, 180_000);

    it('a line of a whole covenant costs at most 1.5× a line of a plain agreement', async () => {
        const plain = generateWorkspace(path.join(work, 'plain100'), 100, 'plain');
        const covenant = generateWorkspace(path.join(work, 'covenant100'), 100, 'covenant');
        const lines = (files: readonly string[]) => files.reduce((sum, file) => sum + fs.readFileSync(file, 'utf8').split('\n').length, 0);
        const plainPerLine = await validateCost(plain.dir) / lines(plain.files);
        const covenantPerLine = await validateCost(covenant.dir) / lines(covenant.files);
        const ratio = covenantPerLine / plainPerLine;
        console.log(`per line: plain ${(plainPerLine * 1000).toFixed(1)} µs, whole covenant ${(covenantPerLine * 1000).toFixed(1)} µs CPU: ${ratio.toFixed(2)}×`);
        expect(ratio).toBeLessThanOrEqual(1.5);
    }, 180_000);
});
