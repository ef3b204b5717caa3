/**
 * Monaco as the playground uses it: the editor core and only the features Keten's language
 * server feeds (docs/playground.md has the sizes): completion, hover, quick fixes, formatting,
 * rename, go to definition and references, semantic colouring, folding, inlay hints, code
 * lenses, find, comments. No language of Monaco's own is loaded.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/features/referenceSearch/register';
import 'monaco-editor/features/semanticTokens/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/inlayHints/register';
import 'monaco-editor/features/codelens/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/codicon/register';
// Parts that no feature entry of Monaco 0.57 brings in (its full bundle, editor.main, imports them one by one):
// the completion list, Go to Definition / Peek, and semantic tokens for the whole document.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens';

import { startWorker } from '../trusted-script-urls.js';

export { monaco };

// Monaco's own worker (diffs for minimal formatting edits and the like) is a file beside this
// one, started only when the editor needs it.
(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
    getWorker: () => startWorker(new URL('./editor-worker.js', import.meta.url), 'monaco-editor-worker')
};
