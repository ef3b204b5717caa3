/** Messages of the conditions rules. */
export const conditionsEn = {
};
