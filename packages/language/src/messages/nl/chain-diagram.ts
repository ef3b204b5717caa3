/** Dutch words of the chain diagram (see `en/chain-diagram.ts`); numbers with a decimal comma. */
import type { chainDiagramEn } from '../en/chain-diagram.js';
import { quantitiesNl } from './quantities.js';

export const chainDiagramNl: typeof chainDiagramEn = {
    limit: text => quantitiesNl.writtenAmount(text),
    duration: text => quantitiesNl.writtenDuration(text),
    reportsTo: () => 'valt onder',
    member: () => 'lid',
    chair: () => 'voorzitter',
    mandate: a => `mandaat ${a.name}${a.limit ? `, limiet ${a.limit}` : ''}`,
    escalation: a => `escalatie ${a.name}`,
    level: a => {
        const details = [a.within ? `binnen ${a.within}` : '', a.decides ? 'beslist' : ''].filter(Boolean).join(', ');
        return `${a.route} ${a.level}${details ? `: ${details}` : ''}`;
    },
    noRoles: () => '(geen rollen)'
};
