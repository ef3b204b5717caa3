/**
 * The code blocks of docs/ci.md, found by the heading they stand under, so the tests run exactly
 * what the page prints.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/run-keten.js';

export const CI_DOC = fs.readFileSync(path.join(REPO_ROOT, 'docs/ci.md'), 'utf8');

export interface CodeBlock {
    readonly language: string;
    readonly text: string;
}

/** The code blocks under the heading `heading` (any level), up to the next heading of that level or higher. */
export function codeBlocksUnder(heading: string, doc = CI_DOC): CodeBlock[] {
    const lines = doc.split('\n');
    const start = lines.findIndex(line => /^#+ /.test(line) && line.replace(/^#+ /, '') === heading);
    if (start < 0) throw new Error(`docs/ci.md has no heading '${heading}'`);
    const level = /^#+/.exec(lines[start])![0].length;
    const blocks: CodeBlock[] = [];
    let block: { language: string; lines: string[] } | undefined;
    for (const line of lines.slice(start + 1)) {
        if (!block && new RegExp(`^#{1,${level}} `).test(line)) break;
        const fence = /^```(\w*)\s*$/.exec(line);
        if (fence && !block) block = { language: fence[1], lines: [] };
        else if (fence && block) { blocks.push({ language: block.language, text: block.lines.join('\n') + '\n' }); block = undefined; }
        else block?.lines.push(line);
    }
    return blocks;
}

export function yamlUnder(heading: string): unknown[] {
    return codeBlocksUnder(heading).filter(block => block.language === 'yaml').map(block => parse(block.text));
}

export interface WorkflowStep {
    readonly name?: string;
    readonly run?: string;
    readonly uses?: string;
    readonly if?: string;
    readonly with?: Record<string, string>;
}

/** The steps of the GitHub Actions workflow on the page (its only job). */
export function githubSteps(): WorkflowStep[] {
    const [workflow] = yamlUnder('GitHub Actions') as Array<{ jobs: Record<string, { steps: WorkflowStep[] }> }>;
    const jobs = Object.values(workflow.jobs);
    if (jobs.length !== 1) throw new Error('docs/ci.md: the GitHub workflow should have one job');
    return jobs[0].steps;
}

export interface GitLabJob {
    readonly script: string[];
    readonly artifacts?: { when?: string; reports?: Record<string, string> };
}

/** The job of the GitLab CI file on the page. */
export function gitlabJob(): GitLabJob {
    const [file] = yamlUnder('GitLab CI') as Array<Record<string, GitLabJob>>;
    const jobs = Object.values(file).filter(value => typeof value === 'object' && value !== null && 'script' in value);
    if (jobs.length !== 1) throw new Error('docs/ci.md: the GitLab file should have one job');
    return jobs[0];
}
