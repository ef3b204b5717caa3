/**
 * The mandate register (mandaatregister, REPORTS.md `keten register`): one row per mandate
 * across the workspace, in file and text order, and a second table of the powers the parties
 * hold by law (COVENANT.md: party, power, holder, basis).
 */
import type { Document } from '@keten/language';
import { isParty, model } from '@keten/language';
import { mandateView, powerView, type MandateView, type PowerView } from './chain-model.js';

/** The register's columns (REPORTS.md): the mandate's view without its doc comment, and its file. */
export interface MandateRegisterRow extends Omit<MandateView, 'doc'> {
    readonly file: string;
}

/** A power of a party's own: `party` is the party's name, `id` is `Party.power`. */
export interface PowerRegisterRow extends PowerView {
    readonly party: string;
    readonly file: string;
}

export interface MandateRegister {
    readonly mandates: readonly MandateRegisterRow[];
    readonly powers: readonly PowerRegisterRow[];
}

export function mandateRegisterOf(documents: ReadonlyArray<{ readonly file: string; readonly document: Document }>): MandateRegister {
    return {
        mandates: documents.flatMap(({ file, document }) => model.agreementsOf(document)
            .flatMap(agreement => model.mandatesOf(agreement).map(mandate => registerRow(mandateView(mandate), file)))),
        powers: documents.flatMap(({ file, document }) => document.elements.filter(isParty)
            .flatMap(party => model.powersOf(party).map(power => ({ party: party.name, ...powerView(power), file }))))
    };
}

function registerRow({ doc: _doc, ...columns }: MandateView, file: string): MandateRegisterRow {
    return { ...columns, file };
}
