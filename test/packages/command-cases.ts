/**
 * What the installed `keten` must do in a folder that holds nothing but the package and some
 * agreements: one case per use, grouped by command. To cover a new command, add its cases here;
 * installed-packages.test.ts fails while a command that `keten --help` lists has no case.
 *
 * Each case runs in its own copy of the folder, laid out as:
 *   agreements/  the sound examples of this repository (six files, cross-file references)
 *   gaps/        the flawed example (errors and warnings)
 *   data/        two measurement files (CSV, one `,` and one Excel `;` file)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from '../support/run-keten.js';

export interface KetenResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

export interface CommandCase {
    /** The `keten` command the case is about (the first argument), for the coverage check. */
    readonly command: string;
    /** What the case shows, as the test's title. */
    readonly title: string;
    readonly args: readonly string[];
    readonly stdin?: string;
    readonly exitCode: number;
    /**
     * A command that serves until stopped (`keten playground`): it runs until it prints its
     * address, `path` is fetched from there and its text checked, then it gets Ctrl-C (SIGINT).
     */
    readonly serves?: { readonly path: string; readonly body: RegExp };
    /** Further checks on the output and on the folder after the run. */
    readonly check?: (result: KetenResult, folder: string) => void;
}

const DATA = ['data/metingen-jeugd-riec.csv', 'data/metingen-vth-vroeg-excel.csv'];
const read = (folder: string, file: string) => fs.readFileSync(path.join(folder, file), 'utf8');

export const COMMAND_CASES: readonly CommandCase[] = [
    {
        command: '--version', title: 'prints the version of the package', args: ['--version'], exitCode: 0,
        check: result => expect(result.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version)
    },
    {
        command: 'validate', title: 'finds no problem in the sound agreements', args: ['validate', 'agreements'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/6 files checked, no problems/)
    },
    {
        command: 'validate', title: 'reports the gaps of the flawed agreement with rule ids and exit 1', args: ['validate', 'gaps'], exitCode: 1,
        check: result => {
            expect(result.stdout).toMatch(/missing-mandate/);
            expect(result.stdout).toMatch(/no-single-steering/);
        }
    },
    {
        command: 'validate', title: 'writes SARIF and JUnit reports in one run', args: ['validate', 'gaps', '-f', 'sarif', '-o', 'keten.sarif', '-f', 'junit', '-o', 'keten-junit.xml'], exitCode: 1,
        check: (_result, folder) => {
            expect(JSON.parse(read(folder, 'keten.sarif')).version).toBe('2.1.0');
            expect(read(folder, 'keten-junit.xml')).toMatch(/<testsuites/);
        }
    },
    {
        command: 'validate', title: 'checks a document from standard input against the files around it',
        args: ['validate', '--stdin', '--stdin-filename', 'agreements/jeugdhulp.keten'], stdin: '<jeugdhulp>', exitCode: 0
    },
    {
        command: 'validate', title: 'speaks Dutch', args: ['validate', 'gaps', '--locale', 'nl'], exitCode: 1,
        check: result => expect(result.stdout).toMatch(/problemen|fouten/)
    },
    {
        command: 'report', title: 'writes the HTML effect report', args: ['report', 'agreements', '--data', ...DATA, '--as-of', '2026-09-30', '-o', 'report.html'], exitCode: 0,
        check: (_result, folder) => expect(read(folder, 'report.html')).toMatch(/^<!DOCTYPE html>[\s\S]*<svg/i)
    },
    {
        command: 'report', title: 'prints the report as Markdown and JSON', args: ['report', 'agreements', '--data', ...DATA, '--as-of', '2026-09-30', '--format', 'md'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/^# Effect report — as of 2026-09-30/)
    },
    {
        command: 'format', title: 'finds the sound agreements in the canonical layout', args: ['format', '--check', 'agreements'], exitCode: 0
    },
    {
        command: 'format', title: 'rewrites a file into the canonical layout', args: ['format', 'messy.keten'], exitCode: 0,
        check: (_result, folder) => expect(read(folder, 'messy.keten')).toBe('party Gemeente "Gemeente" {\n  type municipality\n}\n')
    },
    {
        command: 'graph', title: 'draws the chain in Mermaid', args: ['graph', 'agreements'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/^flowchart LR/)
    },
    {
        command: 'graph', title: 'draws the chain in Graphviz DOT', args: ['graph', 'agreements', '--format', 'dot'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/^digraph keten \{/)
    },
    {
        command: 'register', title: 'lists the mandate register as CSV', args: ['register', 'agreements', '--format', 'csv'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/^agreement,name,title,from,to,/)
    },
    {
        command: 'rules', title: 'lists every rule', args: ['rules'], exitCode: 0,
        check: result => {
            expect(result.stdout).toMatch(/missing-mandate/);
            expect(result.stdout).toMatch(/unused-suppression/);
        }
    },
    {
        command: 'init', title: 'writes a starter agreement that validates', args: ['init', 'new-chain'], exitCode: 0,
        check: (_result, folder) => {
            const written = fs.readdirSync(path.join(folder, 'new-chain'));
            expect(written).toEqual(expect.arrayContaining(['keten.config.json']));
            expect(written.some(file => file.endsWith('.keten'))).toBe(true);
        }
    },
    {
        command: 'help', title: 'shows the help of a command', args: ['help', 'validate'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/--max-warnings/)
    },
    {
        command: 'playground', title: 'serves the browser playground on a free port and stops on Ctrl-C', args: ['playground', '--port', '0'], exitCode: 0,
        serves: { path: '/', body: /<html[\s\S]*assets\// },
        check: result => expect(result.stdout).toMatch(/Keten playground stopped\./)
    },
    // Commands of CLI.md that are being built; their cases run once `keten --help` lists them.
    {
        command: 'document', title: 'writes the covenant text as Markdown', args: ['document', 'agreements', '--agreement', 'JeugdhulpNoord', '-f', 'md'], exitCode: 0,
        check: result => expect(result.stdout).toMatch(/Jeugdhulp/)
    },
    {
        // The PDF and Word renderers are bundles of their own beside dist/keten.cjs (scripts/cli-lazy-bundles.mjs).
        command: 'document', title: 'writes the covenant as PDF from the bundle the package carries for it',
        args: ['document', 'agreements', '--agreement', 'JeugdhulpNoord', '-f', 'pdf', '-o', 'covenant.pdf'], exitCode: 0,
        check: (_result, folder) => expect(fs.readFileSync(path.join(folder, 'covenant.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    },
    {
        command: 'document', title: 'writes the covenant as a Word document from the bundle the package carries for it',
        args: ['document', 'agreements', '--agreement', 'JeugdhulpNoord', '-f', 'docx', '-o', 'covenant.docx'], exitCode: 0,
        check: (_result, folder) => expect(fs.readFileSync(path.join(folder, 'covenant.docx')).subarray(0, 2).toString('latin1')).toBe('PK')
    },
    {
        command: 'diff', title: 'compares two versions of an agreement', args: ['diff', 'agreements/jeugdhulp.keten', 'agreements/jeugdhulp.keten', '-f', 'json'], exitCode: 0
    },
    {
        command: 'whatif', title: 'shows what breaks when a party leaves', args: ['whatif', 'agreements', '--without', 'JBG'], exitCode: 1
    }
];

/** Files every case starts from; `<name>` in a case's stdin is replaced by agreements/name.keten. */
export function caseFiles(examples: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const file of fs.readdirSync(examples)) {
        if (file.endsWith('.keten')) files[`agreements/${file}`] = fs.readFileSync(path.join(examples, file), 'utf8');
    }
    for (const file of fs.readdirSync(path.join(examples, 'gaps'))) {
        if (file.endsWith('.keten')) files[`gaps/${file}`] = fs.readFileSync(path.join(examples, 'gaps', file), 'utf8');
    }
    for (const file of DATA) files[file] = fs.readFileSync(path.join(examples, file), 'utf8');
    files['messy.keten'] = 'party   Gemeente "Gemeente" {   type municipality }';
    return files;
}

export function stdinOf(testCase: CommandCase, folder: string): string | undefined {
    return testCase.stdin?.replace(/^<([\w-]+)>$/, (_all, name: string) => read(folder, `agreements/${name}.keten`));
}
