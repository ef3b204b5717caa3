/** Dutch messages of the money rules (COVENANT.md, begrotingen en aandelen). */
import type { moneyEn } from '../en/money.js';
import { formatNumberFor } from '../format-values.js';

const round = (value: number) => Math.round(value * 100) / 100;

export const moneyNl: typeof moneyEn = {
    budgetShares: a => {
        const gap = round(Math.abs(100 - a.total));
        const shares = a.shares.map(share => `${share.party} ${formatNumberFor('nl', share.percent)}`).join(', ');
        return `De aandelen in begroting '${a.budget}' tellen op tot ${formatNumberFor('nl', a.total)} procent (${shares}), niet tot 100: ` +
            (a.total < 100 ? `${formatNumberFor('nl', gap)} procent van de kosten betaalt niemand.` : `er wordt ${formatNumberFor('nl', gap)} procent meer gevraagd dan het geheel.`) +
            ` Pas de aandelen aan zodat ze samen 100 procent zijn.`;
    },
    budgetWithoutShares: a =>
        `Begroting '${a.budget}' heeft een bedrag, maar geen 'aandeel': er staat niet wie het betaalt. Voeg een 'aandeel' toe voor elke partij die betaalt, bijvoorbeeld 'aandeel ${a.exampleParty ?? 'Partij'} 100 procent'.`
};
