/**
 * The output formats of `keten validate --format`. Each renderer only formats a
 * `ValidationResult`; none computes findings.
 */
import type { ValidationResult } from '../findings.js';
import { renderJson } from './json.js';
import { renderStylish } from './stylish.js';

export interface RenderOptions {
    readonly color: boolean;
    readonly toolVersion: string;
}

export type Renderer = (result: ValidationResult, options: RenderOptions) => string;

export const OUTPUT_FORMATS: Record<string, Renderer> = {
    stylish: (result, options) => renderStylish(result, options),
    json: result => renderJson(result)
};

export function formatNames(): string[] {
    return Object.keys(OUTPUT_FORMATS);
}
