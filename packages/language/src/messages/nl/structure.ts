/** Dutch messages of the structure and name rules (syntax, references, names, fields, dates). */
import type { structureEn } from '../en/structure.js';
import { formatDateFor } from '../format-values.js';
import { capitalised, fieldKeywordNl } from './dutch-words.js';
import { thisKindNl } from './kinds.js';

/** The English phrases of the parser's expectations (see `validation/syntax-error-message.ts`), in Dutch. */
const SYNTAX_PHRASES_NL: ReadonlyArray<readonly [RegExp, string]> = [
    [/\ba name\b/g, 'een naam'],
    [/\ba word\b/g, 'een woord'],
    [/\ba text in double quotes\b/g, 'een tekst tussen dubbele aanhalingstekens'],
    [/\ba date \(YYYY-MM-DD\)/g, 'een datum (JJJJ-MM-DD)'],
    [/\ba whole number\b/g, 'een geheel getal'],
    [/\ba number\b/g, 'een getal'],
    [/\bthe end of the file\b/g, 'het einde van het bestand'],
    [/\bsomething else\b/g, 'iets anders'],
    // What may start a declaration, with the Dutch keywords (DUTCH.md).
    [/'party', 'body' or 'agreement'/g, `'partij', 'orgaan' of 'afspraak'`],
    [/^one of /, 'een van '],
    [/ or '/g, ` of '`]
];

function syntaxPhraseNl(text: string): string {
    return SYNTAX_PHRASES_NL.reduce((result, [pattern, dutch]) => result.replace(pattern, dutch), text);
}

export const structureNl: typeof structureEn = {
    reservedWord: a =>
        `'${a.word}' is een gereserveerd woord van Keten en kan geen naam zijn. Kies een andere naam, bijvoorbeeld '${a.word}_1' of een specifiekere.`,
    syntaxExpected: a =>
        `Syntaxfout: hier hoort ${syntaxPhraseNl(a.expected)}, maar er staat ${syntaxPhraseNl(a.found)}.`,
    syntaxUnexpectedCharacter: a =>
        `Syntaxfout: onverwacht teken '${a.text}'. Buiten aanhalingstekens mogen alleen namen, getallen, datums en trefwoorden staan; zet vrije tekst tussen dubbele aanhalingstekens, en gebruik daarbinnen alleen \\" \\\\ \\n \\t als tekens met een backslash.`,
    syntaxGeneric: a => `Syntaxfout: ${a.detail}`,
    syntaxDidYouMeanControllerWord: a =>
        a.inData
            ? ` In een gegevensblok schrijft u de verwerkingsverantwoordelijke als '${a.suggestion}'; '${a.word}' (wie verantwoording aflegt) hoort op het niveau van de afspraak.`
            : ` Op het niveau van de afspraak schrijft u wie verantwoording aflegt als '${a.suggestion}'; '${a.word}' (de verwerkingsverantwoordelijke) hoort in een gegevensblok.`,
    syntaxMisplacedField: a =>
        `Syntaxfout: '${a.word}' is geen veld van ${a.writtenInName ? `${a.writtenIn} '${a.writtenInName}'` : `een ${a.writtenIn}`}; `
        + `het hoort direct in ${a.belongsInName ? `${a.belongsIn} '${a.belongsInName}'` : `een ${a.belongsIn}`}. `
        + `Zet het buiten ${a.writtenInName ? `${a.writtenIn} '${a.writtenInName}'` : `dit blok`}, na de '}' ervan.`,
    syntaxOwnRoleByName: a =>
        ` Na '${a.words}' staat een rol van deze partij, met alleen haar naam: schrijf '${a.words} ${a.role}', zonder '${a.party}.'.`,
    syntaxKeywordCase: a =>
        ` Trefwoorden schrijft u met kleine letters: '${a.keyword}', niet '${a.word}'.`,
    syntaxSpacedName: a =>
        `Syntaxfout: een samengestelde naam staat zonder spaties rond de punt: '${a.name}', niet '${a.written.replace(/\s+/g, ' ')}'.`,
    syntaxInvalidEscape: a =>
        `Syntaxfout: '${a.escape}' is geen teken met een backslash dat Keten kent. Schrijf binnen aanhalingstekens \\" voor een aanhalingsteken, \\\\ voor een backslash, \\n voor een nieuwe regel en \\t voor een tab; een backslash zelf schrijft u dubbel.`,
    invalidUtf8: a =>
        `Het bestand is geen geldige UTF-8-tekst: de byte op regel ${a.line}, kolom ${a.column} is onleesbaar. Sla het bestand op als UTF-8.`,
    unresolvedReference: a =>
        `Er is geen ${a.expected} met de naam '${a.name}'.` +
        (a.suggestion ? ` Bedoelt u '${a.suggestion}'?`
            : ` Voeg die toe, of verbeter de naam` + (a.nearest ? ` (de naam die er het dichtst bij komt: '${a.nearest}').` : '.')),
    wrongKind: a =>
        `'${a.name}' is een ${a.actual}, maar hier hoort een ${a.expected}.` +
        (a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : ` Noem hier een ${a.expected}.`),
    unknownRoleOfParty: a =>
        `Partij '${a.party}' heeft geen rol '${a.name}'.` +
        (a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : '') +
        (a.roles.length > 0 ? ` Haar rollen zijn ${a.roles.map(r => `'${r}'`).join(', ')}.` : ` Voeg de rol toe aan partij '${a.party}'.`),
    duplicateName: a =>
        `De naam '${a.name}' wordt al gebruikt voor iets anders; ${thisKindNl(a.kind)} heeft een eigen naam nodig.`,
    duplicateNameRelated: a => `Hier is '${a.name}' voor het eerst vastgelegd.`,
    duplicateInvolvedParty: a =>
        `Partij '${a.party}' staat bij 'partijen' én bij 'betrokken' van afspraak '${a.agreement}': een partij is aan de afspraak gebonden of werkt mee zonder gebonden te zijn, niet allebei. Haal haar weg bij 'betrokken' (of bij 'partijen', als ze niet ondertekent).`,
    duplicateInvolvedPartyRelated: a => `Hier staat '${a.party}' bij 'partijen'.`,
    duplicateField: a =>
        `'${a.field}' staat meer dan eens in ${a.block}; alleen de eerste telt. Verwijder deze of voeg de twee samen.`,
    duplicateFieldRelated: a => `Hier staat de eerste '${a.field}'.`,
    missingFields: a =>
        `${capitalised(a.block)} mist ${a.fields.map(f => `'${fieldKeywordNl(f)}'`).join(' en ')}. Voeg ${a.fields.length === 1 ? 'dit veld' : 'deze velden'} toe.`,
    invalidDate: a =>
        `'${a.date}' is geen bestaande datum. Schrijf een echte datum als JJJJ-MM-DD.`,
    reversedPeriod: a =>
        `De periode eindigt (${formatDateFor('nl', a.end)}) voordat ze begint (${formatDateFor('nl', a.start)}). Draai de datums om of verbeter er een.`,
    roleCycle: a =>
        `De rollen ${a.roles.map(r => `'${r}'`).join(' → ')} van ${a.party} vallen in een kring onder elkaar; niemand staat bovenaan. Doorbreek de kring door één 'valt onder' te verwijderen.`,
    roleCycleRelated: a => `'${a.role}' maakt deel uit van de kring.`
};
