/**
 * The language server's life in the editor: Keten: Restart Language Server brings the findings
 * back without an error in the log ("Server process exited with code 0" is an ordinary stop), and
 * a window reload (which shuts the extension down) leaves no "Starting server failed".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { example, ketenLogs, logMark, useWorkbench, type LogMark } from '../support/scenario.js';

// Only the logs of this file's window (and of the window after its reload), not those of the
// windows other scenario files opened on the shared code-server.
let before: LogMark;
beforeAll(() => { before = logMark(); });
const workbench = useWorkbench('server-lifecycle', {
    'pilot-schuldhulp.keten': example('gaps/pilot-schuldhulp.keten')
});
const logs = () => ketenLogs(before);
/** Lines the client logged as errors (vscode-languageclient writes `[Error - <time>] …`). */
const errorLines = (text: string) => text.split('\n').filter(line => /\[Error\b|\berror\]/i.test(line) && /Keten|Server|server/.test(line));

describe('the language server', () => {
    it('restarts without an error, and the findings come back', async () => {
        await workbench().openFile('pilot-schuldhulp.keten');
        await workbench().waitForProblems(rows => rows.some(row => row.includes('missing-mandate')));
        await workbench().runCommand('Keten: Restart Language Server');
        // The old server's findings are cleared on restart; the new server publishes them again.
        await workbench().waitFor('the restarted server', async () => /exited with code 0/.test(logs()) ? true : undefined);
        await workbench().waitForProblems(rows => rows.some(row => row.includes('missing-mandate')));
        const text = logs();
        expect(text).toMatch(/Server process exited with code 0/);
        expect(errorLines(text)).toEqual([]);
        // No notification popped up about it.
        expect(await workbench().page.locator('.notifications-toasts .notification-toast', { hasText: /exited/ }).count()).toBe(0);
    });

    it('shuts down with the window without "Starting server failed"', async () => {
        await workbench().reloadWindow();
        await workbench().openFile('pilot-schuldhulp.keten');
        await workbench().waitForProblems(rows => rows.some(row => row.includes('missing-mandate')));
        const text = logs();
        expect(text).not.toMatch(/Starting server failed/);
        expect(errorLines(text)).toEqual([]);
    });
});
