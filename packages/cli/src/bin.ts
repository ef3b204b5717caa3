/** Entry point of the bundled `keten` command (packages/cli/dist/keten.cjs). */
import { run, VERSION } from './main.js';

process.stdout.on('error', error => {
    // A closed pipe (`keten rules | head`) is not a failure of the command.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    version: VERSION,
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); }
}).then(code => {
    process.exitCode = code;
}, error => {
    process.stderr.write(`keten: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
});
