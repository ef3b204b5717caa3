/** Messages of the effects rules. */
export const effectsEn = {
};
