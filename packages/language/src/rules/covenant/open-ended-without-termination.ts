import { isOpenEnded, periodField, terminationField } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const openEndedWithoutTermination = defineRule({
    meta: {
        id: 'open-ended-without-termination',
        severity: 'error',
        area: 'covenant',
        description: 'The agreement runs `period from DATE` (no end) and has no `termination`: nobody can ever leave it.',
        source: 'Covenant practice (Aanwijzingen voor convenanten, Stcrt. 2003, 18) and Civil Code (BW) 6:248: an agreement for an indefinite time must say how a party can end its part of it; without a notice period no party knows when, or whether, it may leave.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const period = periodField(agreement);
            if (!period || !isOpenEnded(agreement) || terminationField(agreement)) return;
            ctx.report({
                node: period,
                message: ctx.messages.openEndedWithoutTermination({ agreement: agreement.name, start: period.start ?? '' })
            });
        }
    }
});
