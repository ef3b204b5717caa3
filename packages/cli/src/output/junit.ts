/**
 * `junit`: JUnit XML for CI test reports (CLI.md): one `testsuite`, one failing `testcase` per
 * finding (`classname` = file, `name` = `RULE at LINE:COL`) and one passing `testcase` per clean
 * file. All text is XML-escaped; characters XML 1.0 cannot carry are dropped.
 */
import type { ValidationResult } from '../findings.js';

export function renderJunit(result: ValidationResult): string {
    const withFindings = new Set(result.findings.map(f => f.file));
    const clean = result.files.filter(file => !withFindings.has(file));
    const tests = result.findings.length + clean.length;
    const lines: string[] = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="keten" tests="${tests}" failures="${result.findings.length}" errors="0">`,
        `  <testsuite name="keten" tests="${tests}" failures="${result.findings.length}" errors="0" skipped="0">`
    ];
    for (const finding of result.findings) {
        const name = `${finding.rule} at ${finding.line}:${finding.column}`;
        const body = `${finding.severity}: ${finding.message}\n` +
            `at ${finding.file}:${finding.line}:${finding.column} (${finding.rule})`;
        lines.push(
            `    <testcase classname="${xmlAttribute(finding.file)}" name="${xmlAttribute(name)}">`,
            `      <failure message="${xmlAttribute(finding.message)}" type="${xmlAttribute(finding.severity)}">${xmlText(body)}</failure>`,
            '    </testcase>'
        );
    }
    for (const file of clean) {
        lines.push(`    <testcase classname="${xmlAttribute(file)}" name="${xmlAttribute('no findings')}"/>`);
    }
    lines.push('  </testsuite>', '</testsuites>');
    return lines.join('\n') + '\n';
}

/**
 * Drops what XML 1.0 cannot contain: C0 control characters other than tab, LF and CR,
 * unpaired surrogates, and U+FFFE/U+FFFF.
 */
export function dropInvalidXmlCharacters(text: string): string {
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

function xmlText(text: string): string {
    return dropInvalidXmlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function xmlAttribute(text: string): string {
    // Tabs and line breaks in attributes are escaped so XML parsers do not normalise them away.
    return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
