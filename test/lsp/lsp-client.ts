/**
 * A small LSP client written from the Language Server Protocol specification, for tests that
 * talk to the real bundled server over stdio: JSON-RPC 2.0 messages framed by a
 * `Content-Length` header, requests matched to responses by id, notifications collected, and
 * the server's own requests (configuration, capability registration, progress) answered.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * How long a request or an awaited notification may take before the test fails: long enough
 * that only a hang trips it on a busy machine (tests assert no wall-clock limits; speed is
 * measured by `npm run bench`).
 */
export const HANG_TIMEOUT_MS = 60_000;

interface Message {
    jsonrpc: '2.0';
    id?: number | string;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string };
}

export interface Notification {
    readonly method: string;
    readonly params: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- protocol payloads are checked by the tests
}

export class LspClient {
    private readonly process: ChildProcessWithoutNullStreams;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    readonly notifications: Notification[] = [];
    /** The requests the server sent to this client (`client/registerCapability`, …), in order. */
    readonly serverRequests: Notification[] = [];
    private readonly waiters: Array<{ test: (n: Notification) => boolean; resolve: (n: Notification) => void }> = [];
    /** What the server gets back for `workspace/configuration`, per section. */
    settings: Record<string, unknown> = {};
    stderr = '';
    /** Resolves with the exit code (or the signal) once the server process has ended. */
    readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

    constructor(serverPath: string, cwd: string, env?: NodeJS.ProcessEnv) {
        // KETEN_SERVER_NODE_ARGS: options for the server's Node (`--cpu-prof` when profiling a bench).
        const nodeArgs = process.env.KETEN_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
        this.process = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { cwd, stdio: 'pipe', env: env ? { ...process.env, ...env } : process.env });
        this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
        this.process.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
        this.exited = new Promise(resolve => this.process.on('exit', (code, signal) => resolve({ code, signal })));
        this.process.on('exit', () => {
            for (const { reject } of this.pending.values()) reject(new Error(`server exited: ${this.stderr}`));
            this.pending.clear();
        });
        // A server that exits on its own (bad input) closes stdin under a pending write.
        this.process.stdin.on('error', () => undefined);
    }

    /** The server's process id (for reading its memory use). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    /** Bytes written to the server's stdin as they are: for sending what no client should. */
    writeRaw(bytes: string | Buffer): void {
        this.process.stdin.write(bytes);
    }

    request<T = any>(method: string, params: unknown, timeoutMs = HANG_TIMEOUT_MS): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
        const id = this.nextId++;
        this.send({ jsonrpc: '2.0', id, method, params });
        return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`no answer to ${method} within ${timeoutMs} ms`));
            }, timeoutMs);
            this.pending.set(id, {
                resolve: value => { clearTimeout(timer); resolve(value as T); },
                reject: error => { clearTimeout(timer); reject(error); }
            });
        });
    }

    notify(method: string, params: unknown): void {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /** The first notification (already received or still to come) that passes `test`. */
    waitForNotification(test: (n: Notification) => boolean, timeoutMs = HANG_TIMEOUT_MS, since = 0): Promise<Notification> {
        const existing = this.notifications.slice(since).find(test);
        if (existing) return Promise.resolve(existing);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching notification within ${timeoutMs} ms`)), timeoutMs);
            this.waiters.push({ test, resolve: n => { clearTimeout(timer); resolve(n); } });
        });
    }

    /** The latest diagnostics published for a file, waiting for the first publication if needed. */
    async diagnosticsFor(uri: string, timeoutMs = HANG_TIMEOUT_MS, since = 0): Promise<any[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
        await this.waitForNotification(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri, timeoutMs, since);
        const all = this.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
        return all[all.length - 1].params.diagnostics;
    }

    /** `extra`: params that replace the usual ones (a test of what the server does with odd ones). */
    async initialize(folder: string, extra: Record<string, unknown> = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
        const uri = pathToFileURL(folder).href;
        const result = await this.request('initialize', {
            ...extra,
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: 'workspace' }],
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: {
                    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    rename: { prepareSupport: true },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }
                }
            },
            ...extra
        });
        this.notify('initialized', {});
        return result;
    }

    async shutdown(): Promise<void> {
        try {
            await this.request('shutdown', null, 3000);
            this.notify('exit', null);
        } catch {
            // The process is killed below either way.
        }
        await new Promise<void>(resolve => {
            if (this.process.exitCode !== null) return resolve();
            const timer = setTimeout(() => { this.process.kill(); resolve(); }, 2000);
            this.process.on('exit', () => { clearTimeout(timer); resolve(); });
        });
    }

    private send(message: Message): void {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const header = this.buffer.subarray(0, headerEnd).toString('ascii');
            const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
            if (!Number.isFinite(length)) throw new Error(`bad header: ${header}`);
            const start = headerEnd + 4;
            if (this.buffer.length < start + length) return;
            const body = this.buffer.subarray(start, start + length).toString('utf8');
            this.buffer = this.buffer.subarray(start + length);
            this.dispatch(JSON.parse(body) as Message);
        }
    }

    private dispatch(message: Message): void {
        if (message.method && message.id !== undefined) {
            this.serverRequests.push({ method: message.method, params: message.params });
            this.send({ jsonrpc: '2.0', id: message.id, result: this.answerServerRequest(message) });
        } else if (message.method) {
            const notification = { method: message.method, params: message.params };
            this.notifications.push(notification);
            for (const waiter of [...this.waiters]) {
                if (waiter.test(notification)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(notification);
                }
            }
        } else if (typeof message.id === 'number') {
            const pending = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
            else pending?.resolve(message.result);
        }
    }

    private answerServerRequest(message: Message): unknown {
        if (message.method === 'workspace/configuration') {
            const items = (message.params as { items: Array<{ section?: string }> }).items;
            return items.map(item => (item.section ? this.settings[item.section] ?? null : null));
        }
        return null;
    }
}
