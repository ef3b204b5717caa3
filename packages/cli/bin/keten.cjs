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
if (process.env.KETEN_NO_COMPILE_CACHE) {
    require(bundle);
} else {
    runWithCodeCache(bundle);
}

/**
 * Runs the bundle as `require` would, with V8's code cache for it (docs/performance.md,
 * "Code cache"). The cache is written after the first run, when the functions that run used are
 * compiled too — a cache made right after compiling (what Node's own and v8-compile-cache keep)
 * holds little more than the top level, and a cold `keten validate` of one file then compiles
 * the parser's functions again every time. The cache lives in the system's temporary folder,
 * one file per Node.js/V8 version and bundle (size and modification time); V8 checks it again
 * and rejects one that does not fit, which is then written anew. Any failure (no temporary
 * folder, a full disk, a broken file) only means a start without the cache.
 */
function runWithCodeCache(file) {
    const vm = require('node:vm');
    const Module = require('node:module');
    let cacheFile;
    let cachedData;
    try {
        const stat = fs.statSync(file);
        const key = [process.version, process.arch, process.versions.v8, stat.size, stat.mtimeMs, file].join('\n');
        const digest = require('node:crypto').createHash('sha256').update(key).digest('hex').slice(0, 16);
        const user = typeof process.getuid === 'function' ? process.getuid() : 'user';
        cacheFile = path.join(require('node:os').tmpdir(), `keten-code-cache-${user}`, `${digest}.bin`);
        cachedData = fs.readFileSync(cacheFile);
    } catch {
        // no cache yet (or no temporary folder): compiled from source
    }
    const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
    if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
        process.once('exit', () => writeCodeCache(cacheFile, script));
    }
    const bundleModule = new Module(file, module);
    bundleModule.filename = file;
    bundleModule.paths = Module._nodeModulePaths(path.dirname(file));
    bundleModule.loaded = true;
    script.runInThisContext({ displayErrors: true })
        .call(bundleModule.exports, bundleModule.exports, Module.createRequire(file), bundleModule, file, path.dirname(file));
}

function writeCodeCache(cacheFile, script) {
    try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, cacheFile);
    } catch {
        // the next start compiles from source again
    }
    pruneCodeCaches(path.dirname(cacheFile), cacheFile);
}

/**
 * Every new version of Keten (and every build of it) has a cache of its own, about 2.5 MB; the
 * folder keeps the most recently used few and drops the rest, with what a run that failed to
 * write left behind. Only done when a cache is written (a first run), never on a normal start.
 */
const CODE_CACHES_KEPT = 8;

function pruneCodeCaches(folder, kept) {
    try {
        const now = Date.now();
        const caches = [];
        for (const name of fs.readdirSync(folder)) {
            const file = path.join(folder, name);
            const stat = fs.statSync(file);
            if (name.endsWith('.tmp') && now - stat.mtimeMs > 60_000) fs.rmSync(file, { force: true });
            else if (name.endsWith('.bin') && file !== kept) caches.push({ file, used: Math.max(stat.mtimeMs, stat.atimeMs) });
        }
        caches.sort((a, b) => b.used - a.used);
        for (const { file } of caches.slice(CODE_CACHES_KEPT - 1)) fs.rmSync(file, { force: true });
    } catch {
        // another run pruning at the same time, or a folder that cannot be read: left as it is
    }
}
