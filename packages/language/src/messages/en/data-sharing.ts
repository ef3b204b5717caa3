/** Messages of the data rules (COVENANT.md, data shared between partners; AVG / GDPR). */
import type { DataSharingPart } from '../../model/data-sharing.js';

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
const listed = (names: readonly string[]) => {
    const items = names.map(name => `'${name}'`);
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

const PART_MEANING: Record<DataSharingPart, string> = {
    from: 'who provides the data',
    to: 'who receives the data',
    purpose: 'for which purpose the data are shared',
    basis: 'on which lawful basis the data are shared'
};

export const dataSharingEn = {
    incompleteDataSharing: (a: { data: string; missing: readonly DataSharingPart[] }) =>
        `Data block '${a.data}' lacks ${listed(a.missing)}: it does not say ${a.missing.map(part => PART_MEANING[part]).join(', nor ')} (AVG art. 5(1)(b), art. 6). Add ${a.missing.length === 1 ? 'it' : 'them'}.`,
    dataWithoutRetention: (a: { data: string }) =>
        `Data block '${a.data}' has no 'retention': nobody is told how long the receivers may keep the data (AVG art. 5(1)(e)). Add how long, for example 'retention 6 months'.`,
    dataWithoutController: (a: { data: string; exampleParty?: string }) =>
        `Data block '${a.data}' names no 'controller': nobody answers for the processing to the people concerned and to the supervisory authority (AVG art. 4(7), art. 26). Name the controller, or the joint controllers, for example 'controller ${a.exampleParty ?? 'Party'}'.`
};
