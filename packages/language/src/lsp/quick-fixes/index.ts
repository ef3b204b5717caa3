/** Every quick fix of RULES.md, "Quick fixes the editor offers", keyed by the rule id it repairs. */
import type { QuickFix } from './quick-fix.js';
import { replaceWithClosestName } from './unresolved-reference.js';
import { addMandateSkeleton } from './missing-mandate.js';
import { insertMissingEffectFields } from './unmeasured-effect.js';
import { insertAccountable, insertReview, insertSteering } from './missing-governance-field.js';
import { addEscalationSkeleton } from './missing-escalation.js';
import { removeUnusedParty } from './unused-party.js';
import { insertMissingFields } from './missing-field.js';
import { insertMissingPowerParts } from './incomplete-power.js';
import { insertMissingCovenantClauses } from './missing-covenant-clause.js';
import { insertTerminationNotice } from './open-ended-without-termination.js';
import { insertMissingDataSharingParts } from './incomplete-data-sharing.js';
import { suppressOnLine } from './suppress-on-line.js';

export const QUICK_FIXES: readonly QuickFix[] = [
    replaceWithClosestName,
    addMandateSkeleton,
    insertMissingEffectFields,
    insertSteering,
    insertAccountable,
    insertReview,
    addEscalationSkeleton,
    removeUnusedParty,
    insertMissingFields,
    // COVENANT.md
    insertMissingPowerParts,
    insertMissingCovenantClauses,
    insertTerminationNotice,
    insertMissingDataSharingParts,
    // Last: the repair of the finding comes before silencing it.
    suppressOnLine
];
