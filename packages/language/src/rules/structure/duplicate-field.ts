import type { AstNode } from 'langium';
import type { KetenAstType, ShareField, SignatoryField } from '../../generated/ast.js';
import { fieldKeywordText } from '../field-keywords.js';
import { defineRule, type RuleContext } from '../rule.js';

type FieldType = keyof KetenAstType;

/**
 * Fields that may be given at most once in their block (LANGUAGE.md, "Fields at a glance";
 * COVENANT.md: every new field not marked "many"). `goal`, `role`, `level`, `power`,
 * `considering`, `term` and the agreement's `basis` may repeat and are not listed;
 * `signatory` and `share` may repeat, but not for the same role or party (see below).
 * Completion uses the same list, so it does not offer a field that is already there
 * (lsp/keten-completion-provider.ts, through `isSingleValuedIn`).
 */
export const SINGLE_VALUED: ReadonlySet<FieldType> = new Set<FieldType>([
    'TypeField', 'ReportsTo',
    'HeldByField',
    'MembersField', 'ChairField',
    'PartiesField', 'PeriodField', 'SteeringField', 'AccountableField', 'ReviewField',
    'InvolvingField', 'RenewalField', 'TerminationField', 'AmendmentField', 'AccessionField', 'DisputesField', 'PublicationField',
    'FromField', 'ToField', 'ScopeField', 'LimitField', 'SubmandateField', 'ValidField', 'BasisField', 'MandatePowerField',
    'ProvidedByField', 'ResourceField', 'BeforeField',
    'ByField', 'DecidesField', 'NeedsField', 'DueField', 'ObligationField',
    'KindField', 'IndicatorField', 'UnitField', 'BaselineField', 'TargetField', 'MeasuredField', 'ThroughField',
    'DataFromField', 'DataToField', 'PurposeField', 'CategoriesField', 'SpecialField', 'RetentionField', 'ControllerField',
    'AmountField'
]);

/** At agreement level `basis` may be given many times (COVENANT.md: the legal bases, *gelet op*). */
const MANY_AT_AGREEMENT_LEVEL: ReadonlySet<FieldType> = new Set<FieldType>(['BasisField']);

/** Whether a field of this type may be given at most once in a block of that type. */
export function isSingleValuedIn(field: string, block: string): boolean {
    return SINGLE_VALUED.has(field as FieldType) && !(block === 'Agreement' && MANY_AT_AGREEMENT_LEVEL.has(field as FieldType));
}

export const duplicateField = defineRule({
    meta: {
        id: 'duplicate-field',
        severity: 'error',
        area: 'structure',
        description: 'A single-valued field is given twice in one block (also the same `signatory` role twice, or a second `share` of the same party); only the first counts.',
        source: 'LANGUAGE.md, Fields at a glance: two values for one field leave the reader guessing which one holds.'
    },
    checks: {
        Party: (node, ctx) => check(node.members, node, ctx),
        Role: (node, ctx) => check(node.reportsTo, node, ctx),
        Power: (node, ctx) => check(node.parts, node, ctx),
        Body: (node, ctx) => check(node.members, node, ctx),
        Agreement: (node, ctx) => {
            check(node.members, node, ctx, MANY_AT_AGREEMENT_LEVEL);
            checkRepeatedKeys(node.members.filter((m): m is SignatoryField => m.$type === 'SignatoryField'), signatoryKey, node, ctx);
        },
        Mandate: (node, ctx) => check(node.fields, node, ctx),
        Condition: (node, ctx) => check(node.fields, node, ctx),
        Commitment: (node, ctx) => check(node.fields, node, ctx),
        Effect: (node, ctx) => check(node.fields, node, ctx),
        DataSharing: (node, ctx) => check(node.fields, node, ctx),
        Budget: (node, ctx) => {
            check(node.fields, node, ctx);
            checkRepeatedKeys(node.fields.filter((f): f is ShareField => f.$type === 'ShareField'), shareKey, node, ctx);
        }
    }
});

/** A block (the node whose fields are checked); its label is made only for a finding. */
type Block = AstNode & { name?: string };

const NONE: ReadonlySet<FieldType> = new Set();

function check(fields: readonly AstNode[], block: Block, ctx: RuleContext, many: ReadonlySet<FieldType> = NONE): void {
    const firstOfType = new Map<string, AstNode>();
    for (const field of fields) {
        const type = field.$type as FieldType;
        if (!SINGLE_VALUED.has(type) || many.has(type)) continue;
        const first = firstOfType.get(type);
        if (!first) {
            firstOfType.set(type, field);
            continue;
        }
        report(field, first, fieldKeywordText(field), block, ctx);
    }
}

/**
 * Fields that may repeat, but not with the same key: a `signatory` for the same role, a `share`
 * of the same party. Resolved references compare by what they name; others by the written name.
 */
function checkRepeatedKeys<T extends AstNode>(fields: readonly T[], keyOf: (field: T) => { key: string; shown: string } | undefined, block: Block, ctx: RuleContext): void {
    const firstByKey = new Map<string, T>();
    for (const field of fields) {
        const key = keyOf(field);
        if (!key) continue;
        const first = firstByKey.get(key.key);
        if (!first) {
            firstByKey.set(key.key, field);
            continue;
        }
        report(field, first, `${fieldKeywordText(field)} ${key.shown}`, block, ctx);
    }
}

function signatoryKey(field: SignatoryField): { key: string; shown: string } | undefined {
    const role = field.role?.ref;
    if (role) return { key: `${role.$container.name}.${role.name}`, shown: `${role.$container.name}.${role.name}` };
    const written = field.role?.$refText;
    return written ? { key: written, shown: written } : undefined;
}

function shareKey(field: ShareField): { key: string; shown: string } | undefined {
    const party = field.party?.ref;
    if (party) return { key: party.name, shown: party.name };
    const written = field.party?.$refText;
    return written ? { key: written, shown: written } : undefined;
}

function report(field: AstNode, first: AstNode, keyword: string, block: Block, ctx: RuleContext): void {
    ctx.report({
        node: field,
        message: ctx.messages.duplicateField({ field: keyword, block: blockLabel(block, ctx) }),
        related: [{ node: first, message: ctx.messages.duplicateFieldRelated({ field: keyword }) }]
    });
}

function blockLabel(node: AstNode & { name?: string }, ctx: RuleContext): string {
    const kind = (ctx.messages.kinds as Record<string, string>)[node.$type] ?? node.$type;
    return `${kind} '${node.name ?? ''}'`;
}
