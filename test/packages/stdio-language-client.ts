/**
 * A minimal LSP client over stdio for the installed `keten-language-server`, started as a user's
 * editor starts it: a command found on PATH (so the Node.js on PATH runs it). JSON-RPC framing
 * comes from vscode-jsonrpc, the library VS Code's own client uses.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export interface Diagnostic {
    readonly message: string;
    readonly code?: string | number;
    readonly severity?: number;
    readonly range: { start: { line: number; character: number } };
}

export class StdioLanguageClient {
    private readonly process: ChildProcess;
    private readonly connection: MessageConnection;
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly listeners: Array<() => void> = [];
    stderr = '';

    constructor(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
        this.process = spawn(command, [...args], { cwd: options.cwd, env: options.env, stdio: 'pipe' });
        this.process.stderr!.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.listeners.splice(0).forEach(listener => listener());
        });
        // Requests a server may send although the client announced no capability for them.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    async initialize(folder: string): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }> {
        const uri = pathToFileURL(folder).href;
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: uri,
            workspaceFolders: [{ uri, name: 'workspace' }],
            capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } }
        }) as { capabilities: Record<string, unknown> };
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /** Diagnostics of a file once some were published that pass `until`. */
    async diagnosticsFor(file: string, until: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 60_000): Promise<Diagnostic[]> {
        const uri = pathToFileURL(file).href;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && until(current)) return current;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current)}; stderr: ${this.stderr}`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, left);
                this.listeners.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    async shutdown(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => {
            if (this.process.exitCode !== null) resolve(this.process.exitCode);
            else this.process.once('exit', code => resolve(code));
        });
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } catch {
            this.process.kill();
        }
        const code = await exited;
        this.connection.dispose();
        return code;
    }
}
