/**
 * `keten playground`: the real binary serves the built playground on localhost with its
 * security headers (compressed when the browser accepts it), prints the address, and stops
 * cleanly on Ctrl-C; a taken or wrong port is one clear line and exit code 2.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runKeten } from '../support/run-keten.js';
import { servePlayground } from './playground-server.js';

describe('keten playground', () => {
    it('serves the page and its assets with the security headers, and stops on Ctrl-C', async () => {
        const served = await servePlayground();
        let stopped: Awaited<ReturnType<typeof served.stop>> | undefined;
        try {
            const page = await fetch(served.url);
            expect(page.status).toBe(200);
            expect(page.headers.get('content-type')).toMatch(/text\/html/);
            const policy = page.headers.get('content-security-policy') ?? '';
            for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "connect-src 'none'", "frame-ancestors 'none'", "require-trusted-types-for 'script'"]) {
                expect(policy).toContain(directive);
            }
            expect(page.headers.get('x-content-type-options')).toBe('nosniff');
            expect(page.headers.get('referrer-policy')).toBe('no-referrer');
            const html = await page.text();
            expect(html).toContain('http-equiv="Content-Security-Policy"');
            expect(html).toContain('assets/playground.js');

            const worker = await fetch(new URL('assets/keten-worker.js', served.url), { headers: { 'accept-encoding': 'br' } });
            expect(worker.status).toBe(200);
            expect(worker.headers.get('content-encoding')).toBe('br');
            expect(worker.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");

            const missing = await fetch(new URL('no-such-file.js', served.url));
            expect(missing.status).toBe(404);
        } finally {
            stopped = await served.stop();
        }
        expect(stopped.code).toBe(0);
        expect(stopped.stdout).toMatch(/^Keten playground: http:\/\/127\.0\.0\.1:\d+\/\n/);
        expect(stopped.stdout).toContain('Keten playground stopped.');
    }, 60_000);

    it('says in one line that a port is taken, with exit code 2', async () => {
        const blocker = createServer();
        await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', () => resolve()));
        const port = (blocker.address() as { port: number }).port;
        try {
            const run = runKeten(['playground', '--port', String(port)]);
            expect(run.code).toBe(2);
            expect(run.stderr).toBe(`keten: Port ${port} is already in use. Choose another with --port, or --port 0 for any free port.\n`);
            expect(run.stdout).toBe('');
            const dutch = runKeten(['playground', '--port', String(port), '--locale', 'nl']);
            expect(dutch.code).toBe(2);
            expect(dutch.stderr).toContain(`Poort ${port} is al in gebruik.`);
        } finally {
            blocker.close();
        }
    }, 60_000);

    it('refuses a port that is no port', () => {
        const run = runKeten(['playground', '--port', 'abc']);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("keten: --port needs a whole number from 0 to 65535, not 'abc' (0 takes any free port).\n");
        expect(runKeten(['playground', '--port', '70000']).code).toBe(2);
    });

    it('is listed in the help', () => {
        const run = runKeten(['--help']);
        expect(run.stdout).toMatch(/playground\s.*serve the browser playground/);
    });
});
