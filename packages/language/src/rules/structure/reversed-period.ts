import { isReversedRange } from '../../model/dates.js';
import { defineRule } from '../rule.js';

export const reversedPeriod = defineRule({
    meta: {
        id: 'reversed-period',
        severity: 'error',
        area: 'structure',
        description: 'A `period` or `valid` range ends before it starts.',
        source: 'RULES.md, general semantics: ranges `A to B` include both ends; an agreement or mandate that ends before it starts is never in force.'
    },
    checks: {
        DateRange: (range, ctx) => {
            if (!isReversedRange(range)) return;
            ctx.report({ node: range, message: ctx.messages.reversedPeriod({ start: range.start, end: range.end }) });
        }
    }
});
