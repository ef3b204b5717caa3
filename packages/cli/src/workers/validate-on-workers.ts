/**
 * `keten validate` on worker threads (docs/performance.md, "Both cores"). The files are read
 * here, exactly as on one thread (the same refusals, in the same order), and split into one
 * contiguous share per worker. Each worker parses its share and says what each file exports
 * and refers to; each then loads the files that declare those names (in the one-thread
 * order), links, and validates its share. The diagnostics come back per file and are put in
 * the one-thread order, so the findings are the same, field for field and in the same order.
 *
 * Anything unexpected — a worker that fails or stops, a rule that looked up a name the
 * worker had not loaded — gives `undefined`: the caller then checks on one thread, so a run
 * never reports part of the findings as all of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CliError } from '../cli-error.js';
import { readSources } from '../workspace/load-workspace.js';
import { declarersByName, filesToLoad, splitIntoShares } from './share-plan.js';
import { workerCount } from './worker-count.js';
import { ShareChecker } from './share-checker.js';
import type { CheckedShareFile, ExportTableEntry, FileToCheck, FromWorker, ParsedFile, ToWorker, WorkerSetup } from './worker-protocol.js';

export interface WorkerRunOptions extends WorkerSetup {
    readonly env: NodeJS.ProcessEnv;
}

export interface CheckedOnWorker {
    readonly path: string;
    readonly diagnostics: Diagnostic[];
}

/** The bundled worker script: next to the CLI bundle, or (running from source) in packages/cli/dist/. */
function workerScript(): string | undefined {
    const here = path.dirname(fileURLToPath(import.meta.url));
    return [path.join(here, 'validate-worker.cjs'), path.join(here, '../../dist/validate-worker.cjs')].find(file => fs.existsSync(file));
}

/** `KETEN_WORKERS_DEBUG=1`: one line on standard error says how the run was checked. */
function debug(env: NodeJS.ProcessEnv, line: string): void {
    if (env.KETEN_WORKERS_DEBUG === '1') process.stderr.write(`keten: ${line}\n`);
}

/**
 * The diagnostics of every file, checked on worker threads, in the order of `paths`; or
 * `undefined` when the run is to be checked on one thread (small, forced, or a worker failed).
 */
export async function checkOnWorkers(paths: readonly string[], options: WorkerRunOptions): Promise<CheckedOnWorker[] | undefined> {
    const count = workerCount(paths.length, options.env);
    const script = count > 1 ? workerScript() : undefined;
    if (count <= 1 || !script || new Set(paths).size !== paths.length) {
        debug(options.env, `checking ${paths.length} files on one thread`);
        return undefined;
    }
    const setup: WorkerSetup = { cwd: options.cwd, config: options.config, locale: options.locale };
    // Started first: a worker loads its bundle while the files are read.
    const started = performance.now();
    // The first share is checked on this thread (it would wait otherwise), the others on
    // worker threads: KETEN_WORKERS=2 is this thread and one worker.
    const workers = Array.from({ length: count - 1 }, () => new ShareWorker(script, setup));
    const threads: Share[] = [];
    const phase = (name: string) => debug(options.env, `${name} after ${Math.round(performance.now() - started)} ms`);
    try {
        const sources = readSources(paths, options.cwd);
        const files: FileToCheck[] = sources.map((source, index) => ({ index, path: source.path, bytes: source.bytes as Uint8Array }));
        const shares = splitIntoShares(files.map(file => file.bytes.length), count);
        // The workers are asked first: they parse while this thread parses its own share.
        const parsing = workers.map((worker, w) => worker.parse(shares[w + 1].map(index => files[index])));
        threads.push(new ShareChecker(setup));
        for (const worker of workers) threads.push(worker);
        parsing.unshift(threads[0].parse(shares[0].map(index => files[index])));
        const parsedShares = await everyAnswer(parsing);
        phase('parsed');
        const parsed = new Map<number, ParsedFile>();
        for (const share of parsedShares) for (const file of share) parsed.set(file.index, file);
        const declarers = declarersByName([...parsed.values()]);
        const table: ExportTableEntry[] = files.map(file => ({ index: file.index, path: file.path, exports: parsed.get(file.index)?.exports ?? [] }));
        const others = (w: number) => {
            const own = new Set(shares[w]);
            return filesToLoad(shares[w], parsed, declarers).filter(index => !own.has(index)).map(index => files[index]);
        };
        const checking = workers.map((worker, w) => worker.check(others(w + 1), table));
        checking.unshift(threads[0].check(others(0), table));
        const checked = await everyAnswer(checking);
        phase('checked');
        if (checked.some(result => !result.complete)) {
            debug(options.env, 'a rule looked beyond the files a worker had loaded: checking on one thread');
            return undefined;
        }
        const byIndex = new Map<number, CheckedShareFile>();
        for (const result of checked) for (const file of result.files) byIndex.set(file.index, file);
        if (byIndex.size !== files.length) throw new Error(`the workers returned ${byIndex.size} of ${files.length} files`);
        debug(options.env, `checked ${files.length} files on ${count} threads (this one and ${count - 1} worker${count > 2 ? 's' : ''})`);
        return files.map(file => ({ path: file.path, diagnostics: byIndex.get(file.index)!.diagnostics }));
    } catch (error) {
        if (error instanceof CliError) throw error;
        debug(options.env, `a worker failed (${error instanceof Error ? error.message : String(error)}): checking on one thread`);
        return undefined;
    } finally {
        for (const worker of workers) worker.stop();
    }
}

/**
 * Every answer, or the first failure once all have settled (this thread's own share is not
 * left running beside the one-thread check that follows a failure).
 */
async function everyAnswer<T>(answers: ReadonlyArray<Promise<T>>): Promise<T[]> {
    const settled = await Promise.allSettled(answers);
    const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map(result => (result as PromiseFulfilledResult<T>).value);
}

/** What checks one share: a ShareChecker on this thread, or a worker thread running one. */
interface Share {
    parse(files: readonly FileToCheck[]): Promise<readonly ParsedFile[]>;
    check(load: readonly FileToCheck[], table: readonly ExportTableEntry[]): Promise<{ files: readonly CheckedShareFile[]; complete: boolean }>;
}

/** One worker thread, asked one thing at a time; its failure or exit rejects the question. */
class ShareWorker implements Share {
    private readonly worker: Worker;
    private pending: { resolve: (message: FromWorker) => void; reject: (error: Error) => void } | undefined;
    private failure: Error | undefined;

    constructor(script: string, setup: WorkerSetup) {
        this.worker = new Worker(script, { workerData: setup });
        this.worker.on('message', (message: FromWorker) => {
            const pending = this.pending;
            this.pending = undefined;
            if (message.type === 'failed') pending?.reject(new Error(message.message));
            else pending?.resolve(message);
        });
        this.worker.on('error', error => this.fail(error));
        this.worker.on('exit', code => this.fail(new Error(`a worker stopped (exit code ${code})`)));
    }

    async parse(files: readonly FileToCheck[]): Promise<readonly ParsedFile[]> {
        const answer = await this.ask({ type: 'parse', files });
        if (answer.type !== 'parsed') throw new Error(`a worker answered ${answer.type} to parse`);
        return answer.files;
    }

    async check(load: readonly FileToCheck[], table: readonly ExportTableEntry[]): Promise<{ files: readonly CheckedShareFile[]; complete: boolean }> {
        const answer = await this.ask({ type: 'check', load, table });
        if (answer.type !== 'checked') throw new Error(`a worker answered ${answer.type} to check`);
        return answer;
    }

    stop(): void {
        void this.worker.terminate();
    }

    private ask(message: ToWorker): Promise<FromWorker> {
        if (this.failure) return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.pending = { resolve, reject };
            this.worker.postMessage(message);
        });
    }

    private fail(error: Error): void {
        this.failure ??= error;
        const pending = this.pending;
        this.pending = undefined;
        pending?.reject(error);
    }
}
