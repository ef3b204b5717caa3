/**
 * Durations, units and frequencies in Dutch (see `../quantities.ts`): the words of DUTCH.md,
 * with the forms a Dutch civil servant writes after a number (`16 uur per week`, `binnen 2 jaar`).
 */
import { formatNumbersInText } from '../format-values.js';
import { quantityTexts } from '../quantities.js';

export const quantitiesNl = quantityTexts({
    units: {
        day: ['dag', 'dagen'], workday: ['werkdag', 'werkdagen'], week: ['week', 'weken'], month: ['maand', 'maanden'],
        year: ['jaar', 'jaren'], hour: ['uur', 'uren'], percent: ['procent', 'procent']
    },
    afterNumber: { year: 'jaar', hour: 'uur' },
    frequencies: { weekly: 'wekelijks', monthly: 'maandelijks', quarterly: 'driemaandelijks', yearly: 'jaarlijks' },
    number: text => formatNumbersInText('nl', text)
});
