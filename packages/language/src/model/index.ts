export * from './agreements.js';
export * from './dates.js';
export * from './effects.js';
export * from './escalation.js';
export * from './fields.js';
export * from './mandates.js';
export * from './parties.js';
export * from './closest-name.js';
