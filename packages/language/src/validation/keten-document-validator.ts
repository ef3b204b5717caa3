/**
 * The last step before findings leave the language: parser and linker errors get their rule
 * ids (`syntax-error`, `unresolved-reference`) and plain-language messages, configured
 * severities apply (`off` drops a finding), suppressions silence what they name, and the
 * result is sorted by position.
 */
import {
    AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode,
    type LangiumDocument, type ParseResult, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { ruleDocumentationUrl, ruleDocumentationUrlIn } from '../rules/rule-docs-url.js';
import { describeMisplacedField, describeSyntaxError } from './syntax-error-message.js';
import { MisplacedFields, type MisplacedField } from './misplaced-fields.js';
import { applySuppressions } from './suppressions.js';
import { invalidEscapeDiagnostics } from './string-escapes.js';
import { referencesOf, spacedNameDiagnostics } from './spaced-names.js';
import type { Severity } from '../rules/rule.js';
import type { RuleDispatch, RunsRules } from './rule-runner.js';
import { cancellable, nodesInTreeOrder, NODES_BETWEEN_YIELDS } from '../scoping/syntax-tree-walk.js';
import { rememberingQueries } from '../model/query-memo.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

export class KetenDocumentValidator extends DefaultDocumentValidator implements RunsRules {
    protected readonly settings: KetenSettings;
    protected readonly lexer: KetenServices['parser']['Lexer'];
    protected rules: RuleDispatch | undefined;
    protected readonly misplacedFields: MisplacedFields;
    /** The parser errors that are a misplaced field (`processParsingErrors`), until they are named. */
    private readonly misplacedAt = new WeakMap<Diagnostic, MisplacedField>();

    constructor(services: KetenServices) {
        super(services);
        this.settings = services.keten.Settings;
        this.lexer = services.parser.Lexer;
        this.misplacedFields = new MisplacedFields(services);
    }

    /**
     * The parser's errors, with a field written in a block it does not belong in reported once,
     * without the errors that follow from it (`misplaced-fields.ts`).
     */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        // Without parser errors there is nothing to untangle, and no text document to make for it.
        if (parseResult.parserErrors.length === 0) return;
        const text = (parseResult.value as { $document?: LangiumDocument }).$document?.textDocument.getText();
        const withoutCascade = text === undefined ? undefined : this.misplacedFields.parserErrorsOf(parseResult, text);
        if (!withoutCascade) {
            super.processParsingErrors(parseResult, diagnostics, options);
            return;
        }
        const start = diagnostics.length;
        super.processParsingErrors({ ...parseResult, parserErrors: withoutCascade.misplaced.map(field => field.error) }, diagnostics, options);
        withoutCascade.misplaced.forEach((field, index) => {
            const diagnostic = diagnostics[start + index];
            if (diagnostic) this.misplacedAt.set(diagnostic, field);
        });
        super.processParsingErrors({ ...parseResult, parserErrors: [...withoutCascade.others] }, diagnostics, options);
    }

    override async validateDocument(
        document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken
    ): Promise<Diagnostic[]> {
        const raw = await super.validateDocument(document, options, cancelToken);
        recordLinkingErrors(document, raw.some(d => (d.data as { code?: string } | undefined)?.code === DocumentValidator.LinkingError));
        const named = dropCascade(document, raw.map(diagnostic => this.nameBuiltIn(document, diagnostic)));
        // Added after dropCascade: a wrong escape leaves the parse intact, so other findings stay meaningful.
        // One by one: a file can hold more bad escapes than a call takes arguments.
        for (const escape of invalidEscapeDiagnostics(document, this.lexer, this.settings.messages)) named.push(escape);
        for (const spaced of spacedNameDiagnostics(document, this.settings.messages, document.references)) named.push(spaced);
        const configured = this.applyConfiguredSeverities(document, named);
        const result = applySuppressions(document, configured, this.settings);
        if (this.settings.locale !== 'en') {
            for (const diagnostic of result) {
                if (diagnostic.codeDescription) diagnostic.codeDescription = { href: ruleDocumentationUrlIn(this.settings.locale, diagnostic.codeDescription.href) };
            }
        }
        return result.sort(compareDiagnostics);
    }

    /**
     * The `syntax-error` findings of a parsed document as `validateDocument` reports them (the
     * same count, places and order, before configured severities and suppressions), without
     * linking or rules: what `keten format`, `diff` and `whatif` say of a file they refuse.
     */
    syntaxErrorsOf(document: LangiumDocument): Diagnostic[] {
        const raw: Diagnostic[] = [];
        this.processLexingErrors(document.parseResult, raw, {});
        this.processParsingErrors(document.parseResult, raw, {});
        const named = dropCascade(document, raw.map(diagnostic => this.nameBuiltIn(document, diagnostic)));
        for (const escape of invalidEscapeDiagnostics(document, this.lexer, this.settings.messages)) named.push(escape);
        for (const spaced of spacedNameDiagnostics(document, this.settings.messages, referencesOf(document))) named.push(spaced);
        return named.filter(diagnostic => diagnostic.code === 'syntax-error').sort(compareDiagnostics);
    }

    /** The rules to run (`registerRules`); without them only Langium's registry is asked. */
    useRules(rules: RuleDispatch): void {
        this.rules = rules;
    }

    /**
     * Every node once, in Langium's order, with the rules of its type called directly: the
     * same checks in the same order as Langium's registry would call them (the rules are of
     * its 'fast' category), without two promises per check and a stream iterator per node.
     * Checks registered with Langium's registry by anyone else still run, after the rules.
     */
    protected override async validateAstNodes(
        rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        const rules = this.rules;
        if (rules && (!options.categories || options.categories.includes('fast'))) {
            const document = AstUtils.getDocument(rootNode);
            const nodes = nodesInTreeOrder(rootNode);
            // With a real token the event loop gets a turn every NODES_BETWEEN_YIELDS nodes.
            const check = cancellable(cancelToken);
            const stretch = check ? NODES_BETWEEN_YIELDS : nodes.length;
            for (let start = 0; start < nodes.length; start += stretch) {
                if (check) await interruptAndCheck(cancelToken);
                // The model queries the rules share are remembered only within a stretch that
                // runs without yielding (model/query-memo.ts): nothing can relink meanwhile.
                rememberingQueries(() => {
                    const end = Math.min(start + stretch, nodes.length);
                    for (let i = start; i < end; i++) {
                        const node = nodes[i];
                        for (const rule of rules.checksOf(node.$type)) rule(node, acceptor, document);
                    }
                });
            }
        }
        if (this.hasRegisteredChecks()) await super.validateAstNodes(rootNode, options, acceptor, cancelToken);
    }

    private hasRegisteredChecks(): boolean {
        return (this.validationRegistry as unknown as { entries: { size: number } }).entries.size > 0;
    }

    /** Gives lexer, parser and linker errors their rule ids and readable messages. */
    protected nameBuiltIn(document: LangiumDocument, diagnostic: Diagnostic): Diagnostic {
        const code = (diagnostic.data as { code?: string } | undefined)?.code;
        if (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError) {
            const misplaced = this.misplacedAt.get(diagnostic);
            const message = misplaced
                ? describeMisplacedField(document, diagnostic, misplaced, this.settings.messages)
                : describeSyntaxError(document, diagnostic, this.settings.messages);
            return this.withRule(diagnostic, 'syntax-error', message);
        }
        if (code === DocumentValidator.LinkingError) {
            return this.withRule(diagnostic, 'unresolved-reference', diagnostic.message);
        }
        return diagnostic;
    }

    protected withRule(diagnostic: Diagnostic, rule: string, message: string): Diagnostic {
        return {
            ...diagnostic,
            severity: DiagnosticSeverity.Error,
            code: rule,
            codeDescription: { href: ruleDocumentationUrl(rule) },
            message,
            data: { ...(diagnostic.data as object | undefined), code: rule }
        };
    }

    protected applyConfiguredSeverities(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const configured = typeof diagnostic.code === 'string'
                ? this.settings.severityResolver(document.uri, diagnostic.code)
                : undefined;
            if (configured === 'off') continue;
            result.push(configured ? { ...diagnostic, severity: SEVERITY[configured] } : diagnostic);
        }
        return result;
    }
}

const linkingErrors = new WeakMap<LangiumDocument, boolean>();

function recordLinkingErrors(document: LangiumDocument, has: boolean): void {
    linkingErrors.set(document, has);
}

/**
 * Whether the document had an unresolved reference when it was last validated (before
 * configured severities and suppressions), or `undefined` when it was not validated yet.
 * The language server asks this of every document on every change; reading it here is much
 * cheaper than asking each reference again.
 */
export function hadLinkingErrors(document: LangiumDocument): boolean | undefined {
    return linkingErrors.get(document);
}

/**
 * Broken input does not cascade (RULES.md): inside a top-level declaration that has a syntax
 * error, only the syntax errors are reported; the parser's recovery leaves such a declaration
 * incomplete, and every other finding there would be a guess.
 */
function dropCascade(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const syntaxErrors = diagnostics.filter(d => d.code === 'syntax-error');
    if (syntaxErrors.length === 0) return diagnostics;
    const root = document.parseResult.value as Document;
    const broken = (root.elements ?? [])
        .map(element => element.$cstNode?.range)
        .filter((range): range is Range => range !== undefined)
        .filter(range => syntaxErrors.some(error => contains(range, error.range.start)));
    if (broken.length === 0) return diagnostics;
    return diagnostics.filter(d => d.code === 'syntax-error' || !broken.some(range => contains(range, d.range.start)));
}

function contains(range: Range, position: Position): boolean {
    const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return afterStart && beforeEnd;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || String(a.code ?? '').localeCompare(String(b.code ?? ''));
}
