/**
 * `gitlab`: GitLab Code Quality JSON (CLI.md), shown in merge requests when a job publishes it
 * as `artifacts:reports:codequality`. Fingerprints are unique per finding and stable across
 * runs, so GitLab can tell new findings from old ones.
 */
import type { FindingSeverity, ValidationResult } from '../findings.js';
import { findingFingerprints } from './finding-fingerprints.js';

const SEVERITY: Record<FindingSeverity, string> = { error: 'major', warning: 'minor', info: 'info' };

export function renderGitlab(result: ValidationResult): string {
    const fingerprints = findingFingerprints(result.findings);
    const issues = result.findings.map((finding, index) => ({
        description: finding.message,
        check_name: finding.rule,
        fingerprint: fingerprints[index],
        severity: SEVERITY[finding.severity],
        location: { path: finding.file, lines: { begin: finding.line } }
    }));
    return JSON.stringify(issues, null, 2) + '\n';
}
