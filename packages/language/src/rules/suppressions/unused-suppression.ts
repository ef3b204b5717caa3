import { defineBuiltInRule } from '../rule.js';

/** Reported by the suppression pass of the document validator (CLI.md, Suppressions). */
export const unusedSuppression = defineBuiltInRule({
    id: 'unused-suppression',
    severity: 'warning',
    area: 'suppressions',
    description: 'A `keten-disable-…` comment silences nothing: the finding it was written for is gone.',
    source: 'CLI.md, Suppressions: stale suppressions pile up and hide the next real finding on that line.'
});
