/**
 * The draft in the browser's local storage, so a reload or a visit next week finds the work as
 * it was left. Kept per origin; a workspace too large for the storage is reported, not lost
 * silently (the page keeps it until it is closed). Before a shared link or an example replaces
 * the draft, the draft is set aside under its own key and can be brought back.
 */
import { checkedWorkspace, isRefusal, type WorkspaceState } from './workspace-state.js';

const DRAFT_KEY = 'keten-playground/draft/v1';
const SET_ASIDE_KEY = 'keten-playground/set-aside/v1';
const LOCALE_KEY = 'keten-playground/interface-locale';

export class DraftStorage {
    constructor(private readonly storage: Storage | undefined = safeLocalStorage()) {}

    load(): WorkspaceState | undefined {
        return this.read(DRAFT_KEY);
    }

    /** Whether the draft could be kept. */
    save(state: WorkspaceState): boolean {
        return this.write(DRAFT_KEY, state);
    }

    setAside(state: WorkspaceState): boolean {
        return this.write(SET_ASIDE_KEY, state);
    }

    setAsideDraft(): WorkspaceState | undefined {
        return this.read(SET_ASIDE_KEY);
    }

    get locale(): string | undefined {
        return this.storage?.getItem(LOCALE_KEY) ?? undefined;
    }

    set locale(locale: string) {
        try {
            this.storage?.setItem(LOCALE_KEY, locale);
        } catch {
            // a full or blocked storage: the choice lasts until the page is closed
        }
    }

    private read(key: string): WorkspaceState | undefined {
        const text = this.storage?.getItem(key);
        if (!text) return undefined;
        try {
            const state = checkedWorkspace(JSON.parse(text));
            return isRefusal(state) ? undefined : state;
        } catch {
            return undefined;
        }
    }

    private write(key: string, state: WorkspaceState): boolean {
        if (!this.storage) return false;
        try {
            this.storage.setItem(key, JSON.stringify(state));
            return true;
        } catch {
            return false;
        }
    }
}

function safeLocalStorage(): Storage | undefined {
    try {
        return globalThis.localStorage;
    } catch {
        // storage switched off for this site
        return undefined;
    }
}
