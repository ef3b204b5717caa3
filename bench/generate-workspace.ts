/**
 * Generates benchmark workspaces: a shared parties file and N agreements of about 80 lines
 * each, every one sound (no findings), with measurement files for the report benchmark.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PARTY_COUNT = 40;

export function partiesFile(): string {
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
            '}',
            ''
        );
    }
    return lines.join('\n');
}

/** One sound agreement of about 80 lines between three parties. */
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

export interface GeneratedWorkspace {
    readonly dir: string;
    readonly files: string[];
}

export function generateWorkspace(dir: string, agreements: number): GeneratedWorkspace {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'agreements'), { recursive: true });
    const files = [path.join(dir, 'parties.keten')];
    fs.writeFileSync(files[0], partiesFile());
    for (let i = 0; i < agreements; i++) {
        const file = path.join(dir, 'agreements', `a${String(i).padStart(5, '0')}.keten`);
        fs.writeFileSync(file, agreementFile(i));
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
