// Writes packages/cli/keten.config.schema.json, the JSON Schema of keten.config.json that
// editors use, generated from the zod definition in packages/language/src/config/keten-config.ts
// so the two cannot drift (test/cli/config-schema.test.ts fails when the committed file is stale).
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONFIG_SCHEMA_PATH = fileURLToPath(new URL('../packages/cli/keten.config.schema.json', import.meta.url));

/** The schema text exactly as committed: two-space JSON with a final newline. */
export function configSchemaText(schema) {
    return JSON.stringify(schema, null, 2) + '\n';
}

export async function writeConfigSchema() {
    const folder = mkdtempSync(join(tmpdir(), 'keten-config-schema-'));
    try {
        const bundle = join(folder, 'keten-config.cjs');
        await esbuild.build({
            entryPoints: [fileURLToPath(new URL('../packages/language/src/config/keten-config.ts', import.meta.url))],
            outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning'
        });
        const { ketenConfigJsonSchema } = createRequire(import.meta.url)(bundle);
        writeFileSync(CONFIG_SCHEMA_PATH, configSchemaText(ketenConfigJsonSchema()));
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await writeConfigSchema();
