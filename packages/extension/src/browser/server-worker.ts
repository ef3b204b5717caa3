/**
 * The Keten language server of the web extension (vscode.dev, github.dev, code-server's web
 * worker extension host): the same language services as `keten-language-server` (every check,
 * completion, hover, rename, quick fix, formatting), in a web worker, over `postMessage` instead
 * of IPC. As in the playground's worker (packages/playground/src/worker/keten-worker.ts) it has
 * no disk: Langium's `EmptyFileSystem`, every document comes from the editor with `didOpen`, so
 * names from another file resolve once that file is open too.
 */
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { createKetenServices, isLocale } from '@keten/language';

// The worker's global scope reads and writes messages like a Worker seen from outside.
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const { shared, Keten } = createKetenServices({ connection, ...EmptyFileSystem });

// The messages follow VS Code's display language (the LSP `locale`), as in the desktop server
// without a `keten.locale` setting.
shared.lsp.LanguageServer.onInitialize(params => {
    if (isLocale(params.locale)) Keten.keten.Settings.locale = params.locale;
});

startLanguageServer(shared);
