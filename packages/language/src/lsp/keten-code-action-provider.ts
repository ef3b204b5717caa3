/**
 * Code actions: the quick fixes of RULES.md for the diagnostics in the request, found by the
 * rule id each diagnostic carries as its `code`. Fixes for `*` apply to every rule (the
 * "suppress on this line" fix, quick-fixes/suppress-on-line.ts).
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CancellationToken, CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import { QUICK_FIXES } from './quick-fixes/index.js';
import { createQuickFixContext, type QuickFix } from './quick-fixes/quick-fix.js';

export class KetenCodeActionProvider implements CodeActionProvider {
    protected readonly services: KetenServices;
    protected readonly fixes: readonly QuickFix[];

    constructor(services: KetenServices, fixes: readonly QuickFix[] = QUICK_FIXES) {
        this.services = services;
        this.fixes = fixes;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams, _cancelToken?: CancellationToken): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const rule = typeof diagnostic.code === 'string' ? diagnostic.code : (diagnostic.data as { code?: string } | undefined)?.code;
            if (!rule) continue;
            const context = createQuickFixContext(this.services, document, diagnostic);
            for (const fix of this.fixes) {
                if (fix.rule !== rule && fix.rule !== '*') continue;
                try {
                    actions.push(...fix.fixes(context));
                } catch (error) {
                    // A fix must not break the light bulb for the other diagnostics.
                    if (process.env.KETEN_DEBUG === '1') console.error(`quick fix for ${rule} failed:`, error);
                }
            }
        }
        return actions;
    }
}
