/**
 * How a level and its deadline are named in escalation messages: as written by the policy
 * writer, also when the holder did not resolve.
 */
import type { Duration, Level } from '../../generated/ast.js';
import { describeHolder } from '../../model/parties.js';

export function holderText(level: Level): string {
    const holder = level.holder?.ref;
    return holder ? describeHolder(holder) : (level.holder?.$refText ?? '');
}

/** `10 workdays`, as written. */
export function durationText(duration: Duration): string {
    return `${duration.count} ${duration.unit}`;
}
