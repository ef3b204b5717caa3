/**
 * Rewriting one of the user's own files in place (`keten format`): the new text goes to a
 * temporary file beside the real file (a symbolic link is followed, not replaced), which then
 * takes the file's place in one step. A full disk or any other failure leaves the file as it
 * was, never half written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function replaceFileContents(file: string, text: string): void {
    const real = fs.realpathSync(file);
    const mode = fs.statSync(real).mode;
    const temporary = path.join(path.dirname(real), `.${path.basename(real)}.keten-${process.pid}.tmp`);
    try {
        fs.writeFileSync(temporary, text, { mode, flag: 'wx' });
        fs.chmodSync(temporary, mode);
        fs.renameSync(temporary, real);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
    }
}
