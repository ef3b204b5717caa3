/**
 * The frame check in front of the server's stdin (packages/language-server/src/protocol-guard.ts)
 * never stops a sound stream, however the bytes are split into chunks, and stops at the first
 * frame that is not a message. (The server's answer to a stop — a line and exit code 1 — is
 * tested over stdio in server-robustness.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ProtocolFrameChecker } from '../../packages/language-server/src/protocol-guard.js';

function frame(message: object, extraHeader = ''): Buffer {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n${extraHeader}\r\n`, 'ascii'), body]);
}

const SOUND = Buffer.concat([
    frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { capabilities: {} } }),
    frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text: 'partij Één "Gemeente Ōsaka — één plan" {}' } },
        'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
    frame({ jsonrpc: '2.0', id: 2, result: null })
]);

describe('the frame check', () => {
    it.each([1, 2, 3, 7, 64, SOUND.length])('passes a sound stream in chunks of %i bytes', size => {
        const checker = new ProtocolFrameChecker();
        for (let offset = 0; offset < SOUND.length; offset += size) {
            const chunk = SOUND.subarray(offset, offset + size);
            expect(checker.check(chunk)).toEqual({ soundBytes: chunk.length });
        }
    });

    it('stops at the first byte of a frame that is not a message, after the sound ones', () => {
        const checker = new ProtocolFrameChecker();
        const good = frame({ jsonrpc: '2.0', method: 'initialized', params: {} });
        const result = checker.check(Buffer.concat([good, Buffer.from('\u0000garbage')]));
        expect(result.problem).toEqual({ kind: 'header-not-text' });
        expect(result.soundBytes).toBe(good.length);
    });

    it('names what is wrong', () => {
        const problem = (bytes: string) => new ProtocolFrameChecker().check(Buffer.from(bytes)).problem;
        expect(problem('Content-Type: x\r\n\r\n{}')).toEqual({ kind: 'no-content-length' });
        expect(problem('Content-Length: -4\r\n\r\n{}')).toEqual({ kind: 'bad-content-length', value: '-4' });
        expect(problem('Content-Length: 3\r\n\r\n{"a')).toEqual({ kind: 'body-not-json', length: 3 });
        expect(problem('Content-Length: 2\r\n\r\n[]')).toEqual({ kind: 'not-json-rpc' });
        expect(problem('Content-Length: 5\r\n\r\nhello')).toEqual({ kind: 'body-not-json', length: 5 });
        expect(problem('Content-Length: 9\r\n\r\n{"a": 1 }')).toEqual({ kind: 'not-json-rpc' });
        expect(problem(`X-Long: ${'a'.repeat(9000)}`)).toEqual({ kind: 'header-too-long' });
    });
});
