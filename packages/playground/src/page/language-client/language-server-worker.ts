/**
 * The language server's worker, started by the first module the page evaluates
 * (early-start.ts imports this one first), so that the browser fetches and compiles the
 * worker's script while the page's own libraries (the LSP connection, Monaco) are still being
 * evaluated (issue 16). Messages posted to it before its script runs wait in its queue.
 */
import { startWorker } from '../trusted-script-urls.js';

let started: Worker | undefined = startWorker(new URL('./keten-worker.js', import.meta.url), 'keten-language-server');

/** The worker started at load, the first time; a new one after that (a client that was disposed). */
export function languageServerWorker(): Worker {
    const worker = started ?? startWorker(new URL('./keten-worker.js', import.meta.url), 'keten-language-server');
    started = undefined;
    return worker;
}
