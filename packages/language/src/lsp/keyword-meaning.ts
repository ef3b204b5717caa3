/**
 * What a keyword means, for hover and completion (EDITOR.md: "for a keyword: what it means"):
 * first by the grammar rule it stands in (`from` in a mandate, in `period from`, after
 * `measured`; `uiterlijk` as a target's date or a commitment's due date), then by its English
 * form; a later word of a phrase (`reports to`) by the phrase. A Dutch keyword is explained through its English twin (`soort` is `type` in a party and
 * `kind` in an effect).
 */
import { AstUtils, GrammarAST, type AstNode } from 'langium';
import type { Messages } from '../messages/catalogue.js';
import { englishFormOf } from '../formatting/keyword-translation.js';
import { englishKeyword } from './keyword-languages.js';

export function keywordMeaningOf(texts: Messages['editor'], keyword: GrammarAST.Keyword): string | undefined {
    const english = englishFormOf(keyword);
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    const inItsPlace = rule ? texts.keywordMeaningIn[rule]?.[english] : undefined;
    if (inItsPlace) return inItsPlace;
    // The later words of a phrase (`reports to`, `held by`, `pursuant to`, `valt onder`) mean
    // what the phrase means, not what the word means alone.
    const phrase = phraseStartOf(keyword);
    if (phrase) return keywordMeaningOf(texts, phrase);
    return texts.keywordMeaning[english] ?? texts.keywordMeaning[englishKeyword(keyword.value)];
}

/** The first word of the fixed phrase of keywords `keyword` is a later word of; else undefined. */
function phraseStartOf(keyword: GrammarAST.Keyword): GrammarAST.Keyword | undefined {
    const group: AstNode = keyword.$container;
    if (!GrammarAST.isGroup(group) || !group.elements.every(GrammarAST.isKeyword)) return undefined;
    const first = group.elements[0];
    return first !== keyword && GrammarAST.isKeyword(first) ? first : undefined;
}
