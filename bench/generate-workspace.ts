/**
 * Generates benchmark workspaces: a shared parties file and N agreements, every one sound (no
 * findings), with measurement files for the report benchmark. Two styles: `plain` agreements
 * of about 70 lines (the chain only: mandates, conditions, commitments, escalation, effect),
 * and `covenant` agreements of about 115 lines written as whole covenants (COVENANT.md:
 * powers, preamble, signatories, `involving`, joint commitments, a relative due date, data
 * sharing, a budget, the lifecycle clauses), whose parties also hold powers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PARTY_COUNT = 40;

export type AgreementStyle = 'plain' | 'covenant';

export function partiesFile(style: AgreementStyle = 'plain'): string {
    const lines: string[] = ['// Gedeelde partijen voor de benchmark.', ''];
    for (let p = 0; p < PARTY_COUNT; p++) {
        lines.push(
            `/** Partij ${p} van de benchmark. */`,
            `party P${p} "Partij ${p}" {`,
            '  type municipality',
            '  role bestuurder "Bestuurder"',
            '  role directeur "Directeur" reports to bestuurder',
            '  role manager "Manager" reports to directeur',
            '  role regisseur "Regisseur" reports to manager',
            ...(style === 'covenant' ? [`  power Taak "Wettelijke taak" held by bestuurder basis "Wet ${p}, art. 2"`] : []),
            '}',
            ''
        );
    }
    return lines.join('\n');
}

/** One sound agreement in the given style. */
export function agreementFileIn(style: AgreementStyle, index: number): string {
    return style === 'covenant' ? covenantAgreementFile(index) : agreementFile(index);
}

/** One sound agreement of about 70 lines between three parties (the chain only). */
export function agreementFile(index: number): string {
    const a = `P${index % PARTY_COUNT}`;
    const b = `P${(index + 1) % PARTY_COUNT}`;
    const c = `P${(index + 2) % PARTY_COUNT}`;
    return `/** Afspraak ${index}: een benchmarkconvenant. */
agreement A${index} "Convenant ${index}" {
  parties ${a}, ${b}, ${c}
  period 2026-01-01 to 2027-12-31
  goal "Betere hulp voor inwoners in regio ${index}."
  steering ${a}.bestuurder
  accountable ${a}.bestuurder
  review every 6 weeks by ${a}.bestuurder

  mandate Inzet "Inzet hulp" {
    from ${a}.directeur
    to ${b}.regisseur
    scope "Besluiten over inzet van hulp"
    limit 25000 EUR per household
    submandate denied
    valid 2026-01-01 to 2027-12-31
    basis "Mandaatbesluit ${index}"
  }

  mandate Uitvoering "Uitvoering" {
    from ${a}.directeur
    to ${c}.regisseur
    scope "Besluiten over uitvoering"
    limit 10000 EUR per case
    submandate denied
    valid 2026-01-01 to 2027-12-31
    basis "Mandaatbesluit ${index}b"
  }

  condition Tijd "Tijd" {
    provided by ${b}
    resource 16 hours per week
    before 2026-02-01
  }

  condition Budget "Budget" {
    provided by ${a}
    resource 100000 EUR per year
    before 2026-01-15
  }

  commitment Intake "Intake" {
    by ${b}
    decides under Inzet
    needs Tijd, Budget
    due 2026-03-01
  }

  commitment Plan "Plan" {
    by ${c}
    decides under Uitvoering
    needs Budget
    due 2026-04-01
  }

  escalation Casus "Vastgelopen casus" {
    level ${b}.manager within 5 workdays
    level ${a}.directeur within 10 workdays
    level ${a}.bestuurder within 20 workdays decides
  }

  effect Wachttijd "Wachttijd" {
    kind outcome
    indicator "Dagen tot start hulp"
    unit days
    baseline 45 on 2025-12-31
    target <= 20 by 2027-06-30
    measured monthly by ${b} from "Monitor"
    through Intake
  }
}
`;
}

/**
 * One sound agreement of about 115 lines written as a whole covenant: the chain of
 * `agreementFile` plus a preamble, signatories, a party in `involving`, a joint commitment
 * under the parties' own powers, a relative due date, a data block, a budget and the clauses
 * on renewal, termination, amendment, accession, disputes and publication. Needs
 * `partiesFile('covenant')` (the powers).
 */
export function covenantAgreementFile(index: number): string {
    const a = `P${index % PARTY_COUNT}`;
    const b = `P${(index + 1) % PARTY_COUNT}`;
    const c = `P${(index + 2) % PARTY_COUNT}`;
    const d = `P${(index + 3) % PARTY_COUNT}`;
    return `/** Afspraak ${index}: een benchmarkconvenant, geschreven als heel convenant. */
agreement A${index} "Convenant ${index}" {
  parties ${a}, ${b}, ${c}
  involving ${d}
  period 2026-01-01 to 2027-12-31
  basis "Wet ${index}, art. 1"
  basis "Gemeentewet, art. 160"
  considering "Inwoners in regio ${index} nu te lang op hulp wachten."
  considering "Partijen hun taken beter op elkaar willen afstemmen."
  term Inwoner "Een inwoner van regio ${index}."
  term Casus "Een hulpvraag van een inwoner die meer dan een partij raakt."
  signatory ${a}.bestuurder "A. de Vries" pursuant to "Gemeentewet, art. 171"
  signatory ${b}.bestuurder "B. Jansen" pursuant to "Gemeentewet, art. 171"
  signatory ${c}.bestuurder "C. Bakker" pursuant to "Gemeentewet, art. 171"
  renewal 1 year
  termination notice 3 months
  amendment "Schriftelijk, met instemming van alle partijen."
  accession "Een andere gemeente treedt toe met instemming van alle partijen."
  disputes Casus
  publication "Gemeenteblad" within 2 weeks
  goal "Betere hulp voor inwoners in regio ${index}."
  steering ${a}.bestuurder
  accountable ${a}.bestuurder
  review every 6 weeks by ${a}.bestuurder

  mandate Inzet "Inzet hulp" {
    from ${a}.directeur
    to ${b}.regisseur
    scope "Besluiten over inzet van hulp"
    limit 25000 EUR per household
    submandate denied
    valid 2026-01-01 to 2027-12-31
    basis "Mandaatbesluit ${index}"
    power ${a}.Taak
  }

  mandate Uitvoering "Uitvoering" {
    from ${a}.directeur
    to ${c}.regisseur
    scope "Besluiten over uitvoering"
    limit 10000 EUR per case
    submandate denied
    valid 2026-01-01 to 2027-12-31
    basis "Mandaatbesluit ${index}b"
    power ${a}.Taak
  }

  condition Tijd "Tijd" {
    provided by ${b}
    resource 16 hours per week
    before 2026-02-01
  }

  condition Budget "Budget" {
    provided by ${a}, ${c}
    resource 100000 EUR per year
    before 2026-01-15
  }

  commitment Intake "Intake" {
    by ${b}
    decides under Inzet
    needs Tijd, Budget
    due 2026-03-01
    obligation result
  }

  commitment Plan "Plan" {
    by ${c}
    decides under Uitvoering
    needs Budget
    due within 10 workdays after "de intake"
    obligation effort
  }

  commitment Toegang "Een toegang" {
    by ${a}, ${b}
    decides under ${a}.Taak, ${b}.Taak
    needs Budget
    due 2026-01-31
  }

  escalation Casus "Vastgelopen casus" {
    level ${b}.manager within 5 workdays
    level ${a}.directeur within 10 workdays
    level ${a}.bestuurder within 20 workdays decides
  }

  effect Wachttijd "Wachttijd" {
    kind outcome
    indicator "Dagen tot start hulp"
    unit days
    baseline 45 on 2025-12-31
    target <= 20 by 2027-06-30
    measured monthly by ${b} from "Monitor"
    through Intake, Toegang
  }

  data Signalen "Signalen" {
    from ${d}, ${a}
    to ${b}
    purpose "Inwoners met een hulpvraag snel benaderen"
    basis "Wet ${index}, art. 5; AVG art. 6 lid 1 sub e"
    categories "NAW-gegevens en de hulpvraag"
    retention 6 months
    controller ${a}
  }

  budget Kosten "Kosten van de samenwerking" {
    amount 120000 EUR per year
    share ${a} 50 percent
    share ${b} 30 percent
    share ${c} 20 percent
  }
}
`;
}

export interface GeneratedWorkspace {
    readonly dir: string;
    readonly files: string[];
}

export function generateWorkspace(dir: string, agreements: number, style: AgreementStyle = 'plain'): GeneratedWorkspace {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'agreements'), { recursive: true });
    const files = [path.join(dir, 'parties.keten')];
    fs.writeFileSync(files[0], partiesFile(style));
    for (let i = 0; i < agreements; i++) {
        const file = path.join(dir, 'agreements', `a${String(i).padStart(5, '0')}.keten`);
        fs.writeFileSync(file, agreementFileIn(style, i));
        files.push(file);
    }
    return { dir, files };
}

/** Measurements: `months` monthly values per effect, for the report benchmark. */
export function measurementsCsv(agreements: number, months: number): string {
    const rows = ['effect,date,value,source'];
    for (let i = 0; i < agreements; i++) {
        for (let m = 0; m < months; m++) {
            const year = 2026 + Math.floor(m / 12);
            const month = (m % 12) + 1;
            const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
            const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            rows.push(`A${i}.Wachttijd,${date},${(45 - m * 0.7 + (i % 5)).toFixed(1)},Monitor`);
        }
    }
    return rows.join('\n') + '\n';
}
