/** Dutch messages of `keten-disable-…` comments. */
import type { suppressionsEn } from '../en/suppressions.js';

export const suppressionsNl: typeof suppressionsEn = {
    unusedSuppression: a =>
        a.scope === 'next-line'
            ? `Dit commentaar zet '${a.rule}' uit op de volgende regel, maar '${a.rule}' meldt daar niets. Haal '${a.rule}' uit het commentaar.`
            : `Dit commentaar zet '${a.rule}' uit in dit bestand, maar '${a.rule}' meldt hier niets. Haal '${a.rule}' uit het commentaar.`,
    unknownSuppressedRule: a =>
        `'${a.rule}' is geen regel van Keten, dus dit commentaar zet niets uit.` +
        (a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : ` Met 'keten rules' ziet u de namen van alle regels.`),
    suppressionWithoutRule: a =>
        `'${a.directive}' noemt geen regel en zet dus niets uit. Noem de regels die uit moeten, bijvoorbeeld '// ${a.directive} no-review -- reden'.`,
    fixSuppressRule: a => `${a.rule} op deze regel uitzetten`
};
