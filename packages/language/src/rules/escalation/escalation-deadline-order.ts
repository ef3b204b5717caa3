import type { Range } from 'vscode-languageserver-types';
import { GrammarUtils } from 'langium';
import type { Level } from '../../generated/ast.js';
import { deadlineStepsOf } from '../../model/escalation.js';
import { defineRule } from '../rule.js';
import { durationText, holderText } from './level-text.js';

/**
 * Placement: "that level's `within`" is read as a field (RULES.md, general semantics: "a field
 * means that field's keyword through its value"), so the finding covers `within 10 workdays`
 * (or `binnen 10 werkdagen`) from the keyword to the end of the duration.
 * Durations are compared in days (day 1, workday 1.4, week 7, month 30, year 365); equal is
 * "not longer" and is reported (`10 workdays` after `2 weeks`). Levels after the decider are
 * skipped; a level without `within` is passed over, and the comparison is with the nearest
 * earlier level that has one.
 */
export const escalationDeadlineOrder = defineRule({
    meta: {
        id: 'escalation-deadline-order',
        severity: 'warning',
        area: 'escalation',
        description: "A level's `within` is not longer than that of the nearest earlier level that has one.",
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. Each level up is given a heavier matter and more people to involve; a higher level with no more time than the one below it either cannot keep its deadline or shows the deadlines were never thought through, and the way to doorzettingsmacht (the power to take the final decision) stalls."
    },
    checks: {
        Escalation: (route, ctx) => {
            for (const step of deadlineStepsOf(route)) {
                if (step.days > step.earlierDays) continue;
                const within = step.level.within!;
                const earlierWithin = step.earlier.within!;
                ctx.report({
                    node: step.level,
                    property: 'within',
                    range: withinFieldRange(step.level),
                    message: ctx.messages.escalationDeadlineOrder({
                        route: route.name,
                        holder: holderText(step.level),
                        within: durationText(within),
                        days: step.days,
                        earlierHolder: holderText(step.earlier),
                        earlierWithin: durationText(earlierWithin),
                        earlierDays: step.earlierDays
                    }),
                    related: [{
                        node: step.earlier,
                        message: ctx.messages.escalationDeadlineOrderRelated({ holder: holderText(step.earlier), within: durationText(earlierWithin) })
                    }]
                });
            }
        }
    }
});

/** The `within` keyword (English or Dutch) through the end of its duration. */
function withinFieldRange(level: Level): Range | undefined {
    const duration = level.within?.$cstNode;
    const keyword = GrammarUtils.findNodeForKeyword(level.$cstNode, 'within') ?? GrammarUtils.findNodeForKeyword(level.$cstNode, 'binnen');
    if (!duration || !keyword) return undefined;
    return { start: keyword.range.start, end: duration.range.end };
}
