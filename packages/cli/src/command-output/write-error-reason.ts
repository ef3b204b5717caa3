/** Why a file or standard output could not be written, in the words of the run's locale. */
import type { CliMessages } from '../cli-error.js';

export function writeErrorReason(error: unknown, m: CliMessages): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'EACCES':
        case 'EPERM': return m.permissionDenied();
        case 'ENOSPC':
        case 'EDQUOT': return m.diskFull();
        case 'EIO': return m.inputOutputError();
        case 'EISDIR': return m.isAFolder();
        case 'EROFS': return m.readOnlyFileSystem();
        case 'ENOENT': return m.folderCannotBeMade();
        case 'ENOTDIR': return m.notAFolder();
        default: {
            const message = (error as Error)?.message ?? String(error);
            // Node's "ENOENT: no such file or directory, open '…'": the words without the code and the call.
            return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '').replace(/, \w+$/, '');
        }
    }
}

/** Why a file could not be read: access and folders in the run's words, else the system's own (without its code). */
export function readErrorReason(error: unknown, m: CliMessages): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EACCES' || code === 'EPERM') return m.permissionDenied();
    if (code === 'EISDIR') return m.isAFolder();
    if (code === 'EIO') return m.inputOutputError();
    const message = (error as Error)?.message ?? String(error);
    return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '').replace(/, \w+$/, '');
}
