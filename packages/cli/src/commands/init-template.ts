/**
 * The starter files of `keten init`: a small, sound agreement (it validates without findings,
 * which a test checks) with comments that explain each part, and a configuration file.
 */
export const STARTER_AGREEMENT = `// Een startafspraak van Keten. Pas namen en teksten aan; \`npx keten validate\` laat zien wat er nog ontbreekt.
// A starter agreement. Change names and texts; \`npx keten validate\` shows what is still missing.

/** De gemeente die de keten in opdracht geeft. */
party Gemeente "Gemeente" {
  type municipality
  role wethouder "Wethouder"
  role directeur "Directeur Sociaal Domein" reports to wethouder
}

/** De organisatie die het werk uitvoert. */
party Uitvoerder "Uitvoerende organisatie" {
  type provider
  role bestuurder "Bestuurder"
  role regisseur "Ketenregisseur" reports to bestuurder
}

body Stuurgroep "Stuurgroep" {
  members Gemeente.wethouder, Uitvoerder.bestuurder
  chair Gemeente.wethouder
}

agreement Samenwerking "Samenwerkingsafspraak" {
  parties Gemeente, Uitvoerder
  period 2026-01-01 to 2027-12-31
  goal "Beschrijf hier in woorden wat de keten wil bereiken."
  steering Gemeente.wethouder
  accountable Gemeente.wethouder
  review every 6 weeks by Stuurgroep

  // Wie mag namens wie beslissen (Awb 10:1-10:12).
  mandate Inzet "Inzet van hulp" {
    from Gemeente.directeur
    to Uitvoerder.regisseur
    scope "Besluiten over de inzet van hulp per huishouden"
    limit 10000 EUR per household
    submandate denied
    valid 2026-01-01 to 2027-12-31
    basis "Mandaatbesluit 2026"
  }

  // Wat er nodig is om het werk te doen: tijd, geld, mensen, gegevens.
  condition Capaciteit "Tijd voor ketenregie" {
    provided by Uitvoerder
    resource 16 hours per week
    before 2026-02-01
  }

  commitment Start "Start hulp binnen 10 werkdagen" {
    by Uitvoerder
    decides under Inzet
    needs Capaciteit
    due 2026-03-01
  }

  // Wie knopen doorhakt als het vastloopt, en hoe snel.
  escalation Vastgelopen "Vastgelopen casus" {
    level Uitvoerder.regisseur within 5 workdays
    level Gemeente.directeur within 10 workdays
    level Gemeente.wethouder within 20 workdays decides
  }

  // Effecten tellen, niet de intenties.
  effect Wachttijd "Kortere wachttijd" {
    kind outcome
    indicator "Gemiddeld aantal dagen tussen aanmelding en start hulp"
    unit days
    baseline 40 on 2025-12-31
    target <= 15 by 2027-06-30
    measured monthly by Uitvoerder from "Registratie"
    through Start
  }
}
`;

/** The starter configuration, in the language the run asked for (`keten init --locale nl`). */
export function starterConfig(locale: 'en' | 'nl'): string {
    return `{
  "$schema": "./node_modules/@keten/cli/keten.config.schema.json",
  "rules": {},
  "locale": "${locale}"
}
`;
}
