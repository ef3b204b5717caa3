/** The rules of the mandates area, in the order of RULES.md; then the powers of COVENANT.md. */
import type { Rule } from '../rule.js';
import { missingMandate } from './missing-mandate.js';
import { mandateHolderMismatch } from './mandate-holder-mismatch.js';
import { incompleteMandate } from './incomplete-mandate.js';
import { mandateWithoutValidity } from './mandate-without-validity.js';
import { mandateOutsidePeriod } from './mandate-outside-period.js';
import { submandateDenied } from './submandate-denied.js';
import { submandateExceedsParent } from './submandate-exceeds-parent.js';
import { mandateCycle } from './mandate-cycle.js';
import { partyWithoutMandate } from './party-without-mandate.js';
import { incompletePower } from './incomplete-power.js';
import { powerHolderMismatch } from './power-holder-mismatch.js';
import { mandatePowerMismatch } from './mandate-power-mismatch.js';

export const mandatesRules: readonly Rule[] = [
    missingMandate, mandateHolderMismatch, incompleteMandate, mandateWithoutValidity, mandateOutsidePeriod,
    submandateDenied, submandateExceedsParent, mandateCycle, partyWithoutMandate,
    incompletePower, powerHolderMismatch, mandatePowerMismatch
];
