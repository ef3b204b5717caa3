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
