/**
 * The covenant text as plain data (DOCUMENT.md): what `keten document` prints, in the order
 * it prints it, with every sentence already worded in one locale. The document model
 * (`document-model.ts`) builds it from a checked agreement; each renderer (HTML, Markdown,
 * DOCX, PDF) only lays it out, so all formats hold the same text.
 *
 * Numbers of articles, paragraphs and list items are part of the data (`label`), so that HTML,
 * Markdown and PDF print them as text; the DOCX renderer leaves them to Word's own numbering.
 * Nothing here refers to the syntax tree: the data can cross a process boundary (the language
 * server's `keten/covenantDocument`) or run in a browser.
 */
import type { ArticleKey } from '@keten/language';

/** A position in a source file, 0-based as in LSP. */
export interface SourcePosition {
    readonly line: number;
    readonly character: number;
}

/** Where an element of the document was written: its id, file and range. */
export interface SourceOf {
    /** The element's id, as in the HTML `id`: `JeugdhulpNoord.Intake`, `Zutphen`, `Zutphen.wethouder`. */
    readonly id: string;
    /** The URI of the file that holds it. */
    readonly uri: string;
    readonly range: { readonly start: SourcePosition; readonly end: SourcePosition };
}

/**
 * A piece of running text: plain, strong (an element's title at the start of its paragraph, a
 * party's short name), or a blank — a dotted line to fill in by hand where the source says
 * nothing yet (the catalogue's `blank`).
 */
export interface Run {
    readonly text: string;
    readonly style?: 'strong' | 'blank';
}

export type Text = readonly Run[];

/** A lettered item inside a paragraph (a., b., …) or an item of a list outside the articles. */
export interface Item {
    /** `a.`, `b.`, … or `1.`, `2.`, … (DOCX leaves it to Word's numbering). */
    readonly label?: string;
    readonly text: Text;
    readonly source?: SourceOf;
    /** The element's doc comment, printed under it (*Toelichting*). */
    readonly explanation?: string;
}

/** A numbered paragraph of an article (1., 2., …), possibly with lettered items. */
export interface Paragraph {
    readonly kind: 'paragraph';
    readonly label: string;
    readonly text: Text;
    readonly items: readonly Item[];
    readonly source?: SourceOf;
    readonly explanation?: string;
}

/** An unnumbered heading inside an article (the party whose obligations follow, *Gezamenlijk*). */
export interface Subheading {
    readonly kind: 'subheading';
    readonly text: string;
    readonly source?: SourceOf;
}

export type ArticlePart = Paragraph | Subheading;

export interface Article {
    readonly key: ArticleKey;
    /** The HTML `id`: `JeugdhulpNoord.article.obligations`. */
    readonly id: string;
    readonly number: number;
    /** `Artikel 5`. */
    readonly label: string;
    readonly heading: string;
    /** An unnumbered lead-in sentence before the paragraphs. */
    readonly intro?: string;
    readonly parts: readonly ArticlePart[];
}

/** A section before the articles: the undersigned, the considerations, the legal bases. */
export interface Section {
    readonly id: string;
    readonly heading: string;
    /** Numbered (1., 2.), lettered (a., b.) or plain items. */
    readonly numbering: 'decimal' | 'letter' | 'none';
    readonly items: readonly Item[];
    /** A closing line after the items (`hierna gezamenlijk te noemen: partijen`). */
    readonly closing?: string;
}

/** One signer in a signature block: role and person, each a blank when not known. */
export interface Signer {
    readonly role: Run;
    readonly person: Run;
    readonly source?: SourceOf;
}

export interface SignatureBlock {
    readonly id: string;
    readonly party: string;
    readonly signers: readonly Signer[];
    readonly source?: SourceOf;
}

export interface Signatures {
    readonly id: string;
    /** `Aldus overeengekomen en in 2-voud ondertekend te … op ….` */
    readonly text: Text;
    readonly blocks: readonly SignatureBlock[];
    readonly labels: { readonly name: string; readonly role: string; readonly date: string; readonly signature: string };
    /** The dotted line of the date and signature lines. */
    readonly blank: string;
}

export interface CovenantDocument {
    /** `nl` or `en`: the language of every word in it. */
    readonly language: string;
    /** The agreement's name, and the `id` of the whole document. */
    readonly id: string;
    readonly source?: SourceOf;
    readonly title: string;
    /** `Looptijd: 1 januari 2026 tot en met 31 december 2027`. */
    readonly period?: string;
    /** The agreement's doc comment. */
    readonly explanation?: string;
    /** The label before every explanation (`Toelichting:`). */
    readonly explanationLabel: string;
    /** The mark on every page of a draft: `Concept — bevat 3 fouten`; absent when there are no errors. */
    readonly draft?: { readonly errors: number; readonly mark: string };
    /** The page number's words around the numbers: `Pagina 1 van 5`. */
    readonly pageNumber: { readonly before: string; readonly between: string; readonly after: string };
    /** Absent when `parties` names no party (a draft: `missing-field`), as every part with nothing to say. */
    readonly undersigned?: Section;
    readonly whereas?: Section;
    readonly havingRegardTo?: Section;
    /** `Komen het volgende overeen`. */
    readonly agree: string;
    readonly articles: readonly Article[];
    readonly signatures: Signatures;
}

/** The plain text of a run list. */
export function plainText(text: Text): string {
    return text.map(run => run.text).join('');
}
