/**
 * `initialize` params as LSP describes them, whatever a client sent over stdio: `capabilities` that are no
 * object are none, a `locale` that is no text is absent, `workspaceFolders` that are no list of
 * `{ uri }` are no folders. Langium's handlers read these fields without looking; with
 * `capabilities: null` the server answered an internal error and then nothing at all.
 */
import type { DataCallback, Disposable, InitializeParams, Message, MessageReader } from 'vscode-languageserver';
import { workspaceFoldersOf } from '@keten/language';

export function saneInitializeParams(params: InitializeParams): InitializeParams {
    const raw = params as unknown as Record<string, unknown>;
    const capabilities = typeof raw.capabilities === 'object' && raw.capabilities !== null && !Array.isArray(raw.capabilities) ? params.capabilities : {};
    return {
        ...params,
        capabilities,
        locale: typeof raw.locale === 'string' ? raw.locale : undefined,
        workspaceFolders: raw.workspaceFolders === undefined ? undefined : workspaceFoldersOf(raw.workspaceFolders),
        rootUri: typeof raw.rootUri === 'string' ? params.rootUri : null
    };
}

/**
 * A reader that hands every message on as it came, but `initialize` with sane params: the
 * protocol library reads `params.capabilities` itself before any handler of the server runs.
 */
export class SaneInitializeReader implements MessageReader {
    constructor(private readonly reader: MessageReader) {}

    get onError() { return this.reader.onError; }
    get onClose() { return this.reader.onClose; }
    get onPartialMessage() { return this.reader.onPartialMessage; }

    listen(callback: DataCallback): Disposable {
        return this.reader.listen(message => {
            const request = message as Message & { method?: unknown; params?: unknown };
            callback(request.method === 'initialize' && typeof request.params === 'object' && request.params !== null
                ? { ...request, params: saneInitializeParams(request.params as InitializeParams) } as Message
                : message);
        });
    }

    dispose(): void {
        this.reader.dispose();
    }
}
