/**
 * `// keten-disable-next-line RULE, … -- reason` and `// keten-disable-file RULE, …`
 * (CLI.md, Suppressions). Not yet implemented: findings pass through unchanged.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KetenSettings } from '../config/keten-settings.js';

export function applySuppressions(_document: LangiumDocument, diagnostics: Diagnostic[], _settings: KetenSettings): Diagnostic[] {
    return diagnostics;
}
