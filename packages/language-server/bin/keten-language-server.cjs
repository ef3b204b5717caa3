#!/usr/bin/env node
// Starts the Keten language server from its bundle (dist/server.cjs: Langium, the language and
// the protocol libraries in one file, built by `npm run build` at the repository root and shipped
// in the @keten/language-server package). Options: --stdio, --node-ipc, --socket=PORT;
// --version prints the version.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

if (process.argv.includes('--version') || process.argv.includes('-v')) {
    process.stdout.write(`${require('../package.json').version}\n`);
    process.exit(0);
}
// The protocol library needs to be told how the client talks to it; without that it threw a
// stack trace through the minified bundle. `--help` and an unknown start say it in one line.
const TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;
if (process.argv.includes('--help') || process.argv.includes('-h') || !process.argv.slice(2).some(arg => TRANSPORT.test(arg))) {
    const help = 'keten-language-server: start it with --stdio (what editors use), --node-ipc or --socket=PORT; --version prints the version.\n';
    const asked = process.argv.includes('--help') || process.argv.includes('-h');
    (asked ? process.stdout : process.stderr).write(help);
    process.exit(asked ? 0 : 2);
}
const bundle = join(__dirname, '..', 'dist', 'server.cjs');
if (!existsSync(bundle)) {
    process.stderr.write(`keten-language-server: the server bundle ${bundle} is missing; run "npm run build" in the Keten repository first.\n`);
    process.exit(2);
}
require(bundle);
