/** The rules of the data area (COVENANT.md, data shared between partners; AVG / GDPR). */
import type { Rule } from '../rule.js';
import { incompleteDataSharing } from './incomplete-data-sharing.js';
import { dataWithoutRetention } from './data-without-retention.js';
import { dataWithoutController } from './data-without-controller.js';

export const dataRules: readonly Rule[] = [incompleteDataSharing, dataWithoutRetention, dataWithoutController];
