/**
 * A worker thread of `keten validate` (bundled as `dist/validate-worker.cjs`): one
 * `ShareChecker` (`share-checker.ts`) that answers the messages of `worker-protocol.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ShareChecker } from './share-checker.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

const checker = new ShareChecker(workerData as WorkerSetup);

function reply(message: FromWorker): void {
    parentPort!.postMessage(message);
}

/**
 * `KETEN_WORKERS_FAIL=parse|check|exit`, for the tests only: the worker fails at that step
 * (or stops), and `keten validate` must then check on one thread.
 */
const failAt = process.env.KETEN_WORKERS_FAIL;

parentPort!.on('message', (message: ToWorker) => {
    if (failAt === 'exit') process.exit(3);
    if (failAt === message.type) {
        reply({ type: 'failed', message: `KETEN_WORKERS_FAIL=${failAt}` });
        return;
    }
    const work = message.type === 'parse'
        ? checker.parse(message.files).then(files => reply({ type: 'parsed', files }))
        : checker.check(message.load, message.table).then(result => {
            reply({ type: 'checked', ...result });
            parentPort!.close();
        });
    work.catch((error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
