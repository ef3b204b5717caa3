/**
 * `keten playground [--port N] [--host H]`: serves the browser playground (packages/playground,
 * built by `npm run build`) on this computer with sirv, prints its address and runs until
 * Ctrl-C. The page talks to nothing but this server while it loads and to nothing at all after;
 * the server adds the security headers the build wrote (the page's Content-Security-Policy plus
 * what a meta tag cannot say: `frame-ancestors`, and the policy of the workers).
 */
import * as fs from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import * as path from 'node:path';
import type { Command } from 'commander';
import sirv from 'sirv';
import { messagesFor } from '@keten/language';
import { CliError } from '../cli-error.js';
import { resolveLocale, type CliContext } from '../cli-context.js';

export const DEFAULT_PLAYGROUND_PORT = 4848;

/**
 * Where the built playground is: the @keten/playground package installed beside @keten/cli (its
 * `dist`), beside a packed CLI (`dist/playground`), else in the repository.
 */
function playgroundFolders(): string[] {
    const folders = [path.join(__dirname, 'playground'), path.resolve(__dirname, '..', '..', 'playground', 'dist')];
    try {
        folders.unshift(path.join(path.dirname(require.resolve('@keten/playground/package.json', { paths: [__dirname, process.cwd()] })), 'dist'));
    } catch {
        // not installed: the repository's build, if any
    }
    return folders;
}

/** The folder the "not built" message names: the repository's build, or the package to install. */
function missingPlaygroundName(folders: readonly string[], cwd: string): string {
    const repository = folders[folders.length - 1];
    return fs.existsSync(path.dirname(repository)) ? path.relative(cwd, repository) || '.' : '@keten/playground';
}

export function registerPlaygroundCommand(program: Command, context: CliContext): void {
    program
        .command('playground')
        .description('serve the browser playground on this computer and print its address')
        .option('-p, --port <number>', `port to listen on (0: any free port)`, String(DEFAULT_PLAYGROUND_PORT))
        .option('--host <address>', 'address to listen on', '127.0.0.1')
        .option('--locale <locale>', 'language of the messages: en or nl')
        .action(async (options: { port: string; host: string; locale?: string }) => {
            const messages = messagesFor(resolveLocale(options.locale, context.env)).cli;
            if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535) throw new CliError(m => m.playgroundBadPort({ value: options.port }));
            const port = Number(options.port);
            const folders = playgroundFolders();
            const folder = folders.find(candidate => fs.existsSync(path.join(candidate, 'index.html')));
            if (!folder) throw new CliError(m => m.playgroundNotBuilt({ folder: missingPlaygroundName(folders, context.cwd) }));
            const headers = securityHeaders(folder);
            const serve = sirv(folder, {
                etag: true,
                gzip: true,
                brotli: true,
                setHeaders: (response: ServerResponse) => {
                    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
                    // A new build is seen at the next reload.
                    response.setHeader('Cache-Control', 'no-cache');
                }
            });
            const server = createServer((request, response) => serve(request, response, () => {
                for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
                response.statusCode = 404;
                response.setHeader('Content-Type', 'text/plain; charset=utf-8');
                response.end('Not found\n');
            }));
            await new Promise<void>((resolve, reject) => {
                server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE'
                    ? new CliError(m => m.playgroundPortInUse({ port }))
                    : new CliError(m => m.playgroundCannotListen({ host: options.host, port, reason: error.message }))));
                server.listen(port, options.host, () => resolve());
            });
            const address = server.address();
            const actualPort = typeof address === 'object' && address ? address.port : port;
            const host = options.host.includes(':') ? `[${options.host}]` : options.host;
            context.stdout(`${messages.playgroundServing({ url: `http://${host}:${actualPort}/` })}\n`);
            await new Promise<void>(resolve => {
                const stop = () => {
                    process.off('SIGINT', stop);
                    process.off('SIGTERM', stop);
                    server.close(() => resolve());
                    server.closeAllConnections();
                };
                process.on('SIGINT', stop);
                process.on('SIGTERM', stop);
            });
            context.stdout(`${messages.playgroundStopped()}\n`);
            process.exitCode = 0;
        });
}

/** The headers the playground's build wrote beside it (`security-headers.json`); none when it is missing. */
function securityHeaders(folder: string): Record<string, string> {
    try {
        const parsed: unknown = JSON.parse(fs.readFileSync(path.join(folder, 'security-headers.json'), 'utf8'));
        if (typeof parsed !== 'object' || parsed === null) return {};
        return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    } catch {
        return {};
    }
}
