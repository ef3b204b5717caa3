/**
 * Editor services of the language (hover, completion, code actions, formatter, semantic
 * tokens, …). Injected by `createKetenServices`; the CLI uses only the formatter.
 */
import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { KetenServices } from '../keten-module.js';
import { KetenFormatter } from '../formatting/keten-formatter.js';

export const KetenLspModule: Module<KetenServices, PartialLangiumServices> = {
    lsp: {
        Formatter: () => new KetenFormatter()
    }
};
