/** Messages of the money rules (COVENANT.md, budgets and shares). */
import { formatNumberFor } from '../format-values.js';

interface ShareText { readonly party: string; readonly percent: number }

const round = (value: number) => Math.round(value * 100) / 100;

export const moneyEn = {
    budgetShares: (a: { budget: string; total: number; shares: readonly ShareText[] }) => {
        const gap = round(Math.abs(100 - a.total));
        const shares = a.shares.map(share => `${share.party} ${formatNumberFor('en', share.percent)}`).join(', ');
        return `The shares of budget '${a.budget}' add up to ${formatNumberFor('en', a.total)} percent (${shares}), not 100: ` +
            (a.total < 100 ? `${formatNumberFor('en', gap)} percent of the costs is paid by nobody.` : `${formatNumberFor('en', gap)} percent more than the whole is asked for.`) +
            ` Change the shares so that they add up to 100 percent.`;
    },
    budgetWithoutShares: (a: { budget: string; exampleParty?: string }) =>
        `Budget '${a.budget}' has an amount, but no 'share': nobody is said to pay it. Add a 'share' for each party that pays, for example 'share ${a.exampleParty ?? 'Party'} 100 percent'.`
};
