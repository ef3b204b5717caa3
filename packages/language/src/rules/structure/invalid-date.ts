import type { AstNode } from 'langium';
import { isValidDate } from '../../model/dates.js';
import { defineRule, type RuleContext } from '../rule.js';

export const invalidDate = defineRule({
    meta: {
        id: 'invalid-date',
        severity: 'error',
        area: 'structure',
        description: 'A date literal is not a calendar date (2026-02-30).',
        source: 'LANGUAGE.md, Lexical rules: periods, deadlines and targets are only meaningful on real dates.'
    },
    checks: {
        DateRange: (range, ctx) => { check(range, 'start', range.start, ctx); check(range, 'end', range.end, ctx); },
        // `period from DATE` (COVENANT.md); a closed period's dates are in its DateRange.
        PeriodField: (field, ctx) => check(field, 'start', field.start, ctx),
        BeforeField: (field, ctx) => check(field, 'date', field.date, ctx),
        DueField: (field, ctx) => check(field, 'date', field.date, ctx),
        BaselineField: (field, ctx) => check(field, 'date', field.date, ctx),
        TargetField: (field, ctx) => check(field, 'date', field.date, ctx)
    }
});

function check(node: AstNode, property: string, date: string | undefined, ctx: RuleContext): void {
    if (date === undefined || isValidDate(date)) return;
    ctx.report({ node, property, message: ctx.messages.invalidDate({ date }) });
}
