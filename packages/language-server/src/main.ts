/**
 * The Keten language server: every editor feature of the language over LSP. Started as
 * `keten-language-server --stdio` (or `--node-ipc`, `--socket=PORT`) by any LSP client; the
 * VS Code extension starts the same bundle over IPC.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createKetenServices } from '@keten/language';
import { followEditorSettings } from './editor-settings.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Keten } = createKetenServices({ connection, ...NodeFileSystem });
followEditorSettings(shared, Keten);
startLanguageServer(shared);
