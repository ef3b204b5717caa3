/** The shape of the module `keten-playground:build-data` (written by src/build/build-data.ts). */

export interface WorkspaceFile {
    readonly name: string;
    readonly text: string;
}

/** A starting point made from `examples/`: its `.keten` files and the measurements that fit them. */
export interface ExampleWorkspace {
    readonly id: string;
    readonly title: string;
    readonly files: readonly WorkspaceFile[];
    readonly measurements: readonly WorkspaceFile[];
}

export interface BuildData {
    /** Every keyword word of the grammar, English and Dutch. */
    readonly keywords: readonly string[];
    readonly examples: readonly ExampleWorkspace[];
}
