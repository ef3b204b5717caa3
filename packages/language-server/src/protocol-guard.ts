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
 * `Content-Length` of decimal digits; the body must look like a JSON-RPC object (`{` … `}`
 * naming `"jsonrpc"`).
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
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Complete header lines, and the start of a header (what may come before its end arrives). */
const HEADER_LINES = /^[A-Za-z][A-Za-z0-9-]*: *[\x20-\x7e]*(?:\r\n[A-Za-z][A-Za-z0-9-]*: *[\x20-\x7e]*)*$/;
const HEADER_START = /^(?:[A-Za-z][A-Za-z0-9-]*: *[\x20-\x7e]*\r\n)*(?:[A-Za-z][A-Za-z0-9-]*(?:: *[\x20-\x7e]*)?)?(?:\r(?:\n\r?)?)?$/;
const CONTENT_LENGTH = /(?:^|\n)content-length: *([^\r]*)/i;

/** Checks LSP frames chunk by chunk; stateful, one per stream. */
export class ProtocolFrameChecker {
    /** Header bytes of the current frame so far (latin1: one character per byte). */
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
        // The end may straddle two chunks: look from up to three bytes before this chunk.
        const carried = Math.min(3, this.header.length);
        const search = carried > 0 ? Buffer.concat([Buffer.from(this.header.slice(-carried), 'latin1'), chunk.subarray(offset, offset + MAX_HEADER_BYTES)]) : chunk.subarray(offset, offset + MAX_HEADER_BYTES);
        const found = search.indexOf(HEADER_END);
        if (found < 0) {
            const rest = chunk.subarray(offset, offset + MAX_HEADER_BYTES + 1);
            this.header += rest.toString('latin1');
            if (this.header.length > MAX_HEADER_BYTES) return { problem: { kind: 'header-too-long' } };
            if (!HEADER_START.test(this.header)) return { problem: { kind: 'header-not-text' } };
            return { offset: offset + rest.length };
        }
        const endInChunk = offset + found - carried + HEADER_END.length;
        this.header += chunk.subarray(offset, endInChunk).toString('latin1');
        const problem = this.startBody();
        return problem ? { problem } : { offset: endInChunk };
    }

    private startBody(): ProtocolProblem | undefined {
        const text = this.header.slice(0, -HEADER_END.length);
        this.header = '';
        if (text.length > MAX_HEADER_BYTES) return { kind: 'header-too-long' };
        if (!HEADER_LINES.test(text)) return { kind: 'header-not-text' };
        const length = CONTENT_LENGTH.exec(text);
        if (!length) return { kind: 'no-content-length' };
        const value = length[1].trim();
        if (!/^\d{1,10}$/.test(value)) return { kind: 'bad-content-length', value };
        this.bodyLength = Number(value);
        this.body = [];
        this.bodyReceived = 0;
        return this.bodyLength === 0 ? this.checkBody() : undefined;
    }

    /**
     * A body must look like one JSON-RPC object: `{` … `}` with a `"jsonrpc"` member. The
     * protocol library parses it right after; parsing it here too would double the cost of
     * every message, and a body cut off by a wrong `Content-Length` already fails this test
     * (or, cut exactly after a `}`, leaves bytes that are no header for the next frame).
     */
    private checkBody(): ProtocolProblem | undefined {
        const length = this.bodyLength;
        const body = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body);
        this.bodyLength = -1;
        this.body = [];
        let first = 0;
        let last = body.length - 1;
        while (first <= last && isWhitespace(body[first])) first++;
        while (last >= first && isWhitespace(body[last])) last--;
        if (first > last) return { kind: 'body-not-json', length };
        if (body[first] === OPEN_BRACE && body[last] === CLOSE_BRACE) {
            return body.includes('"jsonrpc"') ? undefined : { kind: 'not-json-rpc' };
        }
        // A JSON array (a batch, which LSP does not have) is JSON but no message; the rest is no JSON.
        return body[first] === OPEN_BRACKET && body[last] === CLOSE_BRACKET ? { kind: 'not-json-rpc' } : { kind: 'body-not-json', length };
    }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isWhitespace(byte: number): boolean {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
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
