// What `z.locales` is in Keten's bundles (scripts/zod-without-locales.mjs): no catalogues.
export {};
