/** Messages of the escalation rules. */
export const escalationEn = {
};
