/** Dutch words of the chain diagram (see `en/chain-diagram.ts`); numbers with a decimal comma. */
import type { chainDiagramEn } from '../en/chain-diagram.js';
import { quantitiesNl } from './quantities.js';

export const chainDiagramNl: typeof chainDiagramEn = {
    limit: text => quantitiesNl.writtenAmount(text),
    duration: text => quantitiesNl.writtenDuration(text),
    reportsTo: () => 'valt onder',
    member: () => 'lid',
    chair: () => 'voorzitter',
    mandate: a => `mandaat ${a.name}${a.power ? `, bevoegdheid ${a.power}` : ''}${a.limit ? `, limiet ${a.limit}` : ''}`,
    heldBy: () => 'berust bij',
    jointCommitment: a => `gezamenlijke toezegging ${a.name}`,
    jointly: () => 'gezamenlijk',
    decidesUnder: () => 'beslist onder',
    dataFlow: a => `gegevens ${a.name}${a.purpose ? `: ${a.purpose}` : ''}`,
    involvedGroup: () => 'Betrokken (ondertekenen niet)',
    escalation: a => `escalatie ${a.name}`,
    level: a => {
        const details = [a.within ? `binnen ${a.within}` : '', a.decides ? 'beslist' : ''].filter(Boolean).join(', ');
        return `${a.route} ${a.level}${details ? `: ${details}` : ''}`;
    },
    noRoles: () => '(geen rollen)'
};
