/** The rules of the covenant area (COVENANT.md): signing, required clauses, the end of an agreement. */
import type { Rule } from '../rule.js';
import { partyWithoutSignatory } from './party-without-signatory.js';
import { missingCovenantClause } from './missing-covenant-clause.js';
import { openEndedWithoutTermination } from './open-ended-without-termination.js';

export const covenantRules: readonly Rule[] = [partyWithoutSignatory, missingCovenantClause, openEndedWithoutTermination];
