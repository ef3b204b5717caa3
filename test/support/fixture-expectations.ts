/**
 * Expected findings written in fixture files themselves (Safe-DS style):
 *
 *   decides                      // expect: missing-mandate
 *   agreement X {                // expect: no-review, no-accountability
 *   level A.b within 5 days      // expect: escalation-loop@9
 *   parties A, B                 // expect: unused-party x2
 *
 * A trailing `// expect: …` comment lists the findings whose range starts on that line:
 * rule ids, optionally `@COLUMN` (1-based) and `xN` for a count. A line without such a comment
 * must have no finding. `// fixture-only: rule-a, rule-b` anywhere restricts the comparison to
 * those rules (for fixtures that cannot avoid unrelated findings).
 */
export interface ExpectedFinding {
    readonly line: number;
    readonly rule: string;
    readonly column?: number;
}

export interface FixtureExpectations {
    readonly findings: ExpectedFinding[];
    readonly only?: ReadonlySet<string>;
}

const EXPECT = /\/\/\s*expect:\s*(.+?)\s*$/;
const ONLY = /\/\/\s*fixture-only:\s*(.+?)\s*$/;

export function readExpectations(text: string): FixtureExpectations {
    const findings: ExpectedFinding[] = [];
    let only: Set<string> | undefined;
    text.split(/\r?\n/).forEach((lineText, index) => {
        const onlyMatch = ONLY.exec(lineText);
        if (onlyMatch) only = new Set(onlyMatch[1].split(/\s*,\s*/));
        const match = EXPECT.exec(lineText);
        if (!match) return;
        for (const item of match[1].split(/\s*,\s*/)) {
            const parsed = /^([a-z-]+)(?:@(\d+))?(?:\s+x(\d+))?$/.exec(item.trim());
            if (!parsed) throw new Error(`Line ${index + 1}: cannot read expectation '${item}'`);
            const count = parsed[3] ? Number(parsed[3]) : 1;
            for (let i = 0; i < count; i++) {
                findings.push({ line: index + 1, rule: parsed[1], column: parsed[2] ? Number(parsed[2]) : undefined });
            }
        }
    });
    return { findings, only };
}
