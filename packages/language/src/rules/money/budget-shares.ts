import { countedSharesOf, sharesOf, shareTotalOf } from '../../model/budgets.js';
import { defineRule } from '../rule.js';

export const budgetShares = defineRule({
    meta: {
        id: 'budget-shares',
        severity: 'error',
        area: 'money',
        description: 'A budget has shares and they do not add up to 100 percent (rounded to 0.01); a budget that gives a party two shares is left to `duplicate-field`.',
        source: 'Covenant practice: a covenant that shares costs says who pays which part of them; when the shares do not add up to the whole, part of the costs is paid by nobody, or more than the whole is asked for.'
    },
    checks: {
        Budget: (budget, ctx) => {
            const shares = sharesOf(budget);
            if (shares.length === 0 || !budget.name) return;
            // A party with two shares is `duplicate-field`; which of them was meant is not known
            // until that is fixed, so the total is not reported as well (RULES.md: no cascade).
            const parties = shares.map(share => share.party?.$refText ?? '');
            if (new Set(parties).size < parties.length) return;
            const total = shareTotalOf(budget);
            if (total === 100) return;
            ctx.report({
                node: budget,
                property: 'name',
                message: ctx.messages.budgetShares({
                    budget: budget.name, total, shares: countedSharesOf(budget).map(share => ({ party: share.partyName, percent: share.percent }))
                })
            });
        }
    }
});
