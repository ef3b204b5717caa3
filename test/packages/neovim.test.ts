/**
 * Real Neovim (Debian's `neovim`, headless) with the configuration of docs/editors.md and the
 * language server installed as that page says (`npm install --global` of the packed tarball, into
 * a prefix of its own): opening a flawed agreement, the server's findings arrive as Neovim
 * diagnostics, with rule ids, and `vim.diagnostic.get()` is written to a file for the checks.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-keten.js';
import { codeBlocksUnder } from './ci-docs.js';
import { ensureDebianCommand } from './debian-packages.js';
import { installedKeten } from './packed-packages.js';

const EDITORS_DOC = fs.readFileSync(path.join(REPO_ROOT, 'docs/editors.md'), 'utf8');
const missing = ensureDebianCommand('nvim', ['neovim']);
if (missing) console.warn(`Skipping the Neovim test: ${missing}`);

let scratch: string;
let prefix: string;

beforeAll(() => {
    if (missing) return;
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-neovim-'));
    // `npm install --global ./keten-language-server-….tgz`, into a prefix of its own (shared, see packed-packages.ts).
    prefix = installedKeten('language-server-global', p => [p.server.tarball], { global: true });
}, 300_000);

afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** The Neovim configuration the page says is tested (the one for the Neovim that Debian ships). */
function testedConfiguration(): string {
    const blocks = codeBlocksUnder('Neovim', EDITORS_DOC).filter(block => block.language === 'lua');
    const tested = blocks.find(block => block.text.includes('vim.lsp.start_client'));
    if (!tested) throw new Error('docs/editors.md has no Neovim configuration with vim.lsp.start_client');
    return tested.text;
}

it.skipIf(Boolean(missing))('Neovim shows the findings of the language server, configured as docs/editors.md says', () => {
    const workspace = path.join(scratch, 'convenanten');
    fs.mkdirSync(path.join(workspace, 'agreements'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'keten.config.json'), '{ "rules": { "no-review": "error" } }\n');
    const flawed = path.join(workspace, 'agreements', 'pilot-schuldhulp.keten');
    fs.copyFileSync(path.join(REPO_ROOT, 'examples/gaps/pilot-schuldhulp.keten'), flawed);

    const init = path.join(scratch, 'init.lua');
    fs.writeFileSync(init, testedConfiguration());
    const out = path.join(scratch, 'diagnostics.json');
    // After opening the file: wait (up to a minute, against hangs) for the server's findings,
    // then write them, the buffer's filetype and the attached clients, and quit.
    const harness = path.join(scratch, 'harness.lua');
    fs.writeFileSync(harness, `
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local clients = {}
for _, client in pairs(vim.lsp.buf_get_clients(0)) do table.insert(clients, client.name) end
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, code = d.code or lsp.code, source = d.source })
end
vim.fn.writefile({ vim.fn.json_encode({ waited = ok, filetype = vim.bo.filetype, shiftwidth = vim.bo.shiftwidth, clients = clients, diagnostics = diagnostics }) }, ${JSON.stringify(out)})
vim.cmd('qall!')
`);
    const result = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, '-c', `luafile ${harness}`, flawed], {
        cwd: workspace, encoding: 'utf8', timeout: 120_000,
        env: { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data'), XDG_STATE_HOME: path.join(scratch, 'state') }
    });
    expect(fs.existsSync(out), `Neovim wrote nothing (exit ${result.status}): ${result.stderr}`).toBe(true);
    const seen = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(seen.filetype).toBe('keten');
    expect(seen.shiftwidth).toBe(2);
    expect(seen.clients).toEqual(['keten']);
    expect(seen.waited).toBe(true);
    const codes = (seen.diagnostics as Array<{ code: string }>).map(d => d.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-mandate', 'no-single-steering', 'condition-unowned']));
    // keten.config.json of the workspace is honoured: no-review raised to an error (severity 1).
    const noReview = (seen.diagnostics as Array<{ code: string; severity: number; lnum: number; message: string }>).find(d => d.code === 'no-review');
    expect(noReview?.severity).toBe(1);
    const missingMandate = (seen.diagnostics as Array<{ code: string; lnum: number; message: string }>).find(d => d.code === 'missing-mandate')!;
    expect(missingMandate.lnum).toBe(36); // line 37, zero-based
    expect(missingMandate.message).toMatch(/Commitment 'Regelen' of Schuldhulp decides, but names no mandate/);
}, 180_000);
