/**
 * A view beside the editor (the effect report, the chain diagram, the measurements, later the
 * covenant text). Each shows what the language server in the worker renders: the same
 * renderers as `keten report`, `keten graph` and the VS Code previews, never a second copy.
 */
import type { ProtocolConnection } from 'vscode-languageserver-protocol/browser.js';
import type { PlaygroundMessages, InterfaceLocale } from '../../messages/catalogue.js';

export interface PanelContext {
    readonly messages: PlaygroundMessages;
    readonly locale: InterfaceLocale;
    readonly connection: ProtocolConnection;
    /** The file in the active tab. */
    readonly file?: { readonly name: string; readonly uri: string };
}

export interface SidePanel {
    readonly id: string;
    readonly root: HTMLElement;
    title(messages: PlaygroundMessages): string;
    /** Whether the panel has something to show at all (the covenant text waits for the server). */
    available(): boolean;
    /** Draws the panel for the current context; called when it is shown and when the workspace changed. */
    refresh(context: PanelContext): Promise<void>;
}

/** The message of a failed request in the user's words (the server's own sentence when it has one). */
export function reasonOf(error: unknown): string {
    const message = (error as { message?: unknown })?.message;
    return typeof message === 'string' && message !== '' ? message : String(error);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
