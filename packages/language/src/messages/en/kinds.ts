/** Words for the kinds of declaration, as used inside messages. */
export const kindsEn = {
    Party: 'party',
    Role: 'role',
    Body: 'body',
    Holder: 'role or body',
    Agreement: 'agreement',
    Mandate: 'mandate',
    Condition: 'condition',
    Commitment: 'commitment',
    Escalation: 'escalation route',
    Effect: 'effect',
    Power: 'power',
    Authority: 'mandate or power',
    DataSharing: 'data block',
    Budget: 'budget',
    Term: 'term'
} as const satisfies Record<string, string>;

export type KindName = keyof typeof kindsEn;
