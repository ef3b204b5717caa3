/** Messages of the conditions rules. */
export const conditionsEn = {
    conditionUnowned: (a: { condition: string }) =>
        `Condition '${a.condition}' says nobody provides it. Add 'provided by' with the party that makes sure it is in place.`,
    commitmentWithoutCondition: (a: { commitment: string; party?: string }) =>
        `Commitment '${a.commitment}'${a.party ? ` of ${a.party}` : ''} needs nothing: the work comes on top of existing tasks, without time, money, people or data set aside for it. Add 'needs' with the conditions that make the work possible.`,
    conditionLate: (a: { condition: string; before: string; commitment: string; due: string }) =>
        `Condition '${a.condition}' is only in place by ${a.before}, after commitment '${a.commitment}' that needs it is due (${a.due}). Move the condition's 'before' to ${a.due} or earlier, or the commitment's 'due' later.`,
    conditionLateRelated: (a: { condition: string; before: string }) =>
        `Condition '${a.condition}' must be in place before ${a.before}.`,
    unusedCondition: (a: { condition: string }) =>
        `No commitment needs condition '${a.condition}'. Name it in the 'needs' of the commitment it makes possible, or remove it.`
};
