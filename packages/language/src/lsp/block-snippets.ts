/**
 * Snippet forms of every block, in English and Dutch (DUTCH.md: the snippets exist in both
 * languages), and of the whole-covenant parts (COVENANT.md): a power (one line in a party), a
 * data block, a budget, the preamble (considerations, legal basis, a definition, a signatory;
 * after `considering`), a signatory and a definition. Completion offers them after their
 * keyword, where the grammar expects the declaration (`rule`: `power` opens a power in a party,
 * not the `power` field of a mandate). The VS Code extension has no static snippet file: VS
 * Code would offer its snippets in both keyword languages in every file; it gets these from
 * the language server, in the file's language.
 * Bodies use the LSP/TextMate snippet syntax: `${1:placeholder}`, `$0` for the final cursor.
 * Lines after the first are indented relative to the first: the editor adds the indentation
 * of the line the snippet is inserted on.
 */
import type { KeywordLanguage } from './keyword-languages.js';

export interface BlockSnippet {
    /** The block keyword that triggers the snippet (`mandate`, `mandaat`). */
    readonly keyword: string;
    readonly language: KeywordLanguage;
    /** The English block keyword, for descriptions (`mandate`). */
    readonly block: string;
    readonly lines: readonly string[];
    /** The grammar rule whose keyword triggers it, where the keyword opens more than one thing (`power`). */
    readonly rule?: string;
}

export const BLOCK_SNIPPETS: readonly BlockSnippet[] = [
    {
        keyword: 'party', language: 'en', block: 'party', lines: [
            'party ${1:Name} "${2:Title}" {',
            '  type ${3:municipality}',
            '  role ${4:wethouder} "${5:Role title}"',
            '  role ${6:directeur} "${7:Role title}" reports to ${4:wethouder}',
            '}$0'
        ]
    },
    {
        keyword: 'partij', language: 'nl', block: 'party', lines: [
            'partij ${1:Naam} "${2:Titel}" {',
            '  soort ${3:gemeente}',
            '  rol ${4:wethouder} "${5:Titel van de rol}"',
            '  rol ${6:directeur} "${7:Titel van de rol}" valt onder ${4:wethouder}',
            '}$0'
        ]
    },
    {
        keyword: 'body', language: 'en', block: 'body', lines: [
            'body ${1:Name} "${2:Title}" {',
            '  members ${3:Party.role}, ${4:Party.role}',
            '  chair ${3:Party.role}',
            '}$0'
        ]
    },
    {
        keyword: 'orgaan', language: 'nl', block: 'body', lines: [
            'orgaan ${1:Naam} "${2:Titel}" {',
            '  leden ${3:Partij.rol}, ${4:Partij.rol}',
            '  voorzitter ${3:Partij.rol}',
            '}$0'
        ]
    },
    {
        keyword: 'agreement', language: 'en', block: 'agreement', lines: [
            'agreement ${1:Name} "${2:Title}" {',
            '  parties ${3:Party}, ${4:Party}',
            '  period ${5:2026-01-01} to ${6:2027-12-31}',
            '  goal "${7:What the chain wants to achieve}"',
            '  steering ${8:Party.role}',
            '  accountable ${9:Party.role}',
            '  review every ${10:6} weeks by ${11:Party.role}',
            '  $0',
            '}'
        ]
    },
    {
        keyword: 'afspraak', language: 'nl', block: 'agreement', lines: [
            'afspraak ${1:Naam} "${2:Titel}" {',
            '  partijen ${3:Partij}, ${4:Partij}',
            '  looptijd ${5:2026-01-01} tot ${6:2027-12-31}',
            '  doel "${7:Wat de keten wil bereiken}"',
            '  sturing ${8:Partij.rol}',
            '  verantwoordelijk ${9:Partij.rol}',
            '  evaluatie elke ${10:6} weken door ${11:Partij.rol}',
            '  $0',
            '}'
        ]
    },
    {
        keyword: 'mandate', language: 'en', block: 'mandate', lines: [
            'mandate ${1:Name} "${2:Title}" {',
            '  from ${3:Party.role}',
            '  to ${4:Party.role}',
            '  scope "${5:Which decisions the mandate covers}"',
            '  limit ${6:25000} ${7:EUR} per ${8:household}',
            '  submandate ${9|denied,allowed|}',
            '  valid ${10:2026-01-01} to ${11:2027-12-31}',
            '  basis "${12:Mandate decision, article}"',
            '}$0'
        ]
    },
    {
        keyword: 'mandaat', language: 'nl', block: 'mandate', lines: [
            'mandaat ${1:Naam} "${2:Titel}" {',
            '  van ${3:Partij.rol}',
            '  aan ${4:Partij.rol}',
            '  reikwijdte "${5:Over welke besluiten het mandaat gaat}"',
            '  limiet ${6:25000} ${7:EUR} per ${8:huishouden}',
            '  ondermandaat ${9|uitgesloten,toegestaan|}',
            '  geldig ${10:2026-01-01} tot ${11:2027-12-31}',
            '  grondslag "${12:Mandaatbesluit, artikel}"',
            '}$0'
        ]
    },
    {
        keyword: 'condition', language: 'en', block: 'condition', lines: [
            'condition ${1:Name} "${2:Title}" {',
            '  provided by ${3:Party}',
            '  resource ${4:16} ${5:hours} per ${6:week}',
            '  before ${7:2026-02-01}',
            '}$0'
        ]
    },
    {
        keyword: 'voorwaarde', language: 'nl', block: 'condition', lines: [
            'voorwaarde ${1:Naam} "${2:Titel}" {',
            '  geleverd door ${3:Partij}',
            '  middel ${4:16} ${5:uren} per ${6:week}',
            '  voor ${7:2026-02-01}',
            '}$0'
        ]
    },
    {
        keyword: 'commitment', language: 'en', block: 'commitment', lines: [
            'commitment ${1:Name} "${2:Title}" {',
            '  by ${3:Party}',
            '  decides under ${4:Mandate}',
            '  needs ${5:Condition}',
            '  due ${6:2026-03-01}',
            '}$0'
        ]
    },
    {
        keyword: 'toezegging', language: 'nl', block: 'commitment', lines: [
            'toezegging ${1:Naam} "${2:Titel}" {',
            '  door ${3:Partij}',
            '  beslist onder ${4:Mandaat}',
            '  vereist ${5:Voorwaarde}',
            '  uiterlijk ${6:2026-03-01}',
            '}$0'
        ]
    },
    {
        keyword: 'escalation', language: 'en', block: 'escalation route', lines: [
            'escalation ${1:Name} "${2:Title}" {',
            '  level ${3:Party.role} within ${4:5} workdays',
            '  level ${5:Party.role} within ${6:10} workdays',
            '  level ${7:Party.role} within ${8:20} workdays decides',
            '}$0'
        ]
    },
    {
        keyword: 'escalatie', language: 'nl', block: 'escalation route', lines: [
            'escalatie ${1:Naam} "${2:Titel}" {',
            '  niveau ${3:Partij.rol} binnen ${4:5} werkdagen',
            '  niveau ${5:Partij.rol} binnen ${6:10} werkdagen',
            '  niveau ${7:Partij.rol} binnen ${8:20} werkdagen beslist',
            '}$0'
        ]
    },
    {
        keyword: 'effect', language: 'en', block: 'effect', lines: [
            'effect ${1:Name} "${2:Title}" {',
            '  kind ${3|outcome,quality,output|}',
            '  indicator "${4:What is counted}"',
            '  unit ${5:days}',
            '  baseline ${6:45} on ${7:2025-12-31}',
            '  target ${8|<=,>=,<,>,=|} ${9:20} by ${10:2027-06-30}',
            '  measured ${11|monthly,weekly,quarterly,yearly|} by ${12:Party} from "${13:Source}"',
            '  through ${14:Commitment}',
            '}$0'
        ]
    },
    {
        keyword: 'effect', language: 'nl', block: 'effect', lines: [
            'effect ${1:Naam} "${2:Titel}" {',
            '  soort ${3|uitkomst,kwaliteit,prestatie|}',
            '  indicator "${4:Wat er geteld wordt}"',
            '  eenheid ${5:dagen}',
            '  nulmeting ${6:45} op ${7:2025-12-31}',
            '  streefwaarde ${8|<=,>=,<,>,=|} ${9:20} uiterlijk ${10:2027-06-30}',
            '  gemeten ${11|maandelijks,wekelijks,driemaandelijks,jaarlijks|} door ${12:Partij} uit "${13:Bron}"',
            '  via ${14:Toezegging}',
            '}$0'
        ]
    },
    // ------------------------------------------------------------ the whole covenant (COVENANT.md)
    {
        keyword: 'power', language: 'en', block: 'power', rule: 'Power', lines: [
            'power ${1:Name} "${2:Title}" held by ${3:role} basis "${4:Act, article}"$0'
        ]
    },
    {
        keyword: 'bevoegdheid', language: 'nl', block: 'power', rule: 'Power', lines: [
            'bevoegdheid ${1:Naam} "${2:Titel}" berust bij ${3:rol} grondslag "${4:Wet, artikel}"$0'
        ]
    },
    {
        keyword: 'considering', language: 'en', block: 'preamble', rule: 'ConsideringField', lines: [
            'considering "${1:Why the parties make this agreement}"',
            'basis "${2:Act, article}"',
            'term ${3:Word} "${4:What the word means in this agreement}"',
            'signatory ${5:Party.role} "${6:Name of the person}" pursuant to "${7:Gemeentewet, art. 171}"$0'
        ]
    },
    {
        keyword: 'overwegende', language: 'nl', block: 'preamble', rule: 'ConsideringField', lines: [
            'overwegende "${1:Waarom de partijen deze afspraak maken}"',
            'grondslag "${2:Wet, artikel}"',
            'begrip ${3:Woord} "${4:Wat het woord in deze afspraak betekent}"',
            'ondertekenaar ${5:Partij.rol} "${6:Naam van de persoon}" krachtens "${7:Gemeentewet, art. 171}"$0'
        ]
    },
    {
        keyword: 'signatory', language: 'en', block: 'signatory', rule: 'SignatoryField', lines: [
            'signatory ${1:Party.role} "${2:Name of the person}" pursuant to "${3:Gemeentewet, art. 171}"$0'
        ]
    },
    {
        keyword: 'ondertekenaar', language: 'nl', block: 'signatory', rule: 'SignatoryField', lines: [
            'ondertekenaar ${1:Partij.rol} "${2:Naam van de persoon}" krachtens "${3:Gemeentewet, art. 171}"$0'
        ]
    },
    {
        keyword: 'term', language: 'en', block: 'term', rule: 'Term', lines: [
            'term ${1:Word} "${2:What the word means in this agreement}"$0'
        ]
    },
    {
        keyword: 'begrip', language: 'nl', block: 'term', rule: 'Term', lines: [
            'begrip ${1:Woord} "${2:Wat het woord in deze afspraak betekent}"$0'
        ]
    },
    {
        keyword: 'data', language: 'en', block: 'data block', rule: 'DataSharing', lines: [
            'data ${1:Name} "${2:Title}" {',
            '  from ${3:Party}',
            '  to ${4:Party}',
            '  purpose "${5:What the data is shared for}"',
            '  basis "${6:Act, article; AVG art. 6 lid 1 sub e}"',
            '  categories "${7:Which personal data}"',
            '  retention ${8:6} ${9|months,weeks,years|}',
            '  controller ${10:Party}',
            '}$0'
        ]
    },
    {
        keyword: 'gegevens', language: 'nl', block: 'data block', rule: 'DataSharing', lines: [
            'gegevens ${1:Naam} "${2:Titel}" {',
            '  van ${3:Partij}',
            '  aan ${4:Partij}',
            '  doel "${5:Waarvoor de gegevens gedeeld worden}"',
            '  grondslag "${6:Wet, artikel; AVG art. 6 lid 1 sub e}"',
            '  categorieën "${7:Welke persoonsgegevens}"',
            '  bewaartermijn ${8:6} ${9|maanden,weken,jaar|}',
            '  verantwoordelijke ${10:Partij}',
            '}$0'
        ]
    },
    {
        keyword: 'budget', language: 'en', block: 'budget', rule: 'Budget', lines: [
            'budget ${1:Name} "${2:Title}" {',
            '  amount ${3:120000} ${4:EUR} per ${5:year}',
            '  share ${6:Party} ${7:60} percent',
            '  share ${8:Party} ${9:40} percent',
            '}$0'
        ]
    },
    {
        keyword: 'begroting', language: 'nl', block: 'budget', rule: 'Budget', lines: [
            'begroting ${1:Naam} "${2:Titel}" {',
            '  bedrag ${3:120000} ${4:EUR} per ${5:jaar}',
            '  aandeel ${6:Partij} ${7:60} procent',
            '  aandeel ${8:Partij} ${9:40} procent',
            '}$0'
        ]
    }
];

/**
 * The snippets a keyword expands to (for `effect`: in the file's language); `rule` is the
 * grammar rule the keyword belongs to where it is offered, so `power` in a mandate offers no
 * power declaration.
 */
export function snippetsForKeyword(keyword: string, language: KeywordLanguage, rule?: string): BlockSnippet[] {
    const matching = BLOCK_SNIPPETS.filter(snippet => snippet.keyword === keyword && (!snippet.rule || !rule || snippet.rule === rule));
    const inLanguage = matching.filter(snippet => snippet.language === language);
    return inLanguage.length ? inLanguage : matching;
}
