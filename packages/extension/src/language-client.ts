/**
 * The language client with two corrections to what vscode-languageclient 9 tells the user:
 *
 * - A server process that exits with code 0 did so because it was asked to (Restart Language
 *   Server, a window reload, closing VS Code). The library logs that as an error ("Server process
 *   exited with code 0.") and may bring the Output panel forward; here it is an info line.
 * - While the extension shuts down, documents close and settings change; the library then tries
 *   to reach the server again and logs "Starting server failed". Once shutting down, the client
 *   sends nothing more and does not restart the server.
 */
import {
    CloseAction, ErrorAction, LanguageClient, type CancellationToken, type ErrorHandler, type LanguageClientOptions, type MessageSignature, type ServerOptions
} from 'vscode-languageclient/node';

const CLEAN_EXIT = /^Server process exited with code 0\.?$/;

export class KetenLanguageClient extends LanguageClient {
    private shuttingDown = false;

    constructor(id: string, name: string, serverOptions: ServerOptions, clientOptions: LanguageClientOptions) {
        super(id, name, serverOptions, clientOptions);
    }

    override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
        if (CLEAN_EXIT.test(message)) {
            this.info(message);
            return;
        }
        if (this.shuttingDown) {
            // Nothing the user can act on: VS Code is closing or reloading the window.
            this.info(message, data);
            return;
        }
        super.error(message, data, showNotification);
    }

    /**
     * A request of an editor feature (code actions, hover, …) that fails because the server is
     * going away gives the feature's empty answer instead of an error VS Code logs as "provider
     * FAILED".
     */
    override handleFailedRequest<T>(type: MessageSignature, token: CancellationToken | undefined, error: unknown, defaultValue: T, showNotification?: boolean): T {
        if (this.shuttingDown || !this.isRunning()) return defaultValue;
        return super.handleFailedRequest(type, token, error, defaultValue, showNotification);
    }

    /** Stops the server for good (deactivation): no restart, no error for what happens meanwhile. */
    async shutDown(): Promise<void> {
        this.shuttingDown = true;
        if (this.needsStop()) await this.stop(2000).catch(() => undefined);
    }

    override createDefaultErrorHandler(maxRestartCount?: number): ErrorHandler {
        const standard = super.createDefaultErrorHandler(maxRestartCount);
        return {
            error: (error, message, count) => this.shuttingDown ? { action: ErrorAction.Shutdown, handled: true } : standard.error(error, message, count),
            closed: () => this.shuttingDown ? { action: CloseAction.DoNotRestart, handled: true } : standard.closed()
        };
    }
}
