#!/usr/bin/env node
// The `keten` command. The program itself is one bundle (dist/keten.cjs) built by `npm run build`
// at the repository root, and shipped in the @keten/cli package, so starting it loads no more
// than it needs and an installed package needs nothing else.
const fs = require('node:fs');
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'keten.cjs');
if (!fs.existsSync(bundle)) {
    process.stderr.write('keten: the command is not built yet. Run `npm run build` in the Keten repository.\n');
    process.exit(2);
}
// A code cache for the bundle: a cold start then skips compiling ~1.4 MB of JavaScript. Node 22
// has one built in (module.enableCompileCache); on Node 20 the v8-compile-cache package keeps it
// in the system's temporary folder. Optional: without it the command works the same.
if (!process.env.KETEN_NO_COMPILE_CACHE) {
    const nodeModule = require('node:module');
    if (typeof nodeModule.enableCompileCache === 'function') {
        try {
            nodeModule.enableCompileCache();
        } catch {
            // no writable cache folder: start without the cache
        }
    } else {
        try {
            require('v8-compile-cache');
        } catch {
            // not installed: start without the cache
        }
    }
}
require(bundle);
