/**
 * The output formats of `keten validate --format`. Each renderer only formats a
 * `ValidationResult`; none computes findings.
 */
import type { Locale } from '@keten/language';
import type { ValidationResult } from '../findings.js';
import { renderJson } from './json.js';
import { renderStylish } from './stylish.js';
import { renderSarif } from './sarif.js';
import { renderGithub } from './github.js';
import { renderGitlab } from './gitlab.js';
import { renderJunit } from './junit.js';

export interface RenderOptions {
    readonly color: boolean;
    readonly toolVersion: string;
    /** The folder paths are relative to (SARIF's `%SRCROOT%`). */
    readonly cwd?: string;
    /** The language of the words around the findings (stylish) and of the rules' descriptions (sarif); default English. */
    readonly locale?: Locale;
}

export type Renderer = (result: ValidationResult, options: RenderOptions) => string;

export const OUTPUT_FORMATS: Record<string, Renderer> = {
    stylish: (result, options) => renderStylish(result, options),
    json: result => renderJson(result),
    sarif: (result, options) => renderSarif(result, options),
    github: result => renderGithub(result),
    gitlab: result => renderGitlab(result),
    junit: result => renderJunit(result)
};

export function formatNames(): string[] {
    return Object.keys(OUTPUT_FORMATS);
}
