/**
 * Fingerprints that identify a finding across runs, for SARIF `partialFingerprints` and GitLab
 * Code Quality `fingerprint`. A hash of the rule, the file, the message and an occurrence
 * counter (the n-th finding with that rule, file and message): lines added above a finding do
 * not change it, and two equal findings in one file still get different fingerprints.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';

/** One fingerprint per finding, in the order given (findings come sorted by position). */
export function findingFingerprints(findings: readonly Finding[]): string[] {
    const seen = new Map<string, number>();
    return findings.map(finding => {
        const key = JSON.stringify([finding.rule, finding.file, finding.message]);
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
    });
}
