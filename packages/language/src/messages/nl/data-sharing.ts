/** Dutch messages of the data rules (COVENANT.md, gegevensdeling tussen partners; AVG). */
import type { dataSharingEn } from '../en/data-sharing.js';
import type { DataSharingPart } from '../../model/data-sharing.js';
import { listedNl } from './dutch-words.js';

const PART_NL: Record<DataSharingPart, string> = { from: 'van', to: 'aan', purpose: 'doel', basis: 'grondslag' };

const PART_MEANING_NL: Record<DataSharingPart, string> = {
    from: 'wie de gegevens levert',
    to: 'wie de gegevens ontvangt',
    purpose: 'voor welk doel de gegevens worden gedeeld',
    basis: 'op welke grondslag de gegevens worden gedeeld'
};

export const dataSharingNl: typeof dataSharingEn = {
    incompleteDataSharing: a =>
        `Gegevensblok '${a.data}' mist ${listedNl(a.missing.map(part => PART_NL[part]))}: er staat niet ${a.missing.map(part => PART_MEANING_NL[part]).join(', noch ')} (AVG art. 5 lid 1 sub b en art. 6). Vul ${a.missing.length === 1 ? 'dit veld' : 'deze velden'} aan.`,
    dataWithoutRetention: a =>
        `Gegevensblok '${a.data}' heeft geen 'bewaartermijn': er staat niet hoe lang de ontvangers de gegevens mogen bewaren (AVG art. 5 lid 1 sub e). Voeg die toe, bijvoorbeeld 'bewaartermijn 6 maanden'.`,
    dataWithoutController: a =>
        `Gegevensblok '${a.data}' noemt geen 'verantwoordelijke': niemand legt over de verwerking verantwoording af aan de betrokkenen en aan de toezichthouder (AVG art. 4 onder 7 en art. 26). Noem de verwerkingsverantwoordelijke, of de gezamenlijke verwerkingsverantwoordelijken, bijvoorbeeld 'verantwoordelijke ${a.exampleParty ?? 'Partij'}'.`
};
