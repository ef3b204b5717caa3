/**
 * Measuring tools for the benchmarks: running the real `keten` binary and timing it (wall
 * clock and the CPU time of the child process), medians, and a description of the machine.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What `node_modules/.bin/keten` runs: bin/keten.cjs, which loads dist/keten.cjs with V8's code cache (docs/performance.md, "Code cache"). */
export const KETEN_BIN = path.join(REPO_ROOT, 'packages/cli/bin/keten.cjs');
export const SERVER_BIN = path.join(REPO_ROOT, 'packages/language-server/dist/server.cjs');

/** One row of the bench's table (bench/run.ts) and of bench/results.json. */
export interface BenchRow {
    readonly measurement: string;
    readonly command: string;
    readonly runs: number;
    readonly medianMs: number;
    readonly cpuMs?: number;
    readonly target: string;
    readonly met: boolean | undefined;
}

export interface ProcessTiming {
    readonly wallMs: number;
    /** User + system CPU time of the child (Linux: from /proc; elsewhere undefined). */
    readonly cpuMs?: number;
    readonly maxRssKb?: number;
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs `node file args…` and times it; `/usr/bin/time` is not needed. */
export function timeNode(file: string, args: string[], cwd: string, timeoutMs = 600_000, env: NodeJS.ProcessEnv = {}): Promise<ProcessTiming> {
    return new Promise(resolve => {
        const started = process.hrtime.bigint();
        const child = spawn(process.execPath, [file, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
        let stdout = '', stderr = '';
        let cpuMs: number | undefined, maxRssKb: number | undefined;
        const sample = () => {
            const usage = readProcessUsage(child.pid);
            if (usage) { cpuMs = usage.cpuMs; maxRssKb = Math.max(maxRssKb ?? 0, usage.rssKb); }
        };
        const sampler = setInterval(sample, 20);
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('exit', (code) => {
            clearInterval(sampler);
            clearTimeout(timer);
            const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
            resolve({ wallMs, cpuMs, maxRssKb, code, stdout, stderr });
        });
    });
}

/** CPU time and resident memory of a running process, from /proc (Linux only). */
export function readProcessUsage(pid: number | undefined): { cpuMs: number; rssKb: number } | undefined {
    if (pid === undefined) return undefined;
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return { cpuMs: ticks * 10, rssKb };
    } catch {
        return undefined;
    }
}

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function machineDescription() {
    const cpus = os.cpus();
    return {
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGb: Math.round(os.totalmem() / 1024 ** 3 * 10) / 10,
        node: process.version,
        loadAverage: os.loadavg().map(l => Math.round(l * 100) / 100)
    };
}
