/** The rules of the governance area, in the order of RULES.md. */
import type { Rule } from '../rule.js';
import { noSingleSteering } from './no-single-steering.js';
import { noAccountability } from './no-accountability.js';
import { noReview } from './no-review.js';
import { partyNotInAgreement } from './party-not-in-agreement.js';
import { unusedParty } from './unused-party.js';

export const governanceRules: readonly Rule[] = [
    noSingleSteering, noAccountability, noReview, partyNotInAgreement, unusedParty
];
