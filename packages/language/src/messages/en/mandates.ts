/** Messages of the mandates rules. */
export const mandatesEn = {
};
