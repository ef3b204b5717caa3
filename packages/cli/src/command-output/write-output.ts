/**
 * The one way a command writes what it made (a report, a diagram, a register): to a file given
 * with `-o`/`--output`/`--out`, or else to standard output. Before anything is written, an
 * output that is one of the command's inputs (an agreement, a measurement file, the
 * configuration: `inputs-read.ts`) is refused with exit 2 and one line, and the file is left
 * untouched; so is one file named as the output of two reports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { relativePath } from '../findings.js';
import { fileIdentity, inputsRead, type InputRead } from './inputs-read.js';
import { writeErrorReason } from './write-error-reason.js';
import { makeFolders } from './make-folders.js';

/** Refuses (exit 2) outputs that would overwrite an input, or that name one file twice. */
export function refuseOutputsOntoInputs(outputs: ReadonlyArray<string | undefined>, context: CliContext): void {
    const named = outputs
        .filter((output): output is string => output !== undefined)
        .map(output => {
            const absolute = path.resolve(context.cwd, output);
            return { output, absolute, identity: fileIdentity(absolute) };
        });
    // Only a file that exists can be one of the inputs, and only one of its size: the inputs
    // (a report's thousand agreements) are identified only when an output exists, and then
    // only those of an existing output's size.
    const inputByIdentity = new Map<string, InputRead>();
    const sizes = new Set(named.filter(output => output.identity !== undefined).map(output => sizeOf(output.absolute)));
    if (sizes.size > 0) {
        for (const input of inputsRead()) {
            const size = sizeOf(input.path);
            if (!sizes.has(size) && !sizes.has(undefined)) continue;
            const identity = fileIdentity(input.path);
            if (identity !== undefined && !inputByIdentity.has(identity)) inputByIdentity.set(identity, input);
        }
    }
    const seen = new Set<string>();
    for (const { output, absolute, identity } of named) {
        const input = identity === undefined ? undefined : inputByIdentity.get(identity);
        if (input) {
            // The input is named too when the output reaches it another way (a link, another spelling).
            const shownInput = relativePath(context.cwd, input.path);
            const sameName = relativePath(context.cwd, absolute) === shownInput;
            throw new CliError(m => m.outputIsInput({ output, kind: input.kind, input: sameName ? output : shownInput }));
        }
        // A file that does not exist yet is named twice when its resolved paths are equal.
        const key = identity ?? `new:${resolvedThroughLinks(absolute)}`;
        if (seen.has(key)) throw new CliError(m => m.outputTwice({ output }));
        seen.add(key);
    }
}

/** Writes the text to the file, or to standard output without one, after the checks above. */
export function writeOutput(text: string, output: string | undefined, context: CliContext): void {
    refuseOutputsOntoInputs([output], context);
    writeChecked(text, output, context);
}

/**
 * Writes a text made in parts (`keten report`'s page, one part per agreement) as
 * `writeOutput` writes it. To a file, each part is encoded as it comes, so the whole text is
 * never held as strings (a report of a thousand agreements is 13 MB; the garbage collector
 * copied those strings while the rest was made); the file is written when every part is
 * there, so a failure on the way leaves it as it was. To standard output, the parts joined.
 */
export function writeOutputParts(parts: Iterable<string>, output: string | undefined, context: CliContext): void {
    refuseOutputsOntoInputs([output], context);
    if (output === undefined) {
        writeChecked([...parts].join(''), output, context);
        return;
    }
    const encoded: Buffer[] = [];
    for (const part of parts) encoded.push(Buffer.from(part, 'utf8'));
    writeChecked(Buffer.concat(encoded), output, context);
}

/** Writes several outputs of one run (`validate -f json -o a.json -f sarif -o b.sarif`): all are checked first. */
export function writeOutputs(outputs: ReadonlyArray<{ readonly text: string; readonly output?: string }>, context: CliContext): void {
    refuseOutputsOntoInputs(outputs.map(o => o.output), context);
    for (const { text, output } of outputs) writeChecked(text, output, context);
}

function writeChecked(text: string | Buffer, output: string | undefined, context: CliContext): void {
    if (output === undefined) {
        context.stdout(typeof text === 'string' ? text : text.toString('utf8'));
        return;
    }
    const target = path.resolve(context.cwd, output);
    try {
        makeFolders(path.dirname(target));
        fs.writeFileSync(target, text);
    } catch (error) {
        throw new CliError(m => m.cannotWrite({ path: output, reason: writeErrorReason(error, m) }));
    }
}

/** The size of the file in bytes; `undefined` when it cannot be read (then every input is identified). */
function sizeOf(file: string): number | undefined {
    try {
        return fs.statSync(file, { throwIfNoEntry: false })?.size;
    } catch {
        return undefined;
    }
}

/** The real path of the deepest folder that exists, with the rest of the path after it. */
function resolvedThroughLinks(file: string): string {
    const rest: string[] = [];
    let folder = file;
    for (;;) {
        try {
            return path.join(fs.realpathSync.native(folder), rest.reverse().join(path.sep));
        } catch {
            const parent = path.dirname(folder);
            if (parent === folder) return file;
            rest.push(path.basename(folder));
            folder = parent;
        }
    }
}
