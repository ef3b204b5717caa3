/**
 * The chain diagram as a picture (REPORTS.md, `keten graph`: "the HTML report and the editor
 * preview show the same picture"): the DOT of `renderChainDot` laid out as SVG by Graphviz
 * (compiled to WebAssembly, @hpcc-js/wasm-graphviz: the layout engine Graphviz itself, not a
 * lookalike). Loading it takes a fifth of a second, so it is loaded once, when a picture is
 * wanted; the CLI loads this module from a bundle of its own (scripts/cli-lazy-bundles.mjs),
 * which imports Graphviz from the installed package.
 */

/** DOT in, inline SVG out (no XML prologue or doctype, so it sits inside an HTML page). */
export type ChainLayout = (dot: string) => string;

export async function loadChainLayout(): Promise<ChainLayout> {
    // Imported when a picture is wanted. The CLI's package declares it as a dependency rather
    // than carrying it in its bundle: 0.6 MB packed would take the tarball past its 2 MB budget.
    const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
    const graphviz = await Graphviz.load();
    // Graphviz writes every label as escaped XML text; the DOT labels were escaped before (`dotString`).
    return dot => {
        const svg = graphviz.dot(dot, 'svg');
        return svg.slice(svg.indexOf('<svg'));
    };
}
