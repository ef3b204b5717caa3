/**
 * The equality harness of issue 15: every speed-up of `keten validate` must give exactly the
 * findings of the unoptimised path — the same diagnostics (rule, place, message, severity,
 * related locations, data), in the same order, per file. Not timed.
 *
 * Variants compared with Keten's own passes (`syntax-tree-walk.ts` and the classes that use it):
 * - Langium's default passes: linking, local scopes, the reference index, the declaration
 *   descriptions, the scope provider and the validator's walk of every node (the rules then
 *   run through Langium's ValidationRegistry), as before the optimisation.
 *
 * Workspaces: the examples, every fixture below test/fixtures as one workspace (so names of
 * one fixture meet those of others: duplicate-name, references across files, suppressions),
 * and a generated workspace of 200 agreements with a few broken and clashing files added.
 * Worker threads: one thread against this thread and a worker (`checkOnWorkers`, KETEN_WORKERS=2).
 * A cache variant plugs in as another `findingsOf` (docs/performance.md).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    DefaultAstNodeDescriptionProvider, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider,
    DefaultScopeComputation, DefaultScopeProvider, EmptyFileSystem, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument,
    type LocalSymbols, type ValidationAcceptor, type ValidationOptions, type Cancellation
} from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkspace, createKetenServices, type SourceFile } from '@keten/language';
import { KetenLinker } from '../../packages/language/src/scoping/keten-linker.js';
import { KetenScopeComputation } from '../../packages/language/src/scoping/keten-scope-computation.js';
import { KetenDocumentValidator } from '../../packages/language/src/validation/keten-document-validator.js';
import { generateWorkspace } from '../../bench/generate-workspace.js';
import { REPO_ROOT } from '../support/run-keten.js';
import { ensureKetenBuilt } from '../support/cli-workspace.js';
import { checkOnWorkers } from '../../packages/cli/src/workers/validate-on-workers.js';
import { checkWithCache } from '../../packages/cli/src/cache/check-with-cache.js';

type Token = Cancellation.CancellationToken;

/** Keten's linker with Langium's walk (a stream and an awaited check per node). */
class LangiumWalkLinker extends KetenLinker {
    override link(document: LangiumDocument, token?: Token): Promise<void> {
        return DefaultLinker.prototype.link.call(this, document, token);
    }
}

/**
 * Keten's exports with Langium's local symbols (a stream and an awaited check per node), plus
 * the one thing Keten adds to them: each file's own `Party.role` names (`addQualifiedMembers`).
 */
class LangiumWalkScopeComputation extends KetenScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, token?: Token): Promise<LocalSymbols> {
        const symbols = await DefaultScopeComputation.prototype.collectLocalSymbols.call(this, document, token);
        this.addQualifiedMembers(document, symbols as MultiMap<AstNode, AstNodeDescription>);
        return symbols;
    }
}

/** Keten's validator with Langium's walk; the rules go through Langium's ValidationRegistry. */
class LangiumWalkValidator extends KetenDocumentValidator {
    protected override validateAstNodes(root: AstNode, options: ValidationOptions, accept: ValidationAcceptor, token?: Token): Promise<void> {
        const langiumWalk = (DefaultDocumentValidator.prototype as unknown as { validateAstNodes: LangiumWalkValidator['validateAstNodes'] }).validateAstNodes;
        return langiumWalk.call(this, root, options, accept, token);
    }
}
// Without `useRules`, `registerRules` registers the rules with Langium's registry.
(LangiumWalkValidator.prototype as unknown as { useRules: undefined }).useRules = undefined;

const LANGIUM_PASSES = {
    references: {
        Linker: (services: never) => new LangiumWalkLinker(services),
        ScopeComputation: (services: never) => new LangiumWalkScopeComputation(services),
        ScopeProvider: (services: never) => new DefaultScopeProvider(services)
    },
    workspace: {
        AstNodeDescriptionProvider: (services: never) => new DefaultAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services: never) => new DefaultReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services: never) => new LangiumWalkValidator(services)
    }
};

type Variant = 'keten' | 'langium';

/** Every file's diagnostics, in file order, as JSON (so every field counts). */
async function findingsOf(variant: Variant, files: readonly SourceFile[]): Promise<string[]> {
    const services = variant === 'keten'
        ? createKetenServices(EmptyFileSystem)
        : createKetenServices(EmptyFileSystem, LANGIUM_PASSES as never);
    if (variant === 'langium') {
        // The variant really takes Langium's path: its walk, and the rules through the registry.
        const validator = services.Keten.validation.DocumentValidator as unknown as { rules?: unknown };
        expect(validator).toBeInstanceOf(LangiumWalkValidator);
        expect(validator.rules).toBeUndefined();
        expect(services.Keten.references.Linker).toBeInstanceOf(LangiumWalkLinker);
    }
    const checked = await checkWorkspace(services, files);
    return checked.map(file => `${path.relative(REPO_ROOT, file.path)} ${JSON.stringify(file.diagnostics)}`);
}

function ketenFilesBelow(folder: string): SourceFile[] {
    const result: string[] = [];
    const visit = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (entry.name.endsWith('.keten')) result.push(full);
        }
    };
    visit(folder);
    return result.map(file => ({ path: file, bytes: fs.readFileSync(file) }));
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-same-findings-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** 200 generated agreements, plus files that clash with them, break, and suppress findings. */
function generatedWorkspace(): SourceFile[] {
    generateWorkspace(path.join(work, 'w200'), 200);
    const extra = path.join(work, 'w200', 'extra');
    fs.mkdirSync(extra);
    const fixtures = ketenFilesBelow(path.join(REPO_ROOT, 'test/fixtures/rules'));
    // Every 7th rule fixture, beside the generated files (names clash, references cross).
    fixtures.filter((_, i) => i % 7 === 0).forEach((file, i) => fs.writeFileSync(path.join(extra, `f${i}.keten`), file.bytes));
    return ketenFilesBelow(path.join(work, 'w200'));
}

describe('the same findings with every speed-up (not timed)', () => {
    const workspaces: Array<[string, () => SourceFile[]]> = [
        ['the examples', () => ketenFilesBelow(path.join(REPO_ROOT, 'examples'))],
        ['every fixture as one workspace', () => ketenFilesBelow(path.join(REPO_ROOT, 'test/fixtures'))],
        ['a generated workspace of 200 agreements with clashing and broken files', generatedWorkspace]
    ];
    for (const [name, makeFiles] of workspaces) {
        let made: SourceFile[] | undefined;
        const files = () => made ??= makeFiles();
        it(`Keten's passes and Langium's give identical findings: ${name}`, async () => {
            const sources = files();
            const keten = await findingsOf('keten', sources);
            const langium = await findingsOf('langium', sources);
            expect(keten.length).toBe(sources.length);
            // The comparison must be able to fail: the workspace has findings to compare.
            expect(keten.some(line => line.includes('"code"'))).toBe(true);
            expect(keten).toEqual(langium);
        });
        // (Every fixture as one workspace on workers: test/cli/workers.test.ts, through the binary.)
        if (name === 'every fixture as one workspace') continue;
        it(`one thread and two (this one and a worker, packages/cli/src/workers/) give identical findings: ${name}`, async () => {
            ensureKetenBuilt(); // the worker's bundle
            const sources = files();
            const oneThread = await findingsOf('keten', sources);
            const env = { KETEN_WORKERS: '2', KETEN_WORKERS_DEBUG: '' };
            const checked = await checkOnWorkers(sources.map(file => file.path), { cwd: REPO_ROOT, locale: 'en', env });
            expect(checked, 'checked on two threads').toBeDefined();
            const onTwo = checked!.map(file => `${path.relative(REPO_ROOT, file.path)} ${JSON.stringify(file.diagnostics)}`);
            expect(onTwo).toEqual(oneThread);
        });
    }
});

/**
 * The cache variant (`keten validate --cache`, docs/performance.md), on the examples: checked
 * with a cache, then changed — the shared parties file's first party renamed (references
 * break; their messages suggest other names), an agreement deleted, a file added that repeats
 * an agreement's names (`duplicate-name` in the unchanged file) — and checked again with the
 * cache; then one agreement changed. Each time the findings of every file are those of
 * checking the changed workspace without the cache.
 */
describe('the same findings with the cache (not timed)', () => {
    it('after the parties file, a deletion and an added duplicate, then after one agreement changed: the examples', async () => {
        const sources = ketenFilesBelow(path.join(REPO_ROOT, 'examples'));
        const options = { file: path.join(work, 'examples.ketencache'), identity: { version: 'test', build: '', locale: 'en', configuration: '' } };
        const asLines = (checked: ReadonlyArray<{ path: string; diagnostics: unknown }>) =>
            checked.map(file => `${path.relative(REPO_ROOT, file.path)} ${JSON.stringify(file.diagnostics)}`);
        const newServices = () => createKetenServices(EmptyFileSystem);
        const text = (name: string, files: readonly SourceFile[]) => String(files.find(f => f.path.endsWith(name))!.bytes);
        const replaced = (files: readonly SourceFile[], name: string, bytes: string) =>
            files.map(file => (file.path.endsWith(name) ? { path: file.path, bytes } : file));

        expect((await checkWithCache(newServices, sources, options)).use.found).toBe(false);

        const changed = replaced(sources, '/partijen.keten', text('/partijen.keten', sources).replace(/^party (\w+)/m, 'party $1Hernoemd'))
            .filter(file => !file.path.endsWith('/omgevingsdienst.keten'));
        changed.unshift({ path: path.join(REPO_ROOT, 'examples/0-added.keten'), bytes: text('/riec.keten', sources) });
        const second = await checkWithCache(newServices, changed, options);
        expect(second.use.found).toBe(true);
        const cold = await findingsOf('keten', changed);
        expect(cold.filter(line => line.includes('"unresolved-reference"')).length).toBeGreaterThan(0);
        expect(cold.find(line => line.startsWith('examples/riec.keten'))).toContain('"duplicate-name"');
        expect(asLines(second.checked)).toEqual(cold);

        const oneAgreement = replaced(changed, '/jeugdhulp.keten', text('/jeugdhulp.keten', changed).replace(/^ {2}review .*\n/m, ''));
        const third = await checkWithCache(newServices, oneAgreement, options);
        expect(third.use.rechecked).toBe(1);
        expect(asLines(third.checked)).toEqual(await findingsOf('keten', oneAgreement));
    });
});
