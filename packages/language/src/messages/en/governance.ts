/** Messages of the governance rules. */
export const governanceEn = {
};
