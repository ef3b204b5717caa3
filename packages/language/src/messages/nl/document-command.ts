/** Dutch texts of `keten document` on the command line (see `en/document-command.ts`). */
import type { documentCommandEn } from '../en/document-command.js';

const fouten = (count: number) => `${count} ${count === 1 ? 'fout' : 'fouten'}`;

export const documentCommandNl: typeof documentCommandEn = {
    documentNoAgreements: () => 'Geen afspraak gevonden: keten document schrijft de tekst van een afspraak. Noem de bestanden of de map waarin er een staat.',
    documentUnknownAgreement: a =>
        `Er is geen afspraak met de naam '${a.name}'.${a.closest ? ` Bedoelt u '${a.closest}'?` : ''} De afspraken: ${a.names.join(', ')}.`,
    documentSeveralAgreements: a =>
        `De bestanden bevatten ${a.count} afspraken (${a.names.join(', ')}): kies er een met --agreement NAAM, of geef -o MAP om elke afspraak als NAAM met de extensie in MAP te schrijven.`,
    documentNeedsOutput: a =>
        `Een ${a.format}-document kan niet naar de standaarduitvoer: geef -o BESTAND (bijvoorbeeld -o ${a.example}).`,
    documentOutputNotAFolder: a =>
        `'${a.path}' is een bestand; bij meerdere afspraken noemt -o een map waarin per afspraak een document komt.`,
    documentOutputIsInput: a => `'${a.path}' is een van de gelezen afspraakbestanden; kies een andere -o.`,
    documentDateNotADate: a => `--date vraagt een datum in de vorm JJJJ-MM-DD, niet '${a.value}'.`,
    documentSourceDateEpochInvalid: a => `SOURCE_DATE_EPOCH moet een geheel aantal seconden sinds 1970-01-01 UTC zijn (bijvoorbeeld $(git log -1 --format=%ct)), niet '${a.value}'.`,
    documentDraftWritten: a =>
        `Afspraak '${a.agreement}' bevat ${fouten(a.errors)}: geschreven als concept met de markering "${a.mark}". Gebruik 'keten validate' voor de details.`,
    documentRefused: a =>
        `Afspraak '${a.agreement}' bevat ${fouten(a.errors)}: niet geschreven (--strict). Gebruik 'keten validate' voor de details.`
};
