/**
 * The code lens above an effect (EDITOR.md): its status as of today from the measurement files
 * of the `keten.report.data` setting, with the latest value and the target, in the locale's
 * words. The status comes from the report model (`buildReportModel`, the same as
 * `keten report`); nothing is computed here. Clicking it opens the effect report
 * (`keten.showEffectReport`, a command of the VS Code extension; other editors show the title).
 *
 * It lives in the language server, not in the language package, because it needs the report
 * package, which itself depends on the language package.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isDocument, model } from '@keten/language';
import { today, type EditorReports } from './editor-reports.js';

export const SHOW_EFFECT_REPORT_COMMAND = 'keten.showEffectReport';

export class EffectStatusCodeLensProvider implements CodeLensProvider {
    constructor(private readonly reports: EditorReports) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult.value;
        if (!isDocument(root) || !this.reports.measurementFiles.isConfigured) return [];
        const agreements = model.agreementsOf(root);
        if (!agreements.some(agreement => model.effectsOf(agreement).length > 0)) return [];
        const named = this.reports.document(document.uri.toString());
        if (!named) return [];
        const report = this.reports.report([named], today());
        const effects = new Map(report.agreements.flatMap(agreement => agreement.effects).map(effect => [effect.id, effect]));
        const messages = this.reports.messages;
        const lenses: CodeLens[] = [];
        for (const agreement of agreements) {
            for (const effect of model.effectsOf(agreement)) {
                const reported = effects.get(model.effectIdOf(effect));
                const nameNode = effect.$cstNode ? GrammarUtils.findNodeForProperty(effect.$cstNode, 'name') : undefined;
                if (!reported || !nameNode) continue;
                const title = messages.reportEditor.codeLensStatus({
                    status: messages.report.statusLabel[reported.status],
                    // The unit in the message's language (`dagen` → `days`), as the report writes it.
                    unit: reported.unit ? messages.quantities.writtenUnit(reported.unit) : undefined,
                    latest: reported.latest ?? undefined,
                    target: reported.target ?? undefined
                });
                lenses.push({
                    range: nameNode.range,
                    command: { title, command: SHOW_EFFECT_REPORT_COMMAND, arguments: [document.uri.toString()] },
                    data: { effect: reported.id, status: reported.status }
                });
            }
        }
        return lenses;
    }
}
