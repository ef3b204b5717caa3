/**
 * Which files `keten validate --cache` checks again and loads (`recheck-plan.ts`), on small
 * hand-made dependency records: each of the four reasons a file is checked again, and the
 * files loaded for it. Pure and in-process; the real binary is tested in cache.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CachedFile } from '../../packages/cli/src/cache/cache-file.js';
import { compareWithCache, planRecheck, type FileNeeds } from '../../packages/cli/src/cache/recheck-plan.js';

const entry = (path: string, needs: Partial<FileNeeds>, hash = `h-${path}`): CachedFile => ({
    path, hash, exports: needs.exports ?? [], names: needs.names ?? [], unresolvedTypes: needs.unresolvedTypes ?? [], diagnostics: []
});

/** parties exports P and P.x; a and b refer to them; c refers to a's agreement A. */
const parties = entry('/w/parties.keten', { exports: [['P', 'Party'], ['P.x', 'Role']] });
const a = entry('/w/a.keten', { exports: [['A', 'Agreement']], names: ['A', 'P', 'P.x'] });
const b = entry('/w/b.keten', { exports: [['B', 'Agreement']], names: ['B', 'P'] });
const c = entry('/w/c.keten', { exports: [['C', 'Agreement']], names: ['A', 'C'] });
const previous = [a, b, c, parties];

function plan(current: CachedFile[], fresh: Record<string, Partial<FileNeeds>> = {}) {
    const changes = compareWithCache(previous, current.map(file => ({ path: file.path, hash: file.hash })));
    const needs = new Map(Object.entries(fresh).map(([path, n]) => [path, entry(path, n)]));
    const result = planRecheck(current, changes, needs);
    return { recheck: [...result.recheck].sort(), load: result.load };
}

describe('the files checked again with the cache', () => {
    it('nothing changed: none', () => {
        expect(plan(previous)).toEqual({ recheck: [], load: [] });
    });

    it('one agreement changed: that file, with the files that export the names it needs', () => {
        const changed = entry('/w/b.keten', {}, 'new');
        expect(plan([a, changed, c, parties], { '/w/b.keten': { exports: [['B', 'Agreement']], names: ['B', 'P'] } }))
            .toEqual({ recheck: ['/w/b.keten'], load: ['/w/b.keten', '/w/parties.keten'] });
    });

    it('a file that refers to a name a changed file exports now or before, and, transitively, the files that refer to its names', () => {
        // a's agreement renamed A → A2: c referred to A (before); nobody refers to A2.
        const changed = entry('/w/a.keten', {}, 'new');
        const result = plan([changed, b, c, parties], { '/w/a.keten': { exports: [['A2', 'Agreement']], names: ['A2', 'P', 'P.x'] } });
        expect(result.recheck).toEqual(['/w/a.keten', '/w/c.keten']);
        // The parties file changed: a and b refer to its names, and c to a's.
        const newParties = entry('/w/parties.keten', {}, 'new');
        expect(plan([a, b, c, newParties], { '/w/parties.keten': { exports: [['P', 'Party']] } }).recheck)
            .toEqual(['/w/a.keten', '/w/b.keten', '/w/c.keten', '/w/parties.keten']);
    });

    it('a deleted file: the files that referred to its names', () => {
        expect(plan([b, c, parties]).recheck).toEqual(['/w/c.keten']);
    });

    it('a file with a reference that did not resolve: when a name of the kind it expects comes or goes, and then every file with such names is loaded', () => {
        const lost = entry('/w/d.keten', { exports: [['D', 'Agreement']], names: ['D', 'Q'], unresolvedTypes: ['Party'] });
        const other = entry('/w/e.keten', { exports: [['E', 'Party']] });
        const before = [a, b, c, lost, other, parties];
        const added = entry('/w/f.keten', {}, 'new');
        const changes = compareWithCache(before, [...before, added].map(file => ({ path: file.path, hash: file.hash })));
        // A new agreement is no party: d stays.
        const agreementOnly = planRecheck([...before, added], changes, new Map([['/w/f.keten', entry('/w/f.keten', { exports: [['F', 'Agreement']], names: ['F'] })]]));
        expect([...agreementOnly.recheck]).toEqual(['/w/f.keten']);
        // A new party may be the closest name: d is checked again, with every file that exports a party.
        const party = planRecheck([...before, added], changes, new Map([['/w/f.keten', entry('/w/f.keten', { exports: [['R', 'Party']], names: ['R'] })]]));
        expect([...party.recheck].sort()).toEqual(['/w/d.keten', '/w/f.keten']);
        expect(party.load).toEqual(['/w/d.keten', '/w/e.keten', '/w/parties.keten', '/w/f.keten']);
    });
});
