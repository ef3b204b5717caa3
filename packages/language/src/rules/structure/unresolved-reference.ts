import { defineBuiltInRule } from '../rule.js';

/** Reported by the document validator from linking errors; the message comes from `KetenLinker`. */
export const unresolvedReference = defineBuiltInRule({
    id: 'unresolved-reference',
    severity: 'error',
    area: 'structure',
    description: 'A name does not resolve, or names a declaration of the wrong kind; the closest existing name is suggested.',
    source: 'LANGUAGE.md, Names and references: every party, role, body and member named must exist, or the agreement binds nobody.'
});
