/**
 * What a keyword means, for hover and completion (EDITOR.md: "for a keyword: what it means"):
 * first by the grammar rule it stands in (`from` in a mandate, in `period from`, after
 * `measured`; `uiterlijk` as a target's date or a commitment's due date), then by its English
 * form. A Dutch keyword is explained through its English twin (`soort` is `type` in a party and
 * `kind` in an effect).
 */
import { AstUtils, GrammarAST } from 'langium';
import type { Messages } from '../messages/catalogue.js';
import { englishFormOf } from '../formatting/keyword-translation.js';
import { englishKeyword } from './keyword-languages.js';

export function keywordMeaningOf(texts: Messages['editor'], keyword: GrammarAST.Keyword): string | undefined {
    const english = englishFormOf(keyword);
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    return (rule ? texts.keywordMeaningIn[rule]?.[english] : undefined)
        ?? texts.keywordMeaning[english] ?? texts.keywordMeaning[englishKeyword(keyword.value)];
}
