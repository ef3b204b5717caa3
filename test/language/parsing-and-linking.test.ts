/**
 * The language of LANGUAGE.md: literals, free words, reserved words, titles, doc comments,
 * qualified names across files, and the messages of unresolved references.
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKetenServices, isAgreement, isParty, reservedWords, type Document } from '@keten/language';
import { checkSources } from '../support/check-sources.js';

const PARTIES = `
party Gemeente "Gemeente Zutphen" {
  type municipality
  role wethouder
  role directeur reports to wethouder
}
party Aanbieder {
  role regisseur
}
body Stuurgroep { members Gemeente.wethouder, Aanbieder.regisseur }
`;

async function parse(text: string) {
    const services = createKetenServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file('/virtual/test.keten'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { services, document, root: document.parseResult.value };
}

const syntaxErrors = async (text: string) => (await checkSources({ 'a.keten': text })).filter(f => f.rule === 'syntax-error');

describe('literals', () => {
    it('reads strings with escapes, any Unicode and line breaks', async () => {
        const { root, document } = await parse(`agreement A "Zorg & Veiligheid: € 5.000, ë, \\"quoted\\", a\\\\b\\n\\tx
second line" { }`);
        expect(document.parseResult.parserErrors).toEqual([]);
        const agreement = root.elements[0];
        expect(isAgreement(agreement) && agreement.title).toBe('Zorg & Veiligheid: € 5.000, ë, "quoted", a\\b\n\tx\nsecond line');
    });

    it('rejects any other escape', async () => {
        const errors = await syntaxErrors('agreement A "bad \\q escape" { }');
        expect(errors.length).toBeGreaterThan(0);
    });

    it('reads numbers: integers, decimals, negatives', async () => {
        const { root, document } = await parse(`${PARTIES}
agreement A { mandate M { limit 0.35 EUR } effect E { baseline -3 on 2026-01-01 target >= 25000 by 2027-01-01 } }`);
        expect(document.parseResult.parserErrors).toEqual([]);
        const agreement = root.elements.find(isAgreement)!;
        const mandate = agreement.members.find(m => m.$type === 'Mandate');
        const effect = agreement.members.find(m => m.$type === 'Effect');
        expect(JSON.stringify(mandate && 'fields' in mandate && mandate.fields[0] && (mandate.fields[0] as { amount?: { value: number } }).amount?.value)).toBe('0.35');
        const fields = effect && 'fields' in effect ? (effect.fields as Array<{ value?: number }>) : [];
        expect(fields.map(f => f.value)).toEqual([-3, 25000]);
    });

    it('durations take whole numbers only', async () => {
        expect(await syntaxErrors(`agreement A { escalation R { level X.y within 5.5 workdays } }`)).not.toEqual([]);
        expect(await syntaxErrors(`agreement A { escalation R { level X.y within 5 workdays } }`)).toEqual([]);
    });

    it('lexes dates and leaves calendar checks to invalid-date', async () => {
        const findings = await checkSources({ 'a.keten': 'agreement A { period 2026-02-30 to 2026-03-01 }' });
        expect(findings.map(f => f.rule)).toContain('invalid-date');
        expect(findings.map(f => f.rule)).not.toContain('syntax-error');
    });

    it('accepts line and block comments, a byte-order mark and CRLF', async () => {
        const errors = await syntaxErrors('\ufeff// line\r\n/* block\r\n */\r\nparty P { role r } // trailing\r\n');
        expect(errors).toEqual([]);
    });
});

describe('free words and reserved words', () => {
    it('accepts keywords as free words: party type, units and per words', async () => {
        const text = `${PARTIES}
party Week { type week role r }
agreement A {
  mandate M { limit 16 hours per week }
  condition C { resource 3 to per level }
  effect E { unit days }
  effect F { unit reports }
  effect G { unit "%" }
}`;
        expect(await syntaxErrors(text)).toEqual([]);
    });

    it('refuses a keyword as a declaration name, saying it is reserved', async () => {
        for (const text of ['party week { }', 'party P { role level }', 'agreement A { mandate to { } }', 'body leden { }']) {
            const errors = await syntaxErrors(text);
            expect(errors.length, text).toBeGreaterThan(0);
            expect(errors[0].message, text).toMatch(/reserved word/);
        }
    });

    it('reserves every keyword of LANGUAGE.md and DUTCH.md', () => {
        const listed = `accountable agreement allowed baseline basis before body by chair commitment condition
            day days decides denied due effect escalation every from goal indicator kind level limit mandate
            measured members month monthly months needs on outcome output parties party per period provided
            quality quarterly reports resource review role scope steering submandate target through to type
            under unit valid week weekly weeks within workday workdays year yearly years`.split(/\s+/);
        const dutch = `partij soort rol valt onder orgaan leden voorzitter afspraak partijen looptijd tot doel sturing
            verantwoordelijk evaluatie elke door mandaat van aan reikwijdte limiet grondslag ondermandaat toegestaan
            uitgesloten geldig voorwaarde geleverd middel voor toezegging beslist vereist uiterlijk escalatie niveau
            binnen uitkomst kwaliteit prestatie eenheid nulmeting op streefwaarde gemeten uit wekelijks maandelijks
            driemaandelijks jaarlijks via dag dagen werkdag werkdagen weken maand maanden jaar jaren`.split(/\s+/);
        for (const word of [...listed, ...dutch]) expect(reservedWords().has(word), word).toBe(true);
    });
});

describe('declarations', () => {
    it('makes titles optional on every declaration', async () => {
        const text = `party P { role r }
body B { members P.r }
agreement A { mandate M { } condition C { } commitment K { } escalation E { } effect F { } }`;
        expect(await syntaxErrors(text)).toEqual([]);
    });

    it('accepts fields in any order', async () => {
        const text = `${PARTIES}
agreement A {
  review every 6 weeks by Stuurgroep
  effect E { through K measured monthly by Aanbieder kind output target >= 1 by 2026-06-01 unit x indicator "i" baseline 0 on 2025-12-31 }
  steering Gemeente.wethouder
  commitment K { due 2026-03-01 needs C by Aanbieder }
  condition C { before 2026-01-01 provided by Aanbieder }
  period 2026-01-01 to 2026-12-31
  parties Gemeente, Aanbieder
}`;
        const { document } = await parse(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.references.filter(r => r.error).map(r => r.$refText)).toEqual([]);
    });

    it('keeps doc comments for hover and reports', async () => {
        const { services, root } = await parse('/** Opdrachtgever voor jeugdhulp. */\nparty Zutphen "Gemeente Zutphen" { role wethouder }');
        const party = root.elements.find(isParty)!;
        expect(services.Keten.documentation.DocumentationProvider.getDocumentation(party)).toContain('Opdrachtgever voor jeugdhulp.');
    });

    it('accepts Dutch and English keywords mixed in one file', async () => {
        const text = `partij P { soort gemeente rol a rol b valt onder a }
party Q { role c }
afspraak A { partijen P, Q period 2026-01-01 tot 2026-12-31 sturing P.a }`;
        expect(await syntaxErrors(text)).toEqual([]);
    });
});

describe('names across files', () => {
    it('resolves Party.role, parties and bodies from another file, without imports', async () => {
        const findings = await checkSources({
            'parties.keten': PARTIES,
            'agreement.keten': `agreement A { parties Gemeente, Aanbieder steering Stuurgroep accountable Gemeente.wethouder }`
        });
        expect(findings.filter(f => f.rule === 'unresolved-reference')).toEqual([]);
    });

    it('resolves A and A.r to the same declaration when a party is declared in two files: only duplicate-name', async () => {
        const agreement = `party A {\n  role r\n}\n\nparty B {\n  role r\n}\n\nagreement G {\n  parties A, B\n  period 2026-01-01 to 2026-12-31\n  steering A.r\n  accountable A.r\n  review every 1 week by A.r\n\n  commitment C {\n    by A\n    needs T\n  }\n\n  condition T {\n    provided by B\n  }\n\n  escalation E {\n    level B.r within 1 day\n    level A.r within 2 days decides\n  }\n\n  effect F {\n    indicator "x"\n    unit days\n    baseline 1 on 2026-01-01\n    target <= 0 by 2026-12-31\n    measured monthly by B\n    through C\n  }\n}\n`;
        // Alone the file is sound; with a second declaration of A in another file (first in the
        // workspace), only that repeat is reported, whichever file comes first.
        expect(await checkSources({ 'y.keten': agreement })).toEqual([]);
        const workspaces: Array<Record<string, string>> = [{ 'x.keten': 'party A {\n  role r\n}\n', 'y.keten': agreement }, { 'y.keten': agreement, 'z.keten': 'party A {\n  role r\n}\n' }];
        for (const files of workspaces) {
            expect((await checkSources(files)).map(f => f.rule)).toEqual(['duplicate-name']);
        }
    });

    it('resolves `reports to` within the same party only', async () => {
        const findings = await checkSources({ 'a.keten': 'party P { role a }\nparty Q { role b reports to a }' });
        expect(findings.map(f => f.rule)).toEqual(['unresolved-reference']);
    });

    it('names the closest existing name of the right kind even when none is close enough to be a typo (RULES.md)', async () => {
        const text = 'party Gemeente { role a }\nparty Aanbieder { role b }\nbody S { members Gemeente.a }\nagreement A { parties Gemeente, Xyzzy period 2026-01-01 to 2026-12-31 }';
        const [far] = (await checkSources({ 'a.keten': text })).filter(f => f.rule === 'unresolved-reference');
        expect(far.message).toBe("Unknown party 'Xyzzy'. Declare it, or correct the name (the closest party there is: 'Gemeente').");
        const [dutch] = (await checkSources({ 'a.keten': text }, 'nl')).filter(f => f.rule === 'unresolved-reference');
        expect(dutch.message).toBe("Er is geen partij met de naam 'Xyzzy'. Voeg die toe, of verbeter de naam (de naam die er het dichtst bij komt: 'Gemeente').");
    });

    it('suggests for `reports to` only a role of the same party, by its plain name', async () => {
        const [other] = await checkSources({ 'a.keten': 'party P { role manager }\nparty Q { role b reports to manager }' });
        expect(other.message).toBe("Unknown role 'manager'. Declare it, or correct the name.");
        // (Q's only role is the one that reports: it is never named as its own superior.)
        const [own] = await checkSources({ 'a.keten': 'party P { role manager }\nparty Q { role manger role b reports to mangr }' });
        expect(own.message).toBe("Unknown role 'mangr'. Did you mean 'manger'?");
        // A party's name there: no `Party.role` suggested (it cannot be written after `reports to`).
        const [party] = await checkSources({ 'a.keten': 'party P { role manager }\nparty Q { role b reports to P }' });
        expect(party.message).toMatch(/^'P' is a party, but a role is expected here\./);
        expect(party.message).not.toContain('P.manager');
    });

    it('suggests the closest name of the right kind', async () => {
        const findings = await checkSources({ 'p.keten': PARTIES, 'a.keten': 'agreement A { parties Gemeente, Aanbeider }' });
        const unresolved = findings.filter(f => f.rule === 'unresolved-reference');
        expect(unresolved).toHaveLength(1);
        expect(unresolved[0].message).toMatch(/Unknown party 'Aanbeider'\. Did you mean 'Aanbieder'\?/);
        expect(unresolved[0].column).toBe(33);
    });

    it('names the expected kind when a name of the wrong kind is used', async () => {
        const findings = await checkSources({
            'p.keten': PARTIES,
            'a.keten': 'agreement A { parties Gemeente, Stuurgroep steering Gemeente }'
        });
        const messages = findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message);
        expect(messages).toEqual([
            expect.stringMatching(/'Stuurgroep' is a body, but a party is expected/),
            expect.stringMatching(/'Gemeente' is a party, but a role or body is expected here. Did you mean 'Gemeente.wethouder'\?/)
        ]);
    });

    it('suggests Party.role for a plain role name, and the party for Party.x where a party is expected', async () => {
        const findings = await checkSources({
            'a.keten': 'party Zutphen { role wethouder role directeur reports to wethouder }\nparty Aanbieder { role regisseur }\n'
                + 'agreement G { parties Zutphen, Aanbieder.regiseur steering wethouder }'
        });
        expect(findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message)).toEqual([
            "Unknown party 'Aanbieder.regiseur'. Did you mean 'Aanbieder'?",
            "Unknown role or body 'wethouder'. Did you mean 'Zutphen.wethouder'?"
        ]);
        // An entry of `parties` that does not resolve: no party-not-in-agreement for Aanbieder's roles.
        expect(findings.filter(f => f.rule === 'party-not-in-agreement')).toEqual([]);
    });

    it('a power where a role is expected is said to be a power, with the role that holds it suggested', async () => {
        const findings = await checkSources({
            'a.keten': 'party A { role r power P held by r basis "Wet" }\nagreement G { parties A steering A.r accountable A.P }'
        });
        const [message] = findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message);
        expect(message).toBe("'A.P' is a power, but a role or body is expected here. Did you mean 'A.r'?");
    });

    it('after decides under, a party is said to be no mandate or power, with one of its powers suggested', async () => {
        const findings = await checkSources({
            'a.keten': 'party A { role r power Pw held by r basis "Wet" }\nagreement G { parties A commitment C { by A decides under A } }'
        });
        const [message] = findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message);
        expect(message).toBe("'A' is a party, but a mandate or power is expected here. Did you mean 'A.Pw'?");
    });

    it('keeps agreement members local to their agreement', async () => {
        const findings = await checkSources({
            'a.keten': `agreement A { condition C { } }
agreement B { commitment K { needs C } }`
        });
        expect(findings.filter(f => f.rule === 'unresolved-reference').map(f => f.message)).toEqual([expect.stringMatching(/Unknown condition 'C'/)]);
    });
});

describe('references (KetenLinker.buildReference: one class for every reference)', () => {
    const text = `${PARTIES}\nagreement A { parties Gemeente steering Gemeente.wethouder accountable Gemeente.nobody }`;
    const steeringOf = (root: Document) => {
        const agreement = root.elements.find(isAgreement)!;
        const field = agreement.members.find(m => m.$type === 'SteeringField') as unknown as { holder: import('langium').Reference };
        const accountable = agreement.members.find(m => m.$type === 'AccountableField') as unknown as { holder: import('langium').Reference };
        return { steering: field.holder, accountable: accountable.holder };
    };

    it('resolves a reference read before linking, once, and lists it with the document once', async () => {
        const services = createKetenServices(EmptyFileSystem);
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const document = LangiumDocumentFactory.fromString<Document>(text, URI.file('/virtual/lazy.keten'));
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: false }, undefined);
        const { steering } = steeringOf(document.parseResult.value);
        const role = steering.ref;
        expect(role && isParty(role.$container) && role.$container.name).toBe('Gemeente');
        expect(steering.$nodeDescription?.name).toBe('Gemeente.wethouder');
        expect(document.references.filter(ref => ref === steering)).toHaveLength(1);
        expect(steering.error).toBeUndefined();
    });

    it('keeps the linking error of a name that does not resolve, and relinks after unlinking', async () => {
        const { services, document, root } = await parse(text);
        const { steering, accountable } = steeringOf(root);
        expect(accountable.ref).toBeUndefined();
        expect(accountable.error?.message).toMatch(/nobody/);
        const linker = services.Keten.references.Linker;
        const before = steering.ref;
        const count = document.references.length;
        linker.unlink(document);
        expect(document.references).toEqual([]);
        expect((steering as unknown as { _ref: unknown })._ref).toBeUndefined();
        expect(steering.$nodeDescription).toBeUndefined();
        await linker.link(document);
        expect(steering.ref).toBe(before);
        expect(accountable.error?.message).toMatch(/nobody/);
        expect(document.references).toHaveLength(count);
    });

    it('has the same shape for every reference: no own getters, nothing enumerable beyond Langium\'s fields', async () => {
        const { root } = await parse(text);
        const { steering, accountable } = steeringOf(root);
        for (const reference of [steering, accountable]) {
            expect(Object.getOwnPropertyDescriptor(reference, 'ref')).toBeUndefined();
            expect(Object.keys(reference).sort()).toEqual(['$refNode', '$refText', '_nodeDescription', '_ref']);
        }
        expect(Object.getPrototypeOf(steering)).toBe(Object.getPrototypeOf(accountable));
    });
});
