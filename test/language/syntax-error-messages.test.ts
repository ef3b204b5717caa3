/**
 * Syntax errors in Keten's words (RULES.md: a message says what would fix it):
 * - COVENANT.md: where `verantwoordelijk` is written inside `gegevens` (or `verantwoordelijke`
 *   at agreement level), the syntax error suggests the other word — whatever fields come before
 *   it (a field of an odd number of words, a title, a comment, a nested block);
 * - never a token name of the parser (`FREE_KEYWORD`, `EOF`), in English or Dutch.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, createKetenServices, formatText, parseKetenText } from '@keten/language';

const PARTIES = 'partij A {\n  rol college\n}\n';
const IN_DATA = 'Inside a data block (gegevens) the controller is written \'verantwoordelijke\'';
const AT_AGREEMENT = 'At agreement level who is accountable is written \'verantwoordelijk\'';

async function syntaxMessages(text: string, locale: 'en' | 'nl' = 'en'): Promise<string[]> {
    const services = createKetenServices(EmptyFileSystem);
    services.Keten.keten.Settings.locale = locale;
    const [file] = await checkWorkspace(services, [{ path: '/hint/a.keten', bytes: PARTIES + text }]);
    return file.diagnostics.filter(d => d.code === 'syntax-error').map(d => d.message);
}

describe('the controller word hint', () => {
    it.each([
        ['after a field of two words', 'afspraak Conv {\n  partijen A\n  sturing A.college\n  gegevens Sig {\n    verantwoordelijk A\n  }\n}\n'],
        ['after a goal and a titled block', 'afspraak Conv "Titel" {\n  doel "Snel helpen, en goed"\n  gegevens Sig "Signalen" {\n    van A\n    verantwoordelijk A\n  }\n}\n'],
        ['after a closed block and a comment', 'afspraak Conv {\n  mandaat M {\n    van A.college\n  }\n  // gegevens { niet hier\n  data Sig {\n    verantwoordelijk A\n  }\n}\n']
    ])('suggests verantwoordelijke inside gegevens %s', async (_, text) => {
        const messages = await syntaxMessages(text);
        expect(messages.some(message => message.includes(IN_DATA)), messages.join('\n')).toBe(true);
    });

    it('suggests verantwoordelijk at agreement level, after a data block', async () => {
        const messages = await syntaxMessages('afspraak Conv {\n  sturing A.college\n  gegevens Sig {\n    verantwoordelijke A\n  }\n  verantwoordelijke A.college\n}\n');
        expect(messages.some(message => message.includes(AT_AGREEMENT)), messages.join('\n')).toBe(true);
        expect(messages.some(message => message.includes(IN_DATA))).toBe(false);
    });

    it('gives no hint inside another block', async () => {
        const messages = await syntaxMessages('afspraak Conv {\n  sturing A.college\n  mandaat M {\n    verantwoordelijk A\n  }\n}\n');
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.some(message => message.includes(IN_DATA) || message.includes(AT_AGREEMENT))).toBe(false);
    });
});

describe('text after the last declaration', () => {
    it('is said in Keten\'s words, never the parser\'s', async () => {
        // The stray `}` closes nothing: the parser's own wording was "Expecting end of file but found `}`."
        const messages = await syntaxMessages('afspraak Conv {\n  sturing A.college\n  gegevens Sig {\n    van A\n  }\n}\n}\n');
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).not.toMatch(/Expecting|Redundant input|EOF/);
        expect(messages.some(message => message.includes("expected 'party', 'body' or 'agreement' but found '}'")), messages.join('\n')).toBe(true);
    });
});

describe('what was expected, in words', () => {
    it('a free word is "a word", never the token name FREE_KEYWORD', async () => {
        for (const locale of ['en', 'nl'] as const) {
            const messages = await syntaxMessages('partij B {\n  type 5\n  rol hoofd\n}\n', locale);
            expect(messages.length).toBeGreaterThan(0);
            for (const message of messages) expect(message).not.toMatch(/FREE_KEYWORD|\bID\b|\bEOF\b/);
            expect(messages[0]).toBe(locale === 'en' ? "Syntax error: expected a word but found '5'." : "Syntaxfout: hier hoort een woord, maar er staat '5'.");
        }
    });
});

describe('keywords written with capitals', () => {
    it('names the lower-case keyword, at the top level and inside a block, in both languages', async () => {
        expect(await syntaxMessages('Party A "A" {\n  role r "R"\n}\n')).toEqual([
            "Syntax error: expected 'party', 'body' or 'agreement' but found 'Party'. Keywords are written in lower case: 'party', not 'Party'."
        ]);
        expect(await syntaxMessages('party A "A" {\n  Role r "R"\n}\n')).toEqual([
            "Syntax error: expected '}' but found 'Role'. Keywords are written in lower case: 'role', not 'Role'."
        ]);
        expect(await syntaxMessages('Partij A "A" {\n  rol r "R"\n}\n', 'nl')).toEqual([
            "Syntaxfout: hier hoort 'partij', 'orgaan' of 'afspraak', maar er staat 'Partij'. Trefwoorden schrijft u met kleine letters: 'partij', niet 'Partij'."
        ]);
    });

    it('gives no hint for a capitalised word that is a keyword only in its place: it may be a declared name', async () => {
        const messages = await syntaxMessages('party Data "D" {\n  role r "R"\n}\nagreement X {\n  parties A Data\n}\n');
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).not.toMatch(/lower case/);
    });

    it('says what may start a declaration after the last one, with no hint for a word that is no keyword', async () => {
        expect(await syntaxMessages('party A "A" {\n  role r "R"\n}\nxyz\n')).toEqual([
            "Syntax error: expected 'party', 'body' or 'agreement' but found 'xyz'."
        ]);
    });
});

describe('a field written in a block it does not belong in', () => {
    const AGREEMENT = (inside: string) => `agreement G {\n  parties A\n  period 2026-01-01 to 2026-12-31\n  mandate M {\n    from A.college\n${inside}    scope "x"\n  }\n  commitment C {\n    by A\n  }\n}\n`;
    const syntaxFindings = async (text: string, locale: 'en' | 'nl' = 'en') => {
        const services = createKetenServices(EmptyFileSystem);
        services.Keten.keten.Settings.locale = locale;
        const [file] = await checkWorkspace(services, [{ path: '/misplaced/a.keten', bytes: PARTIES + text }]);
        return file.diagnostics.filter(d => d.code === 'syntax-error').map(d => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
    };

    it('is one syntax error at the field, saying where it belongs (before: three, up to the end of the file)', async () => {
        expect(await syntaxFindings(AGREEMENT('    steering A.college\n'))).toEqual([{
            line: 9, column: 5,
            message: "Syntax error: 'steering' is not a field of mandate 'M'; it belongs directly in agreement 'G'. Move it out of the mandate, after its '}'."
        }]);
    });

    it('says so in Dutch, with the hint of the controller word kept', async () => {
        const text = 'afspraak Conv {\n  partijen A\n  gegevens Sig {\n    van A\n    verantwoordelijk A.college\n    doel "x"\n  }\n}\n';
        const findings = await syntaxFindings(text, 'nl');
        expect(findings).toHaveLength(1);
        expect(findings[0].message).toMatch(/^Syntaxfout: 'verantwoordelijk' is geen veld van gegevensblok 'Sig'; het hoort direct in afspraak 'Conv'\. Zet het buiten gegevensblok 'Sig', na de '\}' ervan\. In een gegevensblok schrijft u de verwerkingsverantwoordelijke als 'verantwoordelijke'/);
    });

    it('takes out each of several misplaced fields, and keeps any other syntax error of the file', async () => {
        const text = AGREEMENT('    steering A.college\n    accountable A.college\n').replace('commitment C {\n    by A\n  }', 'commitment C {\n    by A\n    due 2026-13\n  }');
        const findings = await syntaxFindings(text);
        expect(findings.map(f => [f.line, f.message]), JSON.stringify(findings, null, 1)).toEqual([
            [9, expect.stringMatching(/^Syntax error: 'steering' is not a field of mandate 'M'/)],
            [10, expect.stringMatching(/^Syntax error: 'accountable' is not a field of mandate 'M'/)],
            // The wrong date of the commitment after the mandate (before: hidden by the cascade).
            [15, expect.stringMatching(/^Syntax error: expected one of a date \(YYYY-MM-DD\)/)]
        ]);
    });

    it('leaves the parser\'s errors as they are when a brace of the file is missing (a block still being typed)', async () => {
        const text = 'agreement G {\n  parties A\n  mandate M {\n    from A.college\n  steering A.college\n}\n';
        const findings = await syntaxFindings(text);
        expect(findings.some(f => /is not a field of/.test(f.message))).toBe(false);
        expect(findings.length).toBeGreaterThan(0);
    });

    it('gives the other findings of the file outside the broken agreement as before', async () => {
        const services = createKetenServices(EmptyFileSystem);
        const [file] = await checkWorkspace(services, [{ path: '/misplaced/b.keten', bytes: PARTIES + AGREEMENT('    steering A.college\n') + 'agreement H {\n  parties A\n}\n' }]);
        const rules = file.diagnostics.map(d => d.code);
        expect(rules.filter(rule => rule === 'syntax-error')).toHaveLength(1);
        // H is sound as to syntax: its own findings stay (no period, no steering, …).
        expect(rules).toContain('missing-field');
    });
});

describe('a role of the party itself written with the party before it', () => {
    it('held by / reports to Party.role: says to write the role by its name alone, in both languages', async () => {
        const heldBy = await syntaxMessages('party B {\n  role wethouder\n  power P held by B.wethouder basis "Wet"\n}\n');
        expect(heldBy).toEqual([expect.stringContaining(" 'held by' names a role of this party by its name alone: write 'held by wethouder', without 'B.'.")]);
        const valtOnder = await syntaxMessages('partij B {\n  rol w\n  rol d valt onder B.w\n}\n', 'nl');
        expect(valtOnder).toEqual([expect.stringContaining(" Na 'valt onder' staat een rol van deze partij, met alleen haar naam: schrijf 'valt onder w', zonder 'B.'.")]);
    });

    it('gives no such hint for a dot elsewhere', async () => {
        const messages = await syntaxMessages('party B {\n  role w\n  type a.b\n}\n');
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.some(message => message.includes('by its name alone'))).toBe(false);
    });
});

describe('a qualified name with spaces around its dot (LANGUAGE.md: "a dot between identifiers, no spaces")', () => {
    const BODY = (members: string) => `orgaan O {\n  leden ${members}\n}\n`;

    it('is one syntax error on the gap, saying how to write it, in both languages', async () => {
        const services = createKetenServices(EmptyFileSystem);
        const [file] = await checkWorkspace(services, [{ path: '/hint/a.keten', bytes: PARTIES + BODY('A . college') }]);
        const errors = file.diagnostics.filter(d => d.code === 'syntax-error');
        expect(errors.map(d => [d.range.start, d.range.end, d.message])).toEqual([[
            { line: 4, character: 9 }, { line: 4, character: 10 },
            "Syntax error: a qualified name is written without spaces around the dot: 'A.college', not 'A . college'."
        ]]);
        expect(await syntaxMessages(BODY('A./* rol */college'), 'nl')).toEqual([
            "Syntaxfout: een samengestelde naam staat zonder spaties rond de punt: 'A.college', niet 'A./* rol */college'."
        ]);
        expect(await syntaxMessages(BODY('A.\n    college'))).toHaveLength(1);
    });

    it('is repaired by formatting: keten format writes the name as one word', async () => {
        const services = createKetenServices(EmptyFileSystem).Keten;
        const formatted = await formatText(services, parseKetenText(services, PARTIES + BODY('A .\n   college')));
        expect(formatted).toContain('  leden A.college\n');
        expect(await syntaxMessages(formatted!.slice(PARTIES.length))).toEqual([]);
    });

    it('is no error written as one word, nor for spaces around the commas of a list', async () => {
        expect(await syntaxMessages(BODY('A.college , A.college'))).toEqual([]);
    });
});
