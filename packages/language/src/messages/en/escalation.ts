/** Messages of the escalation rules. Durations as the agreement wrote them, in English (`quantities.ts`). */
import { quantitiesEn } from './quantities.js';

const duration = (written: string) => quantitiesEn.writtenDuration(written);
const quoted = (names: readonly string[]) => names.map(name => `'${name}'`).join(', ');

/** ` (14 days)` after a duration in another unit, so durations in different units can be compared. */
const inDays = (written: string, days: number) =>
    /\b(days?|dag|dagen)$/.test(written) ? '' : ` (${Number(days.toFixed(1))} day${days === 1 ? '' : 's'})`;

export const escalationEn = {
    missingEscalation: (a: { agreement: string; parties: readonly string[] }) =>
        `Agreement '${a.agreement}' binds ${a.parties.length} parties (${quoted(a.parties)}) but has no escalation route: when they get stuck, nobody knows who breaks the deadlock or how fast. Add an 'escalation' route whose last level is held by someone who 'decides', such as the steering holder.`,
    escalationNoDecider: (a: { route: string }) =>
        `No level of escalation route '${a.route}' decides: the matter can go all the way up and still stay stuck. Mark the level that takes the final decision with 'decides'.`,
    escalationUnreachable: (a: { route: string; holder: string; decider: string; count: number }) =>
        `Level '${a.holder}' of escalation route '${a.route}'${a.count > 1 ? ` and ${a.count === 2 ? 'the level' : `the ${a.count - 1} levels`} after it` : ''} can never be reached: '${a.decider}' already takes the final decision. Remove ${a.count > 1 ? 'these levels' : 'this level'}, or move 'decides' to the level that really decides.`,
    escalationUnreachableRelated: (a: { decider: string }) => `'${a.decider}' decides here; the route ends at this level.`,
    escalationNoDeadline: (a: { route: string; holder: string }) =>
        `Level '${a.holder}' of escalation route '${a.route}' has no deadline, so nobody knows when the matter must go up. Add 'within', for example 'within 5 workdays'.`,
    escalationDeadlineOrder: (a: { route: string; holder: string; within: string; days: number; earlierHolder: string; earlierWithin: string; earlierDays: number }) =>
        `Level '${a.holder}' of escalation route '${a.route}' gets ${duration(a.within)}${inDays(a.within, a.days)}, which is not longer than the ${duration(a.earlierWithin)}${inDays(a.earlierWithin, a.earlierDays)} of the earlier level '${a.earlierHolder}'. ` +
        `Each level up should get more time than the one below it: give this level a longer 'within', or the earlier level a shorter one.`,
    escalationDeadlineOrderRelated: (a: { holder: string; within: string }) => `The earlier level '${a.holder}' gets ${duration(a.within)}.`,
    escalationLoop: (a: { route: string; holder: string }) =>
        `'${a.holder}' appears more than once in escalation route '${a.route}': the matter comes back to someone who could not resolve it before. Remove this level or name a higher holder.`,
    escalationLoopRelated: (a: { holder: string }) => `'${a.holder}' is first named here.`,
    escalationDownward: (a: { route: string; holder: string; previous: string }) =>
        `In escalation route '${a.route}', '${a.holder}' reports to '${a.previous}' on the level before it: the matter goes down the hierarchy instead of up. Put the levels in order from lowest to highest.`,
    escalationDownwardRelated: (a: { holder: string }) => `The level before it is held by '${a.holder}'.`,
    escalationFinalWithoutAuthority: (a: { route: string; holder: string; holderIsBody: boolean; agreement: string; steering?: string; steeringIsRole: boolean }) => {
        const notSteering = a.steering ? `it is not the steering holder ('${a.steering}')` : `the agreement names no steering holder`;
        const intro = `'${a.holder}' takes the final decision in escalation route '${a.route}', but has no authority to do so in agreement '${a.agreement}': `;
        return a.holderIsBody
            ? intro + notSteering + (a.steeringIsRole ? `, '${a.steering}' is not among its members,` : '') +
                ` and none of its members holds a power of its own. Let the steering holder${a.steeringIsRole ? ' or a body it sits in' : ''} decide.`
            : intro + notSteering + ` and '${a.holder}' holds neither a mandate in this agreement nor a power of its own.` +
                ` Let the steering holder${a.steeringIsRole ? ' (or a body it sits in)' : ''} decide, or grant '${a.holder}' a mandate.`;
    },
    escalationFinalWithoutAuthorityRelated: (a: { steering: string }) => `The chain is steered by '${a.steering}'.`
};
