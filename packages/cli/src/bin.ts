/** Entry point of the bundled `keten` command (packages/cli/dist/keten.cjs). */
import { StandardOutput } from './command-output/standard-output.js';
import { run, VERSION } from './main.js';

const standardOutput = new StandardOutput(process.stdout);

run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    version: VERSION,
    stdout: text => standardOutput.write(text),
    stderr: text => { process.stderr.write(text); },
    stdoutFinished: () => standardOutput.finished()
}).then(code => {
    process.exitCode = code;
}, error => {
    process.stderr.write(`keten: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
});
