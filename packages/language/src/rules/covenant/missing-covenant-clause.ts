import { isToBeSigned, missingCovenantClausesOf } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const missingCovenantClause = defineRule({
    meta: {
        id: 'missing-covenant-clause',
        severity: 'warning',
        area: 'covenant',
        description: 'An agreement to be signed (it names a `signatory`) lacks any of `considering`, `termination`, `amendment`, `disputes`; the message lists every missing one.',
        source: 'Covenant practice (Aanwijzingen voor convenanten, Stcrt. 2003, 18): a covenant states why the parties make it (considerations), how it is changed, how a party leaves it and how disputes between the parties are settled; without these clauses the signed text leaves the parties guessing.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            if (!isToBeSigned(agreement) || !agreement.name) return;
            const missing = missingCovenantClausesOf(agreement);
            if (missing.length === 0) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.missingCovenantClause({ agreement: agreement.name, missing }),
                data: { missing }
            });
        }
    }
});
