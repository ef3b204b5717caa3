/**
 * The words a chain diagram adds to the names and titles of an agreement (REPORTS.md,
 * `keten graph`): edge labels, the start of an escalation route and the empty party. Limits and
 * durations go through `limit` and `duration`, the shared formatter of the locale (`quantities.ts`).
 */
import { quantitiesEn } from './quantities.js';

export const chainDiagramEn = {
    /** A limit as the agreement wrote it (`25000 EUR per household`, `40 uren per week`), its unit words in English. */
    limit: (text: string) => quantitiesEn.writtenAmount(text),
    /** A duration as the agreement wrote it (`5 workdays`, `5 werkdagen`), in English. */
    duration: (text: string) => quantitiesEn.writtenDuration(text),
    reportsTo: () => 'reports to',
    member: () => 'member',
    chair: () => 'chair',
    mandate: (a: { name: string; limit?: string }) => `mandate ${a.name}${a.limit ? `, limit ${a.limit}` : ''}`,
    escalation: (a: { name: string }) => `escalation ${a.name}`,
    /** One step of an escalation route: `Casus 2: within 5 workdays, decides`. */
    level: (a: { route: string; level: number; within?: string; decides: boolean }) => {
        const details = [a.within ? `within ${a.within}` : '', a.decides ? 'decides' : ''].filter(Boolean).join(', ');
        return `${a.route} ${a.level}${details ? `: ${details}` : ''}`;
    },
    noRoles: () => '(no roles)'
};
