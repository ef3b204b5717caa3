/**
 * `keten diff` on pairs written from CHANGES.md (change-pairs.ts): exactly the change ids,
 * levels, elements, agreements and `old`/`new` texts the page names; every pair backwards
 * gives the opposite changes; targets for every comparator both ways.
 */
import { describe, expect, it } from 'vitest';
import { oppositeOf, CHANGE_KINDS, type ChangeId } from '@keten/changes';
import { CHANGE_PAIRS, TARGET_PAIRS } from './change-pairs.js';
import { baseFiles, diffFiles, edited, essentials } from './diff-support.js';

const base = baseFiles();

describe('keten diff: pairs written from CHANGES.md', () => {
    it('the base workspace has no changes against itself', () => {
        expect(diffFiles(base, base)).toEqual([]);
    });

    for (const pair of CHANGE_PAIRS) {
        it(pair.name, () => {
            const before = edited(base, pair.before ?? []);
            const after = edited(base, pair.after);
            expect(essentials(diffFiles(before, after))).toEqual(essentials(pair.expect.map(c => ({ ...c, message: '', file: '', line: 0 }))));
            // Backwards: the same elements, the opposite changes, old and new swapped.
            const backwards = essentials(diffFiles(after, before));
            const expected = essentials(pair.expect.map(c => {
                const id = oppositeOf(c.id as ChangeId);
                return { ...c, id, level: CHANGE_KINDS[id].level, old: c.new, new: c.old, message: '', file: '', line: 0 };
            }));
            expect(backwards).toEqual(expected);
        });
    }
});

describe('keten diff: targets, every comparator both ways', () => {
    const TARGET = 'target <= 8 by 2028-06-30';
    for (const [old, now, id] of TARGET_PAIRS) {
        it(`${old}  →  ${now}: ${id}`, () => {
            const before = edited(base, [['agreement.keten', TARGET, `target ${old}`]]);
            const after = edited(base, [['agreement.keten', TARGET, `target ${now}`]]);
            const level = CHANGE_KINDS[id as ChangeId].level;
            expect(essentials(diffFiles(before, after))).toEqual([{ id, level, element: 'Vroeg.Ontruimingen', agreement: 'Vroeg', old, new: now }]);
            const back = oppositeOf(id as ChangeId);
            expect(essentials(diffFiles(after, before))).toEqual([{ id: back, level: CHANGE_KINDS[back].level, element: 'Vroeg.Ontruimingen', agreement: 'Vroeg', old: now, new: old }]);
        });
    }

    it('the levels CHANGES.md gives: weakened and changed are breaking, strengthened is notable', () => {
        expect(CHANGE_KINDS['target-weakened'].level).toBe('breaking');
        expect(CHANGE_KINDS['target-changed'].level).toBe('breaking');
        expect(CHANGE_KINDS['target-strengthened'].level).toBe('notable');
    });
});
