import type { Mandate } from '../../generated/ast.js';
import {
    formatLimit, limitExceedsParent, limitField, limitOf, parentMandatesOf, validField, validityExceedsParent
} from '../../model/mandates.js';
import { defineRule, type RuleContext } from '../rule.js';

export const submandateExceedsParent = defineRule({
    meta: {
        id: 'submandate-exceeds-parent',
        severity: 'error',
        area: 'mandates',
        description: "A sub-mandate's `limit` is higher than a parent's, or its `valid` range reaches outside a parent's.",
        source: 'Awb 10:3 and 10:9: a mandate has its bounds, and a sub-mandate is carved out of its parent: it can never give more room (a higher limit) or more time (validity outside the parent\'s) than the parent holds.'
    },
    checks: {
        Mandate: (mandate, ctx) => {
            const parents = parentMandatesOf(mandate);
            if (parents.length === 0) return;
            reportLimit(mandate, parents.filter(parent => limitExceedsParent(mandate, parent)), ctx);
            reportValidity(mandate, parents.filter(parent => validityExceedsParent(mandate, parent)), ctx);
        }
    }
});

/** One finding for the limit, however many parents it exceeds; each of them is related. */
function reportLimit(mandate: Mandate, exceeded: Mandate[], ctx: RuleContext): void {
    if (exceeded.length === 0) return;
    const parentLimits = exceeded.map(parent => ({ parent, limit: limitOf(parent)! }));
    const maximum = parentLimits.reduce((low, next) => (next.limit.value < low.limit.value ? next : low)).limit;
    ctx.report({
        node: limitField(mandate)!,
        message: ctx.messages.submandateLimitExceedsParent({
            mandate: mandate.name,
            limit: formatLimit(limitOf(mandate)!),
            parents: parentLimits.map(({ parent, limit }) => ({ parent: parent.name, value: formatLimit(limit) })),
            maximum: formatLimit(maximum)
        }),
        related: parentLimits.map(({ parent, limit }) => ({
            node: limitField(parent)!,
            message: ctx.messages.submandateExceedsParentRelated({ parent: parent.name, what: `limit ${formatLimit(limit)}` })
        }))
    });
}

/** One finding for the validity, however many parents it reaches outside; each of them is related. */
function reportValidity(mandate: Mandate, exceeded: Mandate[], ctx: RuleContext): void {
    if (exceeded.length === 0) return;
    const rangeText = (m: Mandate) => {
        const range = validField(m)!.range;
        return `${range.start} to ${range.end}`;
    };
    ctx.report({
        node: validField(mandate)!.range,
        message: ctx.messages.submandateValidityExceedsParent({
            mandate: mandate.name,
            valid: rangeText(mandate),
            parents: exceeded.map(parent => ({ parent: parent.name, value: rangeText(parent) }))
        }),
        related: exceeded.map(parent => ({
            node: validField(parent)!.range,
            message: ctx.messages.submandateExceedsParentRelated({ parent: parent.name, what: `validity ${rangeText(parent)}` })
        }))
    });
}
