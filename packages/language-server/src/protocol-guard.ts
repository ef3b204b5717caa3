/**
 * The guard in front of the server's stdin (issue 10, item 7). LSP over stdio frames each
 * JSON-RPC message with a `Content-Length` header; the protocol library waits for a header
 * end that garbage never brings, and after a wrong `Content-Length` it reads every later
 * message out of step — either way the server never answers again and says nothing.
 *
 * The guard checks each frame as the bytes arrive and passes them on unchanged. At the first
 * byte that cannot belong to a message it stops: the server then says why (stderr and
 * `window/logMessage`) and exits with code 1, and the client restarts it (VS Code does so by
 * itself). Resynchronising instead — skipping to the next `Content-Length` — would silently drop
 * a request or an edit, and a client waiting for that answer, or a document the server no
 * longer knows the text of, is worse than a restart.
 *
 * A header is lines `Name: value` of printable ASCII ending in an empty line, with a
 * `Content-Length` of decimal digits; the body must be a JSON object with `"jsonrpc": "2.0"`.
 * A `Content-Length` longer than the message shows as soon as the next message arrives
 * (its header lands inside the body, which is then no JSON).
 */
import { Transform, type TransformCallback } from 'node:stream';

export type ProtocolProblem =
    | { readonly kind: 'header-not-text' }
    | { readonly kind: 'header-too-long' }
    | { readonly kind: 'no-content-length' }
    | { readonly kind: 'bad-content-length'; readonly value: string }
    | { readonly kind: 'body-not-json'; readonly length: number }
    | { readonly kind: 'not-json-rpc' };

/** No real header comes near this; garbage without an empty line would otherwise be kept forever. */
const MAX_HEADER_BYTES = 8 * 1024;
const CR = 0x0d;
const LF = 0x0a;
/** A complete header line, and the start of one. */
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*: *[\x20-\x7e]*$/;
const HEADER_LINE_START = /^(?:[A-Za-z][A-Za-z0-9-]*(?:: *[\x20-\x7e]*)?)?\r?$/;

/** Checks LSP frames chunk by chunk; stateful, one per stream. */
export class ProtocolFrameChecker {
    private header = '';
    private bodyLength = -1;
    private body: Buffer[] = [];
    private bodyReceived = 0;

    /** How many bytes of the chunk are sound, and the problem at the first that is not. */
    check(chunk: Buffer): { readonly soundBytes: number; readonly problem?: ProtocolProblem } {
        let offset = 0;
        while (offset < chunk.length) {
            if (this.bodyLength < 0) {
                const end = this.readHeader(chunk, offset);
                if ('problem' in end) return { soundBytes: offset, problem: end.problem };
                offset = end.offset;
            } else {
                const take = Math.min(this.bodyLength - this.bodyReceived, chunk.length - offset);
                this.body.push(chunk.subarray(offset, offset + take));
                this.bodyReceived += take;
                offset += take;
                if (this.bodyReceived === this.bodyLength) {
                    const problem = this.checkBody();
                    if (problem) return { soundBytes: offset - take, problem };
                }
            }
        }
        return { soundBytes: chunk.length };
    }

    /** Reads header bytes from `offset`; at the empty line, starts the body. */
    private readHeader(chunk: Buffer, offset: number): { offset: number } | { problem: ProtocolProblem } {
        let index = offset;
        while (index < chunk.length) {
            const byte = chunk[index++];
            if (byte !== LF && byte !== CR && (byte < 0x20 || byte > 0x7e)) return { problem: { kind: 'header-not-text' } };
            this.header += String.fromCharCode(byte);
            if (byte === LF && this.header.endsWith('\r\n\r\n')) {
                const problem = this.startBody();
                return problem ? { problem } : { offset: index };
            }
            if (this.header.length > MAX_HEADER_BYTES) return { problem: { kind: 'header-too-long' } };
        }
        const lines = this.header.split('\r\n');
        const current = lines.pop()!;
        if (!lines.every(line => HEADER_LINE.test(line)) || !HEADER_LINE_START.test(current)) {
            return { problem: { kind: 'header-not-text' } };
        }
        return { offset: index };
    }

    private startBody(): ProtocolProblem | undefined {
        const lines = this.header.slice(0, -4).split('\r\n');
        this.header = '';
        if (!lines.every(line => HEADER_LINE.test(line))) return { kind: 'header-not-text' };
        const lengthLine = lines.find(line => /^content-length:/i.test(line));
        if (!lengthLine) return { kind: 'no-content-length' };
        const value = lengthLine.slice(lengthLine.indexOf(':') + 1).trim();
        if (!/^\d{1,10}$/.test(value)) return { kind: 'bad-content-length', value };
        this.bodyLength = Number(value);
        this.body = [];
        this.bodyReceived = 0;
        return this.bodyLength === 0 ? this.checkBody() : undefined;
    }

    private checkBody(): ProtocolProblem | undefined {
        const length = this.bodyLength;
        const text = Buffer.concat(this.body).toString('utf8');
        this.bodyLength = -1;
        this.body = [];
        let message: unknown;
        try {
            message = JSON.parse(text);
        } catch {
            return { kind: 'body-not-json', length };
        }
        const isObject = typeof message === 'object' && message !== null && !Array.isArray(message);
        return isObject && (message as { jsonrpc?: unknown }).jsonrpc === '2.0' ? undefined : { kind: 'not-json-rpc' };
    }
}

/**
 * A pass-through stream for stdin: the bytes of sound frames go on unchanged; at the first
 * problem nothing more goes on, and `onProblem` is called once.
 */
export class ProtocolGuard extends Transform {
    private readonly checker = new ProtocolFrameChecker();
    private stopped = false;

    constructor(private readonly onProblem: (problem: ProtocolProblem) => void) {
        super();
    }

    override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
        if (this.stopped) return callback();
        const { soundBytes, problem } = this.checker.check(chunk);
        if (!problem) return callback(null, chunk);
        this.stopped = true;
        if (soundBytes > 0) this.push(chunk.subarray(0, soundBytes));
        callback();
        this.onProblem(problem);
    }
}
