/**
 * The floor of `keten validate` (issue 15): Keten's own parser (its lexer with the token pass,
 * its parser with the recovery hooks) over every `.keten` file below a folder, and nothing
 * else — no linking, no index, no rules, no output. `bench/run.ts` bundles this file the way
 * `scripts/build.mjs` bundles the CLI (`bench/dist/bare-parse.cjs`, minified, production
 * parser) and times it as a process, next to `keten validate` of the same folder.
 *
 * Every parse result is kept until the end, as in any checker that links across files (all of
 * a workspace's syntax trees are alive at once); `--discard` drops each one after parsing it,
 * the floor of a checker that never needs two files at once (printed by the bench for comparison).
 *
 *   node bench/dist/bare-parse.cjs DIR [--discard]   prints "<files> files, <characters> characters, <errors> syntax errors"
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createKetenServices, decodeUtf8 } from '@keten/language';
// The files `keten validate DIR` reads, found the same way.
import { walkDirectory } from '../packages/cli/src/workspace/collect-files.js';


const folder = path.resolve(process.argv[2] ?? '.');
const discard = process.argv.includes('--discard');
const kept: unknown[] = [];
const { Keten } = createKetenServices(NodeFileSystem);
const parser = Keten.parser.LangiumParser;
let tokens = 0, errors = 0;
const files = walkDirectory(folder);
for (const file of files) {
    const { text } = decodeUtf8(fs.readFileSync(file));
    const result = parser.parse(text);
    tokens += result.value.$cstNode?.text.length ?? 0;
    errors += result.lexerErrors.length + result.parserErrors.length;
    if (!discard) kept.push(result);
}
process.stdout.write(`${kept.length || files.length} files, ${tokens} characters, ${errors} syntax errors\n`);
