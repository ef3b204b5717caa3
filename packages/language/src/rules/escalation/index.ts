/** The rules of the escalation area, in the order of RULES.md. */
import type { Rule } from '../rule.js';
import { missingEscalation } from './missing-escalation.js';
import { escalationNoDecider } from './escalation-no-decider.js';
import { escalationUnreachable } from './escalation-unreachable.js';
import { escalationNoDeadline } from './escalation-no-deadline.js';
import { escalationDeadlineOrder } from './escalation-deadline-order.js';
import { escalationLoop } from './escalation-loop.js';
import { escalationDownward } from './escalation-downward.js';
import { escalationFinalWithoutAuthority } from './escalation-final-without-authority.js';

export const escalationRules: readonly Rule[] = [
    missingEscalation,
    escalationNoDecider,
    escalationUnreachable,
    escalationNoDeadline,
    escalationDeadlineOrder,
    escalationLoop,
    escalationDownward,
    escalationFinalWithoutAuthority
];
