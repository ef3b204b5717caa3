#!/usr/bin/env node
// Starts the Keten language server from its bundle (built by `npm run build` at the repository
// root, or `node packages/language-server/build.mjs`). Options: --stdio, --node-ipc, --socket=PORT.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'server.cjs');
if (!existsSync(bundle)) {
    process.stderr.write(`keten-language-server: the server bundle ${bundle} is missing; run "npm run build" in the repository first.\n`);
    process.exit(2);
}
require(bundle);
