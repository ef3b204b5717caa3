import { amountField, sharesOf } from '../../model/budgets.js';
import { agreementOf, partiesOf } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const budgetWithoutShares = defineRule({
    meta: {
        id: 'budget-without-shares',
        severity: 'warning',
        area: 'money',
        description: 'A budget has an `amount` but no `share`: nobody is said to pay.',
        source: 'Seed text, "room to do the work" and covenant practice: money the parties agree on is only there when the agreement says who pays what part of it.'
    },
    checks: {
        Budget: (budget, ctx) => {
            if (!amountField(budget) || sharesOf(budget).length > 0 || !budget.name) return;
            ctx.report({
                node: budget,
                property: 'name',
                message: ctx.messages.budgetWithoutShares({ budget: budget.name, exampleParty: partiesOf(agreementOf(budget))[0]?.name })
            });
        }
    }
});
