/**
 * The whole workspace is checked at start-up: every `.keten` file under the workspace folders
 * is validated and its findings published, not only the files that are open (EDITOR.md).
 * Langium loads every file but by default validates only on change.
 *
 * Which files count is the host's to say: the language server (which can read the disk) sets
 * `includesFile` to the `include`/`exclude` of each file's `keten.config.json`, so the editor
 * checks the files `keten validate` of the folder checks (CLI.md). A file changed on disk is
 * loaded only when it counts too; a file opened in the editor is always checked, as a file
 * named on the command line is. And `initialize` params that are not what LSP says (a
 * `workspaceFolders` that is not a list) are read as no folders, never a failed start.
 */
import { DefaultWorkspaceManager, URI, UriUtils, type FileSystemNode, type LangiumSharedCoreServices } from 'langium';
import { Emitter, type Event, type InitializeParams, type WorkspaceFolder, type WorkspaceFoldersChangeEvent } from 'vscode-languageserver';

export class KetenWorkspaceManager extends DefaultWorkspaceManager {
    /** Whether a `.keten` file found in a workspace folder is checked; set by the host. */
    includesFile: (uri: URI) => boolean = () => true;
    private readonly foldersChanged = new Emitter<readonly WorkspaceFolder[]>();
    /** The workspace folders after a folder was added or removed while the server runs (`changeFolders`). */
    readonly onDidChangeFolders: Event<readonly WorkspaceFolder[]> = this.foldersChanged.event;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.initialBuildOptions = { validation: true };
    }

    override initialize(params: InitializeParams): void {
        super.initialize({ ...params, workspaceFolders: workspaceFoldersOf(params.workspaceFolders) });
    }

    /**
     * A folder added to the workspace or removed from it while the server runs (LSP
     * `workspace/didChangeWorkspaceFolders`): the folders are updated and whoever follows them
     * is told (the files of the workspace, the configuration, the measurement files).
     */
    changeFolders(event: WorkspaceFoldersChangeEvent): void {
        const removed = new Set((workspaceFoldersOf(event.removed) ?? []).map(folder => folder.uri));
        const kept = (this.folders ?? []).filter(folder => !removed.has(folder.uri));
        const added = (workspaceFoldersOf(event.added) ?? []).filter(folder => !kept.some(each => each.uri === folder.uri));
        if (added.length === 0 && kept.length === (this.folders ?? []).length) return;
        this.folders = [...kept, ...added];
        this.foldersChanged.fire(this.folders);
    }

    /** The folders `keten validate` walks: all but dot-folders and `node_modules` (Langium also skips `out`). */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        const name = UriUtils.basename(entry.uri);
        if (name.startsWith('.')) return false;
        if (entry.isDirectory) return name !== 'node_modules';
        return entry.isFile && this.serviceRegistry.hasServices(entry.uri) && this.includesFile(entry.uri);
    }

    /**
     * Whether the file is one the workspace loads from disk (`shouldIncludeEntry` on the way
     * from a workspace folder to it): it exists, lies in a workspace folder but not in a
     * dot-folder or `node_modules`, and counts (`includesFile`). A document closed in the
     * editor stays in the workspace only then (keten-document-update-handler.ts).
     */
    loadsFromDisk(uri: URI): boolean {
        const folder = (this.workspaceFolders ?? []).map(each => URI.parse(each.uri)).find(each => UriUtils.contains(each, uri));
        if (!folder) return false;
        const segments = UriUtils.relative(folder, uri).split('/');
        const last = segments.length - 1;
        if (segments.some((segment, index) => segment.startsWith('.') || (index < last && segment === 'node_modules'))) return false;
        return this.serviceRegistry.hasServices(uri) && this.includesFile(uri) && this.existsOnDisk(uri);
    }

    private existsOnDisk(uri: URI): boolean {
        try {
            return this.fileSystemProvider.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}

/** The folders LSP describes (`{ uri, name }`), of whatever a client sent; anything but a list is none (null). */
export function workspaceFoldersOf(folders: unknown): WorkspaceFolder[] | null {
    if (!Array.isArray(folders)) return null;
    return folders.filter((folder): folder is WorkspaceFolder => typeof folder === 'object' && folder !== null && typeof (folder as WorkspaceFolder).uri === 'string')
        .map(folder => ({ uri: folder.uri, name: typeof folder.name === 'string' ? folder.name : folder.uri }));
}
