/**
 * What the build puts into the page beside the code, computed from the repository itself so it
 * cannot drift: the keywords of the grammar (for the editor's first colouring, before the
 * language server's semantic tokens arrive) and the examples of `examples/` as starting points.
 * Run by build.mjs under Node; its result becomes the module `keten-playground:build-data`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createKetenServices, isDocument, model, parseKetenText, reservedWords } from '@keten/language';
import type { BuildData, ExampleWorkspace } from '../page/build-data-types.js';

export function buildData(examplesFolder: string): BuildData {
    return { keywords: [...reservedWords()].sort(), examples: examplesOf(examplesFolder) };
}

/**
 * One starting point per agreement file at the top of `examples/`, with the files it shares
 * (those that declare no agreement, such as the parties file); one per sub-folder with all its
 * files; the measurement files of `examples/data/` with every starting point whose effects they
 * measure.
 */
function examplesOf(folder: string): ExampleWorkspace[] {
    const { Keten } = createKetenServices({ ...EmptyFileSystem });
    const read = (file: string) => fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    const agreementsIn = (text: string, file: string) => {
        const root = parseKetenText(Keten, text, file).parseResult.value;
        return isDocument(root) ? model.agreementsOf(root) : [];
    };
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const top = entries.filter(entry => entry.isFile() && entry.name.endsWith('.keten'))
        .map(entry => ({ name: entry.name, text: read(path.join(folder, entry.name)) }));
    const shared = top.filter(file => agreementsIn(file.text, file.name).length === 0);
    const measurements = entries.filter(entry => entry.isDirectory() && entry.name === 'data')
        .flatMap(entry => fs.readdirSync(path.join(folder, entry.name)).filter(name => /\.(csv|json)$/i.test(name)).sort()
            .map(name => ({ name, text: read(path.join(folder, entry.name, name)) })));
    const measuring = (files: ReadonlyArray<{ name: string; text: string }>) => {
        const agreements = files.flatMap(file => agreementsIn(file.text, file.name));
        const ids = agreements.flatMap(agreement => model.effectsOf(agreement).map(effect => `${agreement.name}.${effect.name}`));
        return measurements.filter(data => ids.some(id => data.text.includes(id)));
    };
    const examples: ExampleWorkspace[] = [];
    for (const file of top) {
        const agreements = agreementsIn(file.text, file.name);
        if (agreements.length === 0) continue;
        const files = [...shared, file];
        examples.push({ id: file.name.replace(/\.keten$/, ''), title: agreements[0].title ?? agreements[0].name, files, measurements: measuring(files) });
    }
    for (const entry of entries.filter(entry => entry.isDirectory() && entry.name !== 'data')) {
        const files = fs.readdirSync(path.join(folder, entry.name)).filter(name => name.endsWith('.keten')).sort()
            .map(name => ({ name, text: read(path.join(folder, entry.name, name)) }));
        if (files.length === 0) continue;
        const agreement = files.flatMap(f => agreementsIn(f.text, f.name))[0];
        examples.push({ id: entry.name, title: agreement?.title ?? entry.name, files, measurements: measuring(files) });
    }
    return examples;
}
