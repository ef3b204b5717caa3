/**
 * What the page does first, before Monaco is even parsed: choose the interface language and
 * the workspace to open (a shared link, else the draft of the last visit, else the first
 * example), start the language server in its worker and hand it the files. The checker then
 * starts up beside the editor instead of after it (assets/boot.js runs this; the page's main
 * bundle finds the same module).
 */
// First of all: the worker's script is fetched and compiled while the rest is evaluated.
import './language-client/language-server-worker.js';
import buildData from 'keten-playground:build-data';
import { isInterfaceLocale, playgroundMessagesFor, type InterfaceLocale } from '../messages/catalogue.js';
import { uriOfFile } from '../protocol/playground-protocol.js';
import { KetenLanguageClient } from './language-client/keten-language-client.js';
import { DraftStorage } from './workspace/draft-storage.js';
import { CHECKED_FILE_LIMIT } from './workspace/checked-file-limit.js';
import { workspaceOfFragment } from './workspace/share-link.js';
import { isRefusal, type Refusal, type WorkspaceState } from './workspace/workspace-state.js';

export interface EarlyStart {
    readonly locale: InterfaceLocale;
    readonly initial: WorkspaceState;
    /** What the page says first: the draft is back, a link was opened (the draft set aside), or refused. */
    readonly opening: 'draft-restored' | 'shared-opened' | 'shared-opened-over-draft' | { readonly refused: Refusal } | undefined;
    readonly client: KetenLanguageClient;
}

function firstExample(): WorkspaceState {
    const example = buildData.examples[0];
    return { files: example.files, active: example.files[example.files.length - 1]?.name, measurements: example.measurements };
}

function start(): EarlyStart {
    const drafts = new DraftStorage();
    const stored = drafts.locale;
    const locale: InterfaceLocale = isInterfaceLocale(stored) ? stored : navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
    const draft = drafts.load();
    const shared = workspaceOfFragment(location.hash);
    let initial: WorkspaceState;
    let opening: EarlyStart['opening'];
    if (shared && !isRefusal(shared)) {
        // The link's workspace is opened and the draft set aside; the link leaves the address
        // bar, so a reload shows the draft the link has become.
        if (draft) drafts.setAside(draft);
        initial = shared;
        opening = draft ? 'shared-opened-over-draft' : 'shared-opened';
        history.replaceState(null, '', location.pathname + location.search);
    } else {
        initial = draft ?? firstExample();
        if (shared) {
            opening = { refused: shared };
            history.replaceState(null, '', location.pathname + location.search);
        } else if (draft) {
            opening = 'draft-restored';
        }
    }
    const client = new KetenLanguageClient();
    void client.start(locale);
    for (const file of initial.files) if (file.text.length <= CHECKED_FILE_LIMIT) void client.open(uriOfFile(file.name), 1, file.text);
    return { locale, initial, opening, client };
}

export const early: EarlyStart = start();
export { playgroundMessagesFor };
