import { describeHolder } from '../../model/parties.js';
import { fromField, grantorOf, parentsDenyingSubmandate, submandateField } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const submandateDenied = defineRule({
    meta: {
        id: 'submandate-denied',
        severity: 'error',
        area: 'mandates',
        description: "A mandate's `from` role holds its authority through a parent mandate that does not allow sub-mandating (`submandate denied` or no `submandate`).",
        source: 'Awb 10:9: a mandate holder may only pass the mandate on (sub-mandate) when the grantor allowed it; when the mandate says nothing, it may not be passed on.'
    },
    checks: {
        Mandate: (mandate, ctx) => {
            const parents = parentsDenyingSubmandate(mandate);
            const grantor = grantorOf(mandate);
            if (parents.length === 0 || !grantor) return;
            ctx.report({
                node: fromField(mandate)!,
                property: 'holder',
                message: ctx.messages.submandateDenied({
                    mandate: mandate.name, grantor: describeHolder(grantor), parents: parents.map(parent => parent.name)
                }),
                related: parents.map(parent => {
                    const field = submandateField(parent);
                    return {
                        node: field ?? parent,
                        property: field ? undefined : 'name',
                        message: ctx.messages.submandateDeniedRelated({ parent: parent.name })
                    };
                })
            });
        }
    }
});
