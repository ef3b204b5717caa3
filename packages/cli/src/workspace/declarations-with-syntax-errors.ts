/**
 * What the commands that draw on agreements (`report`, `graph`, `register`, and later
 * `document`, `diff`, `whatif`) do with files that have syntax errors (CLI.md, "Cache, outputs
 * and inputs"): they never present a partial element as complete. A top-level declaration
 * (party, body, agreement) that has a syntax error is left out entirely, as `keten validate`
 * treats it ("broken input does not cascade"): the parser's recovery leaves such a declaration
 * with fields, roles or mandates missing. The workspace these commands draw on is built again
 * from the text of the complete declarations only, so a reference to a left-out declaration is
 * unresolved there, as if it had never been written, instead of showing half of it.
 * One line per file with syntax errors goes to standard error, and the command exits 1.
 */
import { CstUtils } from 'langium';
import type { CheckedFile, Document } from '@keten/language';
import { messagesFor, type Locale } from '@keten/language';
import type { CliContext } from '../cli-context.js';
import { relativePath } from '../findings.js';

interface Range {
    readonly start: number;
    readonly end: number;
}

/** A top-level declaration left out, as the one line names it. */
export interface LeftOutDeclaration {
    readonly kind: 'Party' | 'Body' | 'Agreement';
    readonly name: string;
}

/** A file with syntax errors: how many, where the first is, and what was left out. */
export interface FileWithSyntaxErrors {
    /** Relative path, `/` separators. */
    readonly file: string;
    readonly count: number;
    /** 1-based line of the first syntax error. */
    readonly firstLine: number;
    readonly leftOut: readonly LeftOutDeclaration[];
    /** The file's text with everything but its complete declarations (and comments) blanked. */
    readonly completeText: string;
}

/**
 * The syntax errors of a checked file, or `undefined` when it has none. Errors are counted as
 * `validate` reports them (`syntax-error` findings); their places also come from the parser
 * itself, so a configuration that turns `syntax-error` off does not make a broken declaration
 * look complete.
 */
export function syntaxErrorsOf(checked: CheckedFile, cwd: string): FileWithSyntaxErrors | undefined {
    const { document } = checked;
    const text = document.textDocument.getText();
    const reported = checked.diagnostics.filter(d => d.code === 'syntax-error');
    const offsets = reported.map(d => document.textDocument.offsetAt(d.range.start));
    for (const error of document.parseResult.lexerErrors) offsets.push(error.offset);
    for (const error of document.parseResult.parserErrors) {
        offsets.push(Number.isFinite(error.token.startOffset) ? error.token.startOffset : text.length);
    }
    if (offsets.length === 0) return undefined;
    offsets.sort((a, b) => a - b);
    const root = document.parseResult.value as Document;
    const kept: Range[] = [];
    const leftOut: LeftOutDeclaration[] = [];
    const leftOutRanges: Range[] = [];
    for (const element of root.elements ?? []) {
        const node = element.$cstNode;
        if (!node) continue;
        // The end is inclusive: "expected '}'" at the end of the file stands right after the declaration.
        const broken = offsets.some(offset => offset >= node.offset && offset <= node.end);
        if (broken) {
            leftOut.push({ kind: element.$type as LeftOutDeclaration['kind'], name: element.name ?? '' });
            leftOutRanges.push({ start: node.offset, end: node.end });
        } else {
            kept.push({ start: node.offset, end: node.end });
        }
    }
    // Comments stay where they are (a documentation comment belongs to the declaration after it).
    if (root.$cstNode) {
        for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
            if (leaf.hidden && !leftOutRanges.some(range => leaf.offset >= range.start && leaf.offset < range.end)) kept.push({ start: leaf.offset, end: leaf.end });
        }
    }
    const count = reported.length > 0 ? reported.length : offsets.length;
    const firstLine = document.textDocument.positionAt(offsets[0]).line + 1;
    return { file: relativePath(cwd, checked.path), count, firstLine, leftOut, completeText: keepOnly(text, kept) };
}

/** The text with every character outside the kept ranges turned into a space (line ends kept, so lines stay). */
function keepOnly(text: string, kept: readonly Range[]): string {
    const keep = new Uint8Array(text.length);
    for (const { start, end } of kept) keep.fill(1, start, end);
    let result = '';
    let from = 0;
    for (let index = 0; index <= text.length; index++) {
        if (index < text.length && keep[index] === (keep[from] ?? 0)) continue;
        const piece = text.slice(from, index);
        result += keep[from] ? piece : piece.replace(/[^\r\n]/g, ' ');
        from = index;
    }
    return result;
}

/**
 * One line per file with syntax errors, on standard error in the run's locale; the exit code
 * those errors give the command: 1 when there are any (as `keten validate` gives), else 0.
 */
export function reportSyntaxErrors(files: readonly FileWithSyntaxErrors[], locale: Locale, context: CliContext): 0 | 1 {
    const messages = messagesFor(locale);
    for (const file of files) {
        const leftOut = file.leftOut.map(declaration => `${messages.kinds[declaration.kind]} '${declaration.name}'`);
        context.stderr(`keten: ${messages.cli.syntaxErrorsLeftOut({ file: file.file, count: file.count, line: file.firstLine, leftOut })}\n`);
    }
    return files.length > 0 ? 1 : 0;
}
