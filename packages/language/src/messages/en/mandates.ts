/** Messages of the mandates rules (Awb 10:1–10:12). */
import { quantitiesEn } from './quantities.js';

/** A limit as the agreement wrote it (`5000 EUR per huishouden`), its unit words in English. */
const amount = (written: string) => quantitiesEn.writtenAmount(written);
const quoted = (names: readonly string[]) => names.map(name => `'${name}'`);

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
const listed = (names: readonly string[]) => {
    const items = quoted(names);
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

const MANDATE_PART_MEANING: Record<string, string> = {
    from: 'who grants it',
    to: 'which role holds it',
    scope: 'which decisions it covers'
};

const POWER_PART_MEANING: Record<'held by' | 'basis', string> = {
    'held by': 'which of its roles holds it',
    basis: 'which statutory provision gives it'
};

/** `a`, `a and b`, `a, b and c` (without quotes). */
const joined = (words: readonly string[], conjunction = 'and') =>
    words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;

/** A parent mandate and its value of the aspect a sub-mandate exceeds. */
interface ParentValue { readonly parent: string; readonly value: string }

export const mandatesEn = {
    missingMandate: (a: { commitment: string; party?: string }) =>
        `Commitment '${a.commitment}'${a.party ? ` of ${a.party}` : ''} decides, but names no mandate. Name the mandate that allows these decisions with 'decides under …' (or a power of the party's own, 'decides under Party.power'), or add a mandate to the agreement.`,
    mandateHolderMismatch: (a: { commitment: string; parties: readonly string[]; mandate: string; holder: string; holderParty: string }) =>
        a.parties.length > 1
            ? `Commitment '${a.commitment}' of ${joined(a.parties)} decides under mandate '${a.mandate}', but that mandate is granted to '${a.holder}', a role of ${a.holderParty}. Together they can only decide under a mandate that a role of one of them holds: grant the mandate to a role of ${joined(a.parties, 'or')}, or name another mandate.`
            : `Commitment '${a.commitment}' of ${a.parties[0]} decides under mandate '${a.mandate}', but that mandate is granted to '${a.holder}', a role of ${a.holderParty}. ${a.parties[0]} can only decide under a mandate that one of its own roles holds: grant the mandate to a role of ${a.parties[0]}, or name another mandate.`,
    mandateHolderMismatchRelated: (a: { mandate: string; holder: string }) =>
        `Mandate '${a.mandate}' is granted to '${a.holder}' here.`,
    incompleteMandate: (a: { mandate: string; missing: readonly string[] }) =>
        `Mandate '${a.mandate}' lacks ${listed(a.missing)}: it does not say ${a.missing.map(part => MANDATE_PART_MEANING[part] ?? part).join(', nor ')}. Add ${a.missing.length === 1 ? 'it' : 'them'}.`,
    mandateWithoutValidity: (a: { mandate: string }) =>
        `Mandate '${a.mandate}' has no 'valid' range: nobody can tell from when until when it holds. Add 'valid … to …', for example the period of the agreement.`,
    mandateOutsidePeriod: (a: { mandate: string; valid: string; agreement: string; period: string }) =>
        a.period.startsWith('from ')
            ? `Mandate '${a.mandate}' is valid ${a.valid}, but agreement '${a.agreement}' runs ${a.period} with no end: when the agreement starts, nobody may take these decisions. Let the 'valid' range include ${a.period.slice(5)}.`
            : `Mandate '${a.mandate}' is valid ${a.valid}, but agreement '${a.agreement}' runs ${a.period}: for part of the agreement nobody may take these decisions. Extend the 'valid' range to cover the whole period.`,
    submandateDenied: (a: { mandate: string; grantor: string; parents: readonly string[] }) =>
        `Mandate '${a.mandate}' is granted by '${a.grantor}', who holds this authority through ${a.parents.length === 1 ? 'mandate' : 'mandates'} ${listed(a.parents)}, which ${a.parents.length === 1 ? 'does' : 'do'} not allow passing it on (Awb 10:9). Add 'submandate allowed' to ${a.parents.length === 1 ? 'that mandate' : 'each of them'} if its grantor agrees, or have the mandate granted by the original grantor.`,
    submandateDeniedRelated: (a: { parent: string }) =>
        `Parent mandate '${a.parent}' does not allow sub-mandating.`,
    submandateLimitExceedsParent: (a: { mandate: string; limit: string; parents: readonly ParentValue[]; maximum: string }) =>
        `Sub-mandate '${a.mandate}' has limit ${amount(a.limit)}, higher than ${a.parents.map(p => `the ${amount(p.value)} of its parent '${p.parent}'`).join(' and ')}: a sub-mandate cannot give more than its parent holds. Lower the limit to at most ${amount(a.maximum)}.`,
    submandateValidityExceedsParent: (a: { mandate: string; valid: string; parents: readonly ParentValue[] }) =>
        `Sub-mandate '${a.mandate}' is valid ${a.valid}, which reaches outside ${a.parents.map(p => `the validity of its parent '${p.parent}' (${p.value})`).join(' and ')}: outside that time the parent gives no authority to pass on. Keep the 'valid' range within the parent's.`,
    submandateExceedsParentRelated: (a: { parent: string; what: string }) =>
        `Parent mandate '${a.parent}' has ${a.what.replace(/^limit (.*)$/, (_all, limit: string) => `limit ${amount(limit)}`)}.`,
    mandateCycle: (a: { holders: readonly string[]; mandates: readonly string[] }) =>
        a.holders.length === 1
            ? `Mandate ${listed(a.mandates)} is granted by '${a.holders[0]}' to '${a.holders[0]}' itself: a role cannot give itself authority. Have the mandate granted by the role or body that holds the authority.`
            : `Mandates ${listed(a.mandates)} grant authority in a circle: ${[...a.holders, a.holders[0]].map(h => `'${h}'`).join(' → ')}. Nobody is the source of the authority. Break the circle: have one of these mandates granted by the role or body that holds the authority.`,
    mandateCycleRelated: (a: { mandate: string }) => `Mandate '${a.mandate}' is part of the circle.`,
    partyWithoutMandate: (a: { party: string; agreement: string; commitments: readonly string[]; powers: readonly string[] }) =>
        a.powers.length > 0
            ? `Party '${a.party}' makes ${a.commitments.length === 1 ? 'commitment' : 'commitments'} ${listed(a.commitments)} in agreement '${a.agreement}', but none of its roles holds a mandate there and ${a.commitments.length === 1 ? 'the commitment does' : 'none of them does'} not decide under its own ${a.powers.length === 1 ? 'power' : 'powers'} ${listed(a.powers)}. Name the power with 'decides under ${a.party}.${a.powers[0]}', or grant a mandate to a role of ${a.party}.`
            : `Party '${a.party}' makes ${a.commitments.length === 1 ? 'commitment' : 'commitments'} ${listed(a.commitments)} in agreement '${a.agreement}', but none of its roles holds a mandate there: it must go back to its principal for every decision. Grant a mandate to a role of ${a.party}, or, if it decides under a power of its own, declare that power in party '${a.party}' and name it with 'decides under'.`,
    incompletePower: (a: { power: string; party: string; missing: ReadonlyArray<'held by' | 'basis'>; exampleRole?: string }) =>
        `Power '${a.power}' of party '${a.party}' lacks ${listed(a.missing)}: it does not say ${a.missing.map(part => POWER_PART_MEANING[part]).join(', nor ')}. Add ${a.missing.length === 1 ? 'it' : 'them'} on the power's line, for example ${a.missing.map(part => part === 'held by' ? `'held by ${a.exampleRole ?? 'ROLE'}'` : `'basis "Act, article"'`).join(' and ')}.`,
    powerHolderMismatch: (a: { commitment: string; parties: readonly string[]; power: string; powerParty: string }) =>
        `Commitment '${a.commitment}'${a.parties.length > 0 ? ` of ${joined(a.parties)}` : ''} decides under power '${a.power}', but that power belongs to ${a.powerParty}, which does not make this commitment. A party decides only under its own powers: add ${a.powerParty} to 'by' if the parties make the commitment jointly, or name a mandate that ${a.powerParty} grants to a role of ${joined(a.parties)}.`,
    powerDeclaredRelated: (a: { power: string; party: string }) =>
        `Power '${a.power}' belongs to party '${a.party}'.`,
    mandatePowerMismatch: (a: { mandate: string; power: string; powerParty: string; grantor: string; grantorParty: string }) =>
        `Mandate '${a.mandate}' hands on power '${a.power}' of ${a.powerParty}, but it is granted by '${a.grantor}', a role of ${a.grantorParty}: a mandate can only hand on a power of the grantor's own organisation (Awb 10:1). Name a power of ${a.grantorParty}, or have the mandate granted by a role of ${a.powerParty}.`
};
