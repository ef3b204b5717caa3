import type { AstNode } from 'langium';
import type { KetenAstType } from '../../generated/ast.js';
import { fieldKeywordText } from '../field-keywords.js';
import { defineRule, type RuleContext } from '../rule.js';

/**
 * Fields that may be given at most once in their block (LANGUAGE.md, "Fields at a glance").
 * `goal`, `role` and `level` may repeat and are not listed. Completion uses the same list, so
 * it does not offer a field that is already there (lsp/keten-completion-provider.ts).
 */
export const SINGLE_VALUED: ReadonlySet<keyof KetenAstType> = new Set<keyof KetenAstType>([
    'TypeField', 'ReportsTo',
    'MembersField', 'ChairField',
    'PartiesField', 'PeriodField', 'SteeringField', 'AccountableField', 'ReviewField',
    'FromField', 'ToField', 'ScopeField', 'LimitField', 'SubmandateField', 'ValidField', 'BasisField',
    'ProvidedByField', 'ResourceField', 'BeforeField',
    'ByField', 'DecidesField', 'NeedsField', 'DueField',
    'KindField', 'IndicatorField', 'UnitField', 'BaselineField', 'TargetField', 'MeasuredField', 'ThroughField'
]);

export const duplicateField = defineRule({
    meta: {
        id: 'duplicate-field',
        severity: 'error',
        area: 'structure',
        description: 'A single-valued field is given twice in one block; only the first counts.',
        source: 'LANGUAGE.md, Fields at a glance: two values for one field leave the reader guessing which one holds.'
    },
    checks: {
        Party: (node, ctx) => check(node.members, blockLabel(node, ctx), ctx),
        Role: (node, ctx) => check(node.reportsTo, blockLabel(node, ctx), ctx),
        Body: (node, ctx) => check(node.members, blockLabel(node, ctx), ctx),
        Agreement: (node, ctx) => check(node.members, blockLabel(node, ctx), ctx),
        Mandate: (node, ctx) => check(node.fields, blockLabel(node, ctx), ctx),
        Condition: (node, ctx) => check(node.fields, blockLabel(node, ctx), ctx),
        Commitment: (node, ctx) => check(node.fields, blockLabel(node, ctx), ctx),
        Effect: (node, ctx) => check(node.fields, blockLabel(node, ctx), ctx)
    }
});

function check(fields: readonly AstNode[], block: string, ctx: RuleContext): void {
    const firstOfType = new Map<string, AstNode>();
    for (const field of fields) {
        if (!SINGLE_VALUED.has(field.$type as keyof KetenAstType)) continue;
        const first = firstOfType.get(field.$type);
        if (!first) {
            firstOfType.set(field.$type, field);
            continue;
        }
        const keyword = fieldKeywordText(field);
        ctx.report({
            node: field,
            message: ctx.messages.duplicateField({ field: keyword, block }),
            related: [{ node: first, message: ctx.messages.duplicateFieldRelated({ field: keyword }) }]
        });
    }
}

function blockLabel(node: AstNode & { name?: string }, ctx: RuleContext): string {
    const kind = (ctx.messages.kinds as Record<string, string>)[node.$type] ?? node.$type;
    return `${kind} '${node.name ?? ''}'`;
}
