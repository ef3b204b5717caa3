/** Dutch words for the kinds of declaration, as used inside messages. */
import type { KindName } from '../en/kinds.js';

export const kindsNl: Readonly<Record<KindName, string>> = {
    Party: 'partij',
    Role: 'rol',
    Body: 'orgaan',
    Holder: 'rol of orgaan',
    Agreement: 'afspraak',
    Mandate: 'mandaat',
    Condition: 'voorwaarde',
    Commitment: 'toezegging',
    Escalation: 'escalatieroute',
    Effect: 'effect',
    Power: 'bevoegdheid',
    Authority: 'mandaat of bevoegdheid',
    DataSharing: 'gegevensblok',
    Budget: 'begroting',
    Term: 'begrip'
};

/** The kinds whose word is a "het" word (het orgaan, het mandaat): "dit", not "deze". */
const HET_WORDS = new Set(['orgaan', 'mandaat', 'effect', 'gegevensblok', 'begrip']);

/** "deze partij", "dit orgaan": the kind's word with the demonstrative its article asks for. */
export function thisKindNl(word: string): string {
    return `${HET_WORDS.has(word.split(' ')[0]) ? 'dit' : 'deze'} ${word}`;
}
