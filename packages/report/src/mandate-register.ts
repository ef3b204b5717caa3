/**
 * The mandate register (mandaatregister, REPORTS.md `keten register`): one row per mandate
 * across the workspace, in file and text order.
 */
import type { Document } from '@keten/language';
import { model } from '@keten/language';
import { mandateView, type MandateView } from './chain-model.js';

export interface MandateRegisterRow extends MandateView {
    readonly file: string;
}

export function mandateRegisterOf(documents: ReadonlyArray<{ readonly file: string; readonly document: Document }>): MandateRegisterRow[] {
    return documents.flatMap(({ file, document }) => model.agreementsOf(document)
        .flatMap(agreement => model.mandatesOf(agreement).map(mandate => ({ ...mandateView(mandate), file }))));
}
