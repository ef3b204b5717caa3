/**
 * The params of Keten's own requests (`keten/effectReport`, `keten/chainDiagram`,
 * `keten/mandateRegister`, `keten/covenantDocument`, `keten/whatIf`), checked at the boundary
 * with zod: params that are missing, `null` where an object is needed, or of the wrong type are
 * an InvalidParams error (-32602) that names the field and what it must be — never an internal
 * error from deeper in the server. The checks of a value's meaning (a date, a format's name, a
 * locale) stay with each request, with their own messages.
 */
import { z } from 'zod';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
const names = z.union([z.string(), z.array(z.string())]);

export const effectReportParams = z.object({ uri: z.string(), asOf: z.string().optional() });
export const chainDiagramParams = z.object({ uri: z.string(), format: z.string().optional() });
export const mandateRegisterParams = z.object({ format: z.string().optional() }).nullish();
export const covenantDocumentParams = z.object({
    uri: z.string(),
    agreement: z.string().optional(),
    position: position.optional(),
    locale: z.string().optional()
});
export const whatIfParams = z.object({
    without: names.optional(),
    revoke: names.optional(),
    vacant: names.optional(),
    expire: z.string().nullable().optional(),
    format: z.enum(['json', 'html']).optional()
}).nullish();

/** The params as the schema reads them, or an InvalidParams error naming the first field that is wrong. */
export function checkedParams<S extends z.ZodType>(request: string, schema: S, params: unknown): z.output<S> {
    const checked = schema.safeParse(params, { reportInput: true });
    if (checked.success) return checked.data;
    const issue = checked.error.issues[0];
    const field = issue.path.length > 0 ? `'${issue.path.join('.')}'` : 'the params';
    throw new ResponseError(ErrorCodes.InvalidParams, `${request}: ${field} ${whatIsExpected(issue)}.`);
}

function whatIsExpected(issue: z.core.$ZodIssue): string {
    if (issue.code === 'invalid_type') {
        return issue.input === undefined ? `must be given (${issue.expected})` : `must be ${article(issue.expected)}, not ${received(issue.input)}`;
    }
    if (issue.code === 'invalid_union') return 'must be a text or a list of texts';
    if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(value => `'${String(value)}'`).join(', ')}`;
    if (issue.code === 'too_small') return 'must be 0 or more';
    return issue.message;
}

function article(expected: string): string {
    if (expected === 'int') return 'a whole number';
    return expected === 'object' || expected === 'array' ? `an ${expected}` : `a ${expected}`;
}

function received(input: unknown): string {
    if (input === null) return 'null';
    if (Array.isArray(input)) return 'a list';
    return typeof input;
}
