/** Messages of the structure and name rules (syntax, references, names, fields, dates). */
export const structureEn = {
    reservedWord: (a: { word: string }) =>
        `'${a.word}' is a reserved word of Keten and cannot be used as a name. Choose another name, for example '${a.word}_1' or a more specific one.`,
    syntaxExpected: (a: { expected: string; found: string }) =>
        `Syntax error: expected ${a.expected} but found ${a.found}.`,
    syntaxUnexpectedCharacter: (a: { text: string }) =>
        `Syntax error: unexpected character '${a.text}'. Text outside quotes may only contain names, numbers, dates and keywords; put free text between double quotes, and use only \\" \\\\ \\n \\t as escapes inside them.`,
    syntaxGeneric: (a: { detail: string }) => `Syntax error: ${a.detail}`,
    /** Appended to a syntax error at a Dutch word that belongs in another block (COVENANT.md). */
    syntaxDidYouMeanControllerWord: (a: { word: string; suggestion: string; inData: boolean }) =>
        a.inData
            ? ` Inside a data block (gegevens) the controller is written '${a.suggestion}'; '${a.word}' (accountable) belongs at agreement level.`
            : ` At agreement level who is accountable is written '${a.suggestion}'; '${a.word}' (controller) belongs inside a data block (gegevens).`,
    /** A field written in a block it does not belong in (`steering` inside a mandate). */
    syntaxMisplacedField: (a: { word: string; writtenIn: string; writtenInName?: string; belongsIn: string; belongsInName?: string }) =>
        `Syntax error: '${a.word}' is not a field of ${a.writtenInName ? `${a.writtenIn} '${a.writtenInName}'` : `${article(a.writtenIn)} ${a.writtenIn}`}; `
        + `it belongs directly in ${a.belongsInName ? `${a.belongsIn} '${a.belongsInName}'` : `${article(a.belongsIn)} ${a.belongsIn}`}. `
        + `Move it out of the ${a.writtenIn}, after its '}'.`,
    /** Appended to a syntax error at the dot of `held by Party.role` / `reports to Party.role`. */
    syntaxOwnRoleByName: (a: { words: string; party: string; role: string }) =>
        ` '${a.words}' names a role of this party by its name alone: write '${a.words} ${a.role}', without '${a.party}.'.`,
    /** Appended to a syntax error at a keyword written with capitals (`Party`). */
    syntaxKeywordCase: (a: { word: string; keyword: string }) =>
        ` Keywords are written in lower case: '${a.keyword}', not '${a.word}'.`,
    /** `Gemeente . wethouder`: a qualified name with spaces, a line break or a comment between its parts. */
    syntaxSpacedName: (a: { written: string; name: string }) =>
        `Syntax error: a qualified name is written without spaces around the dot: '${a.name}', not '${a.written.replace(/\s+/g, ' ')}'.`,
    syntaxInvalidEscape: (a: { escape: string }) =>
        `Syntax error: '${a.escape}' is not an escape Keten knows. Inside quotes write \\" for a quote, \\\\ for a backslash, \\n for a new line and \\t for a tab; to write a backslash itself, double it.`,
    invalidUtf8: (a: { line: number; column: number }) =>
        `The file is not valid UTF-8 text: the byte at line ${a.line}, column ${a.column} cannot be read. Save the file as UTF-8.`,
    /** `nearest`: the nearest name of the right kind when none is close enough to be a typo. */
    unresolvedReference: (a: { name: string; expected: string; suggestion?: string; nearest?: string }) =>
        `Unknown ${a.expected} '${a.name}'.` +
        (a.suggestion ? ` Did you mean '${a.suggestion}'?`
            : ` Declare it, or correct the name` + (a.nearest ? ` (the closest ${a.expected} there is: '${a.nearest}').` : '.')),
    wrongKind: (a: { name: string; actual: string; expected: string; suggestion?: string }) =>
        `'${a.name}' is ${article(a.actual)} ${a.actual}, but ${article(a.expected)} ${a.expected} is expected here.` +
        (a.suggestion ? ` Did you mean '${a.suggestion}'?` : ` Name ${article(a.expected)} ${a.expected} instead.`),
    unknownRoleOfParty: (a: { name: string; party: string; roles: string[]; suggestion?: string }) =>
        `Party '${a.party}' has no role '${a.name}'.` +
        (a.suggestion ? ` Did you mean '${a.suggestion}'?` : '') +
        (a.roles.length > 0 ? ` Its roles are ${a.roles.map(r => `'${r}'`).join(', ')}.` : ` Declare the role in party '${a.party}'.`),
    duplicateName: (a: { kind: string; name: string }) =>
        `The name '${a.name}' is already used by another declaration; this ${a.kind} needs a name of its own.`,
    duplicateNameRelated: (a: { name: string }) => `'${a.name}' is first declared here.`,
    duplicateInvolvedParty: (a: { party: string; agreement: string }) =>
        `Party '${a.party}' is listed in both 'parties' and 'involving' of agreement '${a.agreement}': a party is either bound by the agreement or acts in it without being bound, not both. Remove it from 'involving' (or from 'parties', if it does not sign).`,
    duplicateInvolvedPartyRelated: (a: { party: string }) => `'${a.party}' is listed in 'parties' here.`,
    duplicateField: (a: { field: string; block: string }) =>
        `'${a.field}' is given more than once in ${a.block}; only the first counts. Remove this one or merge the two.`,
    duplicateFieldRelated: (a: { field: string }) => `The first '${a.field}' is here.`,
    missingFields: (a: { block: string; fields: string[] }) =>
        `${a.block.charAt(0).toUpperCase()}${a.block.slice(1)} lacks ${a.fields.map(f => `'${f}'`).join(' and ')}. Add ${a.fields.length === 1 ? 'it' : 'them'}.`,
    invalidDate: (a: { date: string }) =>
        `'${a.date}' is not a calendar date. Write a real date as YYYY-MM-DD.`,
    reversedPeriod: (a: { start: string; end: string }) =>
        `The range ends (${a.end}) before it starts (${a.start}). Swap the dates or correct one of them.`,
    roleCycle: (a: { party: string; roles: string[] }) =>
        `The roles ${a.roles.map(r => `'${r}'`).join(' → ')} of ${a.party} report to each other in a circle; nobody is at the top. Break the cycle by removing one 'reports to'.`,
    roleCycleRelated: (a: { role: string }) => `'${a.role}' is part of the cycle.`
};

/** 'a' or 'an' before an English word. */
function article(word: string): string {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
