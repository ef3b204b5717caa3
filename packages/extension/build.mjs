// Builds the extension: the client bundle (dist/extension.cjs, `vscode` external), the
// language server bundle (dist/server.cjs), the TextMate grammar copied from the repository's
// syntaxes/ folder, and the snippet file generated from the language's block snippets.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildLanguageServer } from '../language-server/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

rmSync(join(here, 'dist'), { recursive: true, force: true });

await build({
    entryPoints: [join(here, 'src', 'extension.ts')],
    outfile: join(here, 'dist', 'extension.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning'
});
await buildLanguageServer(join(here, 'dist', 'server.cjs'));

mkdirSync(join(here, 'syntaxes'), { recursive: true });
copyFileSync(join(root, 'syntaxes', 'keten.tmLanguage.json'), join(here, 'syntaxes', 'keten.tmLanguage.json'));

// The snippets of every block in both languages, from the same list completion uses.
const snippetModule = join(here, 'dist', 'block-snippets.mjs');
await build({
    entryPoints: [join(root, 'packages', 'language', 'src', 'lsp', 'block-snippets.ts')],
    outfile: snippetModule,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning'
});
const { BLOCK_SNIPPETS } = await import(pathToFileURL(snippetModule).href);
rmSync(snippetModule);
const snippets = {};
for (const snippet of BLOCK_SNIPPETS) {
    const language = snippet.language === 'nl' ? 'Nederlands' : 'English';
    snippets[`${snippet.keyword} (${language})`] = {
        prefix: snippet.keyword,
        body: snippet.lines,
        description: `${snippet.block} block with every field (${language})`
    };
}
mkdirSync(join(here, 'snippets'), { recursive: true });
writeFileSync(join(here, 'snippets', 'keten.json'), JSON.stringify(snippets, null, 2) + '\n');
