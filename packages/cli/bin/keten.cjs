#!/usr/bin/env node
// The `keten` command. The program itself is one bundle built by `npm run build`
// (scripts/build.mjs), so starting it loads no more than it needs.
const fs = require('node:fs');
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'keten.cjs');
if (!fs.existsSync(bundle)) {
    process.stderr.write('keten: the command is not built yet. Run `npm run build` in the Keten repository.\n');
    process.exit(2);
}
// V8's code cache for the bundle (kept in the system's temporary folder): a cold start then
// skips compiling ~1 MB of JavaScript. Optional: without it the command works the same.
if (!process.env.KETEN_NO_COMPILE_CACHE) {
    try {
        require('v8-compile-cache');
    } catch {
        // not installed: start without the cache
    }
}
require(bundle);
