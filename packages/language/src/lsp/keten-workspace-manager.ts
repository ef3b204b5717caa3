/**
 * The whole workspace is checked at start-up: every `.keten` file under the workspace folders
 * is validated and its findings published, not only the files that are open (EDITOR.md).
 * Langium loads every file but by default validates only on change.
 */
import { DefaultWorkspaceManager, type LangiumSharedCoreServices } from 'langium';

export class KetenWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.initialBuildOptions = { validation: true };
    }
}
