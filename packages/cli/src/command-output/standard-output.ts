/**
 * Standard output as every command writes it. Node reports a failed write to standard output
 * later, as an event, and by default the program would still exit 0: here the first failure is
 * kept, and `finished()` tells the run once everything written has gone out (or failed), so
 * that `run` can exit 2 with one line when the output could not be written (a full disk: `>
 * /dev/full`, an I/O error), and end quietly with the command's own exit code when the reader of
 * a pipe stopped early (`| head -1`: EPIPE is not a failure of the command).
 */

/** How the output ended: written, cut off by its reader, or failed. */
export type OutputEnd =
    | { readonly kind: 'written' }
    | { readonly kind: 'reader-stopped' }
    | { readonly kind: 'failed'; readonly error: NodeJS.ErrnoException };

export class StandardOutput {
    private pending = 0;
    private failure?: NodeJS.ErrnoException;
    private readonly waiting: Array<() => void> = [];

    constructor(private readonly stream: NodeJS.WritableStream) {
        stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
    }

    write(text: string): void {
        if (this.failure || text.length === 0) return;
        this.pending++;
        try {
            this.stream.write(text, error => {
                this.pending--;
                if (error) this.fail(error as NodeJS.ErrnoException);
                this.settle();
            });
        } catch (error) {
            this.pending--;
            this.fail(error as NodeJS.ErrnoException);
        }
    }

    /** Resolves once every write has gone out, or at the first failure. */
    finished(): Promise<OutputEnd> {
        return new Promise(resolve => {
            const done = () => resolve(this.end());
            if (this.failure || this.pending === 0) done();
            else this.waiting.push(done);
        });
    }

    private end(): OutputEnd {
        if (!this.failure) return { kind: 'written' };
        if (this.failure.code === 'EPIPE') return { kind: 'reader-stopped' };
        return { kind: 'failed', error: this.failure };
    }

    private fail(error: NodeJS.ErrnoException): void {
        this.failure ??= error;
        this.settle();
    }

    private settle(): void {
        if (!this.failure && this.pending > 0) return;
        for (const resolve of this.waiting.splice(0)) resolve();
    }
}
