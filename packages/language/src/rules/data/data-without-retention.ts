import { retentionField } from '../../model/data-sharing.js';
import { defineRule } from '../rule.js';

export const dataWithoutRetention = defineRule({
    meta: {
        id: 'data-without-retention',
        severity: 'warning',
        area: 'data',
        description: 'A `data` block has no `retention`: nobody is told when the shared data must be deleted.',
        source: 'AVG (GDPR) art. 5(1)(e), storage limitation: personal data is kept no longer than the purpose needs; the partners must agree how long the receiver keeps it.'
    },
    checks: {
        DataSharing: (data, ctx) => {
            if (retentionField(data) || !data.name) return;
            ctx.report({ node: data, property: 'name', message: ctx.messages.dataWithoutRetention({ data: data.name }) });
        }
    }
});
