/**
 * `sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (CLI.md). One run; the
 * driver lists every rule of the registry, so a viewer can show rules that did not fire too,
 * described in the run's language (DUTCH.md), as the findings' messages are.
 */
import { ALL_RULES, messagesFor, ruleDocumentationUrl, ruleDocumentationUrlIn, type Locale, type Severity } from '@keten/language';
import { ruleDocOf } from './rule-doc.js';
import type { Finding, FindingSeverity, RelatedLocation, ValidationResult } from '../findings.js';
import { findingFingerprints } from './finding-fingerprints.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const KETEN_INFORMATION_URI = 'https://github.com/keten-lang/keten';
/** The key of our fingerprint in `partialFingerprints` (versioned, as SARIF recommends). */
export const FINGERPRINT_KEY = 'ketenFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<FindingSeverity | Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
    readonly toolVersion: string;
    /** Absolute folder the relative paths start from, as `%SRCROOT%`. */
    readonly cwd?: string;
    /** The language of the rules' descriptions; default English. */
    readonly locale?: Locale;
}

export function renderSarif(result: ValidationResult, options: SarifOptions): string {
    const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.meta.id, index]));
    const fingerprints = findingFingerprints(result.findings);
    const messages = messagesFor(options.locale ?? 'en').cli;
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'keten',
                    version: options.toolVersion,
                    semanticVersion: options.toolVersion,
                    informationUri: KETEN_INFORMATION_URI,
                    rules: ALL_RULES.map(rule => {
                        const { description, source } = ruleDocOf(rule.meta, messages);
                        const url = ruleDocumentationUrlIn(options.locale ?? 'en', ruleDocumentationUrl(rule.meta.id));
                        return {
                            id: rule.meta.id,
                            name: ruleName(rule.meta.id),
                            shortDescription: { text: description },
                            fullDescription: { text: `${description} ${source}` },
                            help: { text: messages.sarifRuleHelp({ description, source, url }) },
                            helpUri: url,
                            defaultConfiguration: { level: LEVEL[rule.meta.severity] },
                            properties: { tags: [rule.meta.area] }
                        };
                    })
                }
            },
            // The language of the run's texts (SARIF's default is en-US).
            ...(options.locale === 'nl' ? { language: 'nl-NL' } : {}),
            ...(options.cwd ? { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(options.cwd) } } } : {}),
            columnKind: 'utf16CodeUnits',
            artifacts: result.files.map(file => ({ location: artifactLocation(file, options) })),
            results: result.findings.map((finding, index) => {
                const rule = ruleIndex.get(finding.rule);
                return {
                    ruleId: finding.rule,
                    ...(rule !== undefined ? { ruleIndex: rule } : {}),
                    level: LEVEL[finding.severity],
                    message: { text: finding.message },
                    locations: [physicalLocation(finding, options)],
                    ...(finding.related.length > 0
                        ? { relatedLocations: finding.related.map((related, id) => relatedLocation(related, id, options)) }
                        : {}),
                    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] }
                };
            })
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function physicalLocation(place: Finding | RelatedLocation, options: SarifOptions) {
    return {
        physicalLocation: {
            artifactLocation: artifactLocation(place.file, options),
            region: { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn }
        }
    };
}

function relatedLocation(related: RelatedLocation, id: number, options: SarifOptions) {
    return { id, ...physicalLocation(related, options), message: { text: related.message } };
}

function artifactLocation(file: string, options: SarifOptions) {
    // A relative URI reference: each path segment percent-encoded (spaces, '#', '%' …).
    const uri = file.split('/').map(encodeURIComponent).join('/');
    return options.cwd ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
}

function folderUri(folder: string): string {
    const withSlash = folder.replace(/\\/g, '/').replace(/\/?$/, '/');
    const absolute = withSlash.startsWith('/') ? withSlash : `/${withSlash}`;
    return `file://${absolute.split('/').map(encodeURIComponent).join('/')}`;
}

/** SARIF's `name` is an identifier-like PascalCase form of the id (`missing-mandate` → `MissingMandate`). */
function ruleName(id: string): string {
    return id.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
