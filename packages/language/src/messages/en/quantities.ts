/** Durations, units and frequencies in English (see `../quantities.ts`). */
import { quantityTexts } from '../quantities.js';

export const quantitiesEn = quantityTexts({
    units: {
        day: ['day', 'days'], workday: ['workday', 'workdays'], week: ['week', 'weeks'], month: ['month', 'months'],
        year: ['year', 'years'], hour: ['hour', 'hours'], percent: ['percent', 'percent']
    },
    frequencies: { weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' },
    number: text => text
});
