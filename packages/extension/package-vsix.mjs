// Packages the built extension into keten-vscode-<version>.vsix with `vsce package`, offline:
// the bundles already hold every dependency (--no-dependencies), and .vscodeignore keeps the
// package to the bundles, grammar, configuration, icon, README and LICENSE.
// Usage (after build.mjs): node package-vsix.mjs [--out PATH]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { version, name } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(here, `${name}-${version}.vsix`);
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');

execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, VSCE_STORE: 'file' }
});
console.log(out);
