import { controllerField, dataProvidersOf, dataRecipientsOf } from '../../model/data-sharing.js';
import { defineRule } from '../rule.js';

export const dataWithoutController = defineRule({
    meta: {
        id: 'data-without-controller',
        severity: 'warning',
        area: 'data',
        description: 'A `data` block has no `controller`: nobody answers for the processing.',
        source: 'AVG (GDPR) art. 4(7) and 26: every processing has a controller who answers to the data subjects and the supervisory authority; partners who decide together are joint controllers and must say so in their arrangement.'
    },
    checks: {
        DataSharing: (data, ctx) => {
            if (controllerField(data) || !data.name) return;
            const example = dataRecipientsOf(data)[0] ?? dataProvidersOf(data)[0];
            ctx.report({ node: data, property: 'name', message: ctx.messages.dataWithoutController({ data: data.name, exampleParty: example?.name }) });
        }
    }
});
