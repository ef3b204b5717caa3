/** Dutch messages of the effects rules (resultaatgericht werken: effecten tellen, niet de intenties). */
import type { effectsEn } from '../en/effects.js';
import { formatDateFor, formatNumberFor } from '../format-values.js';
import { fieldKeywordNl, joinedNl, listedNl } from './dutch-words.js';

/** What each missing part of an effect would say, for `unmeasuredEffect`. */
const MEASUREMENT_PART_HINTS_NL: Record<string, string> = {
    indicator: `'indicator "…"' (wat er geteld wordt)`,
    unit: `'eenheid …' (in welke eenheid, bijvoorbeeld dagen of procent)`,
    target: `'streefwaarde <= … uiterlijk DATUM' (de waarde die bereikt moet worden, en wanneer)`,
    measured: `'gemeten maandelijks door PARTIJ' (wie het meet, en hoe vaak)`
};

export const effectsNl: typeof effectsEn = {
    noEffects: a =>
        `Afspraak '${a.agreement}' legt geen enkel effect vast: ze noemt voornemens, maar niets wat geteld kan worden. Voeg minstens één 'effect' toe met een indicator, een streefwaarde en wie het meet.`,
    unmeasuredEffect: a =>
        `Effect '${a.effect}' is niet meetbaar: het mist ${listedNl(a.missing.map(fieldKeywordNl))}. Voeg ${joinedNl(a.missing.map(part => MEASUREMENT_PART_HINTS_NL[part] ?? `'${fieldKeywordNl(part)}'`))} toe.`,
    effectWithoutBaseline: a =>
        `Effect '${a.effect}' heeft geen nulmeting, dus niemand kan zien hoe ver de keten al is. Voeg de beginwaarde toe en wanneer die gemeten is, bijvoorbeeld 'nulmeting 45 op 2025-12-31'.`,
    targetAlreadyMet: a =>
        `De streefwaarde van effect '${a.effect}' (${a.op} ${formatNumberFor('nl', a.target)}) wordt al gehaald bij de nulmeting (${formatNumberFor('nl', a.baseline)}): de afspraak belooft niets wat er niet al is. Kies een streefwaarde die om verandering vraagt, of verbeter de nulmeting.`,
    targetAlreadyMetRelated: a => `De nulmeting van effect '${a.effect}'.`,
    effectDeadlineOutsidePeriod: a =>
        `De streefdatum van effect '${a.effect}' (${formatDateFor('nl', a.date)}) ligt buiten de looptijd van afspraak '${a.agreement}' (${a.end === undefined ? `vanaf ${formatDateFor('nl', a.start)}` : `${formatDateFor('nl', a.start)} tot en met ${formatDateFor('nl', a.end)}`}): niemand is eraan gebonden om die te halen. Verplaats de streefdatum naar binnen de looptijd, of verleng de looptijd.`,
    effectWithoutCommitment: a =>
        `Effect '${a.effect}' hangt aan geen enkele toezegging: er staat niet welk werk het tot stand moet brengen. Voeg 'via' toe met de toezeggingen die het moeten bereiken.`,
    noOutcomeEffect: a =>
        `Elk effect van afspraak '${a.agreement}' telt hoeveel er gedaan is of hoe goed ('prestatie' of 'kwaliteit'); geen enkel effect kijkt of iemand er beter van wordt. Voeg een effect toe met 'soort uitkomst'.`
};
