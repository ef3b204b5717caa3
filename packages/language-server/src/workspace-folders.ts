/**
 * Workspace folders added or removed while the server runs (a multi-root workspace in VS Code:
 * "Add Folder to Workspace…", "Remove Folder from Workspace"). Once the client has said it
 * knows workspace folders, the server asks to be told of their changes
 * (`workspace/didChangeWorkspaceFolders`, registered dynamically) and hands each change to the
 * workspace manager, which tells whoever follows the folders: the files of the workspace and
 * the configuration (editor-settings.ts), the measurement files (report-requests.ts).
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { KetenWorkspaceManager } from '@keten/language';

export function followWorkspaceFolders(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    const workspace = shared.workspace.WorkspaceManager;
    if (!connection || !(workspace instanceof KetenWorkspaceManager)) return;
    let clientKnowsFolders = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        clientKnowsFolders = params.capabilities?.workspace?.workspaceFolders === true;
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        if (!clientKnowsFolders) return;
        connection.workspace.onDidChangeWorkspaceFolders(event => workspace.changeFolders(event));
    });
}
