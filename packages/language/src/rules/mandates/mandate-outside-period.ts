import { periodField } from '../../model/agreements.js';
import { validField, validityCoversPeriod } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const mandateOutsidePeriod = defineRule({
    meta: {
        id: 'mandate-outside-period',
        severity: 'warning',
        area: 'mandates',
        description: "A mandate's `valid` range does not cover the agreement's `period`.",
        source: "Awb 10:1: the decisions of the agreement need a mandate for as long as the agreement runs; where the mandate's validity ends early or starts late, those decisions have no authority behind them."
    },
    checks: {
        Mandate: (mandate, ctx) => {
            if (validityCoversPeriod(mandate) !== false) return;
            const valid = validField(mandate)!.range;
            const field = periodField(mandate.$container)!;
            ctx.report({
                node: valid,
                message: ctx.messages.mandateOutsidePeriod({
                    mandate: mandate.name,
                    valid: `${valid.start} to ${valid.end}`,
                    agreement: mandate.$container.name,
                    period: field.range ? `${field.range.start} to ${field.range.end}` : `from ${field.start}`
                })
            });
        }
    }
});
