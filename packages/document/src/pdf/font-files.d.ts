/** A font file imported as its bytes (esbuild's `binary` loader; vitest.config.ts in tests). */
declare module '*.woff' {
    const bytes: Uint8Array;
    export default bytes;
}
