/**
 * Money: a budget's amount and each party's share of it (COVENANT.md, `budget`).
 */
import Big from 'big.js';
import type { Budget, Party, ShareField } from '../generated/ast.js';
import { allOfType, firstOfType } from './fields.js';

export const amountField = (budget: Budget) => firstOfType(budget.fields, 'AmountField');

/** The shares in text order (a second share of the same party is `duplicate-field`). */
export function sharesOf(budget: Budget): ShareField[] {
    return allOfType(budget.fields, 'ShareField');
}

/** One party's share as written: the party (when it resolved) and the percentage. */
export interface BudgetShare {
    readonly party: Party | undefined;
    readonly partyName: string;
    readonly percent: number;
}

/**
 * The shares that count: the first share of each party name (repeats are `duplicate-field`),
 * whether or not its party is in the agreement; shares without a number are left out.
 */
export function countedSharesOf(budget: Budget): BudgetShare[] {
    const seen = new Set<string>();
    const shares: BudgetShare[] = [];
    for (const share of sharesOf(budget)) {
        const partyName = share.party?.$refText ?? '';
        if (seen.has(partyName) || typeof share.value !== 'number') continue;
        seen.add(partyName);
        shares.push({ party: share.party?.ref, partyName, percent: share.value });
    }
    return shares;
}

/**
 * The sum of the counted shares as written, rounded to 0.01, half up (COVENANT.md: it must be
 * 100). Summed in decimal (big.js), not in binary floating point: `0.005 + 99.99` is 99.995 and
 * rounds to 100, whichever numbers make up the total.
 */
export function shareTotalOf(budget: Budget): number {
    const total = countedSharesOf(budget).reduce((sum, share) => sum.plus(share.percent), new Big(0));
    return total.round(2, Big.roundHalfUp).toNumber();
}

/**
 * The amount of money a share stands for, when the budget has an amount: rounded to cents, or to
 * as many decimals as the amount is written with (`999.999 USD` at 100 percent stays 999.999).
 */
export function shareAmountOf(budget: Budget, share: BudgetShare): number | undefined {
    const amount = amountField(budget)?.amount;
    if (!amount || typeof amount.value !== 'number') return undefined;
    // In decimal, as the total: 1234.50 EUR at 0.5 percent is 6.1725, which rounds to 6.17.
    return new Big(amount.value).times(share.percent).div(100).round(Math.max(2, decimalsOf(amount.value)), Big.roundHalfUp).toNumber();
}

function decimalsOf(value: number): number {
    const text = String(value);
    const point = text.indexOf('.');
    return point < 0 || text.includes('e') ? 0 : text.length - point - 1;
}
