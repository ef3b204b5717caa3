/**
 * Data shared between partners (AVG / GDPR): who provides, who receives, for what purpose, on
 * which basis, for how long, and who is the controller (COVENANT.md, `data`).
 */
import type { DataSharing, Party } from '../generated/ast.js';
import { firstOfType } from './fields.js';
import type { Reference } from 'langium';

export const dataFromField = (data: DataSharing) => firstOfType(data.fields, 'DataFromField');
export const dataToField = (data: DataSharing) => firstOfType(data.fields, 'DataToField');
export const purposeField = (data: DataSharing) => firstOfType(data.fields, 'PurposeField');
export const dataBasisField = (data: DataSharing) => firstOfType(data.fields, 'BasisField');
export const categoriesField = (data: DataSharing) => firstOfType(data.fields, 'CategoriesField');
export const specialField = (data: DataSharing) => firstOfType(data.fields, 'SpecialField');
export const retentionField = (data: DataSharing) => firstOfType(data.fields, 'RetentionField');
export const controllerField = (data: DataSharing) => firstOfType(data.fields, 'ControllerField');

function resolvedParties(refs: ReadonlyArray<Reference<Party>> | undefined): Party[] {
    const parties: Party[] = [];
    for (const ref of refs ?? []) if (ref.ref && !parties.includes(ref.ref)) parties.push(ref.ref);
    return parties;
}

/** Who provides the data (`from`), resolved, without repeats. */
export function dataProvidersOf(data: DataSharing): Party[] {
    return resolvedParties(dataFromField(data)?.parties);
}

/** Who receives the data (`to`), resolved, without repeats. */
export function dataRecipientsOf(data: DataSharing): Party[] {
    return resolvedParties(dataToField(data)?.parties);
}

/** The controllers (`controller`); more than one are joint controllers (AVG art. 26). */
export function dataControllersOf(data: DataSharing): Party[] {
    return resolvedParties(controllerField(data)?.parties);
}

/** The parts of a data block AVG art. 5(1)(b) and 6 require. */
export type DataSharingPart = 'from' | 'to' | 'purpose' | 'basis';

/** The required parts a data block lacks, in the order `from`, `to`, `purpose`, `basis`. */
export function missingDataSharingPartsOf(data: DataSharing): DataSharingPart[] {
    const missing: DataSharingPart[] = [];
    if (!dataFromField(data)) missing.push('from');
    if (!dataToField(data)) missing.push('to');
    if (!purposeField(data)) missing.push('purpose');
    if (!dataBasisField(data)) missing.push('basis');
    return missing;
}
