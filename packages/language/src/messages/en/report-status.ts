/** The status values of an effect (REPORTS.md): the machine words the report texts are keyed by. */
export type EffectStatusWord = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'stale' | 'no-data' | 'not-measurable';
