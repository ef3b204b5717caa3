/**
 * Monaco's language features answered by the Keten language server: each provider turns
 * Monaco's question into the LSP request and the answer back into Monaco's types
 * (monaco-languageserver-types does the conversions). Markdown from the server is shown as
 * untrusted (no HTML, no command links).
 */
import type * as lsp from 'vscode-languageserver-protocol/browser.js';
import {
    fromFormattingOptions, fromPosition, fromRange, toCodeAction, toCodeLens, toCompletionList, toDocumentHighlight,
    toFoldingRange, toHover, toInlayHint, toLocation, toRange, toTextEdit, toWorkspaceEdit
} from 'monaco-languageserver-types';
import { monaco } from '../editor/monaco.js';
import { KETEN_LANGUAGE_ID } from '../editor/keten-language.js';
import type { KetenLanguageClient } from './keten-language-client.js';

type Refresh = 'codeLens' | 'semanticTokens' | 'inlayHint';

export interface MonacoFeatures {
    refresh(kind: Refresh): void;
    /** Applies an LSP workspace edit to the open models (a quick fix chosen outside Monaco's menu, a server command). */
    applyWorkspaceEdit(edit: lsp.WorkspaceEdit): boolean;
    /** The quick fixes for one diagnostic (the problems list offers them too). */
    quickFixesFor(uri: string, diagnostic: lsp.Diagnostic): Promise<lsp.CodeAction[]>;
}

// The conversion library is typed against an older copy of Monaco's types; the shapes agree.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = any;

const textDocument = (model: monaco.editor.ITextModel) => ({ uri: model.uri.toString() });

/** Monaco's own URI for every resource of a converted workspace edit (the library makes vscode-uri ones). */
function toMonacoWorkspaceEdit(edit: lsp.WorkspaceEdit): monaco.languages.WorkspaceEdit {
    const converted = toWorkspaceEdit(edit) as Loose as monaco.languages.WorkspaceEdit;
    return {
        edits: converted.edits.map(item => ('resource' in item && item.resource
            ? { ...item, resource: monaco.Uri.parse(String(item.resource)) }
            : item)) as monaco.languages.WorkspaceEdit['edits']
    };
}

export function registerMonacoFeatures(client: KetenLanguageClient): MonacoFeatures {
    // Every provider asks about one document; a model the server does not have (a file too
    // large to check) gets no answer instead of an error.
    const connection = {
        sendRequest<R>(method: string, params: { readonly textDocument: { readonly uri: string }; readonly [key: string]: unknown }): Promise<R | null> {
            if (!client.isOpen(params.textDocument.uri)) return Promise.resolve(null);
            return client.connection.sendRequest<R>(method, params);
        }
    };
    const capabilities = client.capabilities;
    const codeLensChanged = new monaco.Emitter<monaco.languages.CodeLensProvider>();
    const tokensChanged = new monaco.Emitter<void>();
    const hintsChanged = new monaco.Emitter<void>();
    const language = KETEN_LANGUAGE_ID;

    monaco.languages.registerCompletionItemProvider(language, {
        triggerCharacters: capabilities.completionProvider?.triggerCharacters ?? ['.'],
        async provideCompletionItems(model, position, context) {
            const result = await connection.sendRequest<lsp.CompletionList | lsp.CompletionItem[] | null>('textDocument/completion', {
                textDocument: textDocument(model),
                position: fromPosition(position),
                context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter }
            });
            if (!result) return { suggestions: [] };
            const word = model.getWordUntilPosition(position);
            const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
            const list = Array.isArray(result) ? { isIncomplete: false, items: result } : result;
            return toCompletionList(list, { range }) as Loose;
        }
    });

    monaco.languages.registerHoverProvider(language, {
        async provideHover(model, position) {
            const hover = await connection.sendRequest<lsp.Hover | null>('textDocument/hover', { textDocument: textDocument(model), position: fromPosition(position) });
            return hover ? (toHover(hover) as Loose) : null;
        }
    });

    const locations = (result: lsp.Location | lsp.Location[] | lsp.LocationLink[] | null): monaco.languages.Location[] => {
        if (!result) return [];
        const items = Array.isArray(result) ? result : [result];
        return items.map(item => ('targetUri' in item
            ? { uri: monaco.Uri.parse(item.targetUri), range: toRange(item.targetSelectionRange ?? item.targetRange) as Loose }
            : { ...(toLocation(item) as Loose), uri: monaco.Uri.parse(item.uri) }));
    };

    monaco.languages.registerDefinitionProvider(language, {
        async provideDefinition(model, position) {
            return locations(await connection.sendRequest('textDocument/definition', { textDocument: textDocument(model), position: fromPosition(position) }));
        }
    });

    monaco.languages.registerReferenceProvider(language, {
        async provideReferences(model, position, context) {
            return locations(await connection.sendRequest('textDocument/references', {
                textDocument: textDocument(model), position: fromPosition(position), context: { includeDeclaration: context.includeDeclaration }
            }));
        }
    });

    monaco.languages.registerDocumentHighlightProvider(language, {
        async provideDocumentHighlights(model, position) {
            const result = await connection.sendRequest<lsp.DocumentHighlight[] | null>('textDocument/documentHighlight', { textDocument: textDocument(model), position: fromPosition(position) });
            return (result ?? []).map(item => toDocumentHighlight(item) as Loose);
        }
    });

    monaco.languages.registerRenameProvider(language, {
        async provideRenameEdits(model, position, newName) {
            const edit = await connection.sendRequest<lsp.WorkspaceEdit | null>('textDocument/rename', { textDocument: textDocument(model), position: fromPosition(position), newName });
            return edit ? toMonacoWorkspaceEdit(edit) : { edits: [] };
        },
        async resolveRenameLocation(model, position) {
            const result = await connection.sendRequest<lsp.Range | { range: lsp.Range; placeholder: string } | { defaultBehavior: boolean } | null>(
                'textDocument/prepareRename', { textDocument: textDocument(model), position: fromPosition(position) });
            if (!result) return { range: new monaco.Range(1, 1, 1, 1), text: '', rejectReason: '—' };
            if ('defaultBehavior' in result) {
                const word = model.getWordAtPosition(position);
                return word ? { range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn), text: word.word } : { range: new monaco.Range(1, 1, 1, 1), text: '', rejectReason: '—' };
            }
            const range = 'start' in result ? result : result.range;
            return { range: toRange(range) as Loose, text: 'placeholder' in result ? result.placeholder : model.getValueInRange(toRange(range) as Loose) };
        }
    });

    const quickFixesFor = async (uri: string, range: lsp.Range, diagnostics: lsp.Diagnostic[]): Promise<Array<lsp.CodeAction | lsp.Command>> =>
        (await connection.sendRequest<Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
            textDocument: { uri }, range, context: { diagnostics, triggerKind: 1 }
        })) ?? [];

    monaco.languages.registerCodeActionProvider(language, {
        async provideCodeActions(model, range) {
            const uri = model.uri.toString();
            const wanted = fromRange(range);
            // The diagnostics as the server sent them (with their `data`), not Monaco's markers.
            const diagnostics = client.diagnosticsOf(uri).filter(d => overlaps(d.range, wanted));
            const actions = (await quickFixesFor(uri, wanted, [...diagnostics])).filter((a): a is lsp.CodeAction => 'edit' in a || 'kind' in a);
            return {
                actions: actions.map(action => ({ ...(toCodeAction({ ...action, edit: undefined }) as Loose), edit: action.edit ? toMonacoWorkspaceEdit(action.edit) : undefined })),
                dispose: () => undefined
            };
        }
    }, { providedCodeActionKinds: ['quickfix'] });

    monaco.languages.registerDocumentFormattingEditProvider(language, {
        async provideDocumentFormattingEdits(model, options) {
            const edits = await connection.sendRequest<lsp.TextEdit[] | null>('textDocument/formatting', { textDocument: textDocument(model), options: fromFormattingOptions(options) });
            return (edits ?? []).map(edit => toTextEdit(edit) as Loose);
        }
    });

    monaco.languages.registerFoldingRangeProvider(language, {
        async provideFoldingRanges(model) {
            const ranges = await connection.sendRequest<lsp.FoldingRange[] | null>('textDocument/foldingRange', { textDocument: textDocument(model) });
            return (ranges ?? []).map(range => toFoldingRange(range) as Loose);
        }
    });

    if (capabilities.inlayHintProvider) {
        monaco.languages.registerInlayHintsProvider(language, {
            onDidChangeInlayHints: hintsChanged.event,
            async provideInlayHints(model, range) {
                const hints = await connection.sendRequest<lsp.InlayHint[] | null>('textDocument/inlayHint', { textDocument: textDocument(model), range: fromRange(range) });
                return { hints: (hints ?? []).map(hint => toInlayHint(hint) as Loose), dispose: () => undefined };
            }
        });
    }

    let codeLensProvider: monaco.languages.CodeLensProvider | undefined;
    if (capabilities.codeLensProvider) {
        const provider: monaco.languages.CodeLensProvider = {
            onDidChange: codeLensChanged.event,
            async provideCodeLenses(model) {
                const lenses = await connection.sendRequest<lsp.CodeLens[] | null>('textDocument/codeLens', { textDocument: textDocument(model) });
                return {
                    // A lens is shown as text: the playground runs none of the server's editor commands.
                    lenses: (lenses ?? []).map(lens => {
                        const converted = toCodeLens(lens) as monaco.languages.CodeLens;
                        return { ...converted, command: converted.command ? { id: '', title: converted.command.title, tooltip: converted.command.tooltip } : undefined };
                    }),
                    dispose: () => undefined
                };
            }
        };
        monaco.languages.registerCodeLensProvider(language, provider);
        codeLensProvider = provider;
    }

    const legend = capabilities.semanticTokensProvider?.legend;
    if (legend) {
        monaco.languages.registerDocumentSemanticTokensProvider(language, {
            onDidChange: tokensChanged.event,
            getLegend: () => legend,
            async provideDocumentSemanticTokens(model) {
                const tokens = await connection.sendRequest<lsp.SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: textDocument(model) });
                return tokens ? { resultId: tokens.resultId, data: Uint32Array.from(tokens.data) } : null;
            },
            releaseDocumentSemanticTokens: () => undefined
        });
    }

    const applyWorkspaceEdit = (edit: lsp.WorkspaceEdit): boolean => {
        const byUri = new Map<string, lsp.TextEdit[]>();
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
        for (const change of edit.documentChanges ?? []) {
            if (!('textDocument' in change)) return false;
            byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits.filter((e): e is lsp.TextEdit => 'range' in e)]);
        }
        for (const [uri, edits] of byUri) {
            const model = monaco.editor.getModel(monaco.Uri.parse(uri));
            if (!model) return false;
            model.pushStackElement();
            model.pushEditOperations([], edits.map(e => ({ range: toRange(e.range) as Loose, text: e.newText })), () => null);
            model.pushStackElement();
        }
        return true;
    };

    return {
        refresh(kind) {
            if (kind === 'codeLens' && codeLensProvider) codeLensChanged.fire(codeLensProvider);
            if (kind === 'semanticTokens') tokensChanged.fire();
            if (kind === 'inlayHint') hintsChanged.fire();
        },
        applyWorkspaceEdit,
        async quickFixesFor(uri, diagnostic) {
            const actions = await quickFixesFor(uri, diagnostic.range, [diagnostic]);
            return actions.filter((a): a is lsp.CodeAction => 'edit' in a && a.edit !== undefined);
        }
    };
}

function overlaps(a: lsp.Range, b: lsp.Range): boolean {
    const before = (p: lsp.Position, q: lsp.Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}
