/**
 * The problems list under the editor: every finding of every file, with its place, message and
 * rule id, in the order of the tabs. A click goes to the place; "Fix…" offers the quick fixes
 * the language server has for it (the same ones as the light bulb in the editor).
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/browser.js';
import type { PlaygroundMessages } from '../../messages/catalogue.js';
import { button, element, replaceChildren } from './element.js';

export interface Problem {
    readonly file: string;
    readonly uri: string;
    readonly diagnostic: Diagnostic;
}

export interface ProblemsListActions {
    reveal(problem: Problem): void;
    quickFixes(problem: Problem): Promise<CodeAction[]>;
    apply(action: CodeAction): void;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
/** Rows drawn at most; a hostile file can have a finding on every line. */
const MAXIMUM_ROWS = 300;

export class ProblemsList {
    readonly root = element('section', { className: 'problems', attributes: { 'aria-label': 'problems' } });
    private readonly heading = element('h2', { className: 'problems-heading' });
    private readonly list = element('ol', { className: 'problems-list' });
    private problems: readonly Problem[] = [];
    private unchecked: ReadonlyArray<{ readonly file: string; readonly characters: number }> = [];
    private checking = true;

    constructor(private messages: PlaygroundMessages, private readonly actions: ProblemsListActions) {
        this.root.append(this.heading, this.list);
        this.render();
    }

    setMessages(messages: PlaygroundMessages): void {
        this.messages = messages;
        this.render();
    }

    show(problems: readonly Problem[], checking: boolean, unchecked: ReadonlyArray<{ readonly file: string; readonly characters: number }> = []): void {
        this.problems = problems;
        this.unchecked = unchecked;
        this.checking = checking;
        this.render();
    }

    private render(): void {
        const m = this.messages;
        const count = (severity: number) => this.problems.filter(p => (p.diagnostic.severity ?? 1) === severity).length;
        const errors = count(1);
        const warnings = count(2);
        const infos = count(3) + count(4);
        this.root.dataset.state = this.checking ? 'checking' : 'checked';
        replaceChildren(this.heading, m.problemsTitle, element('span', {
            className: 'problems-counts',
            text: this.checking && this.problems.length === 0 ? m.checking : m.problemCounts(errors, warnings, infos)
        }));
        const unchecked = this.unchecked.map(file => element('li', { className: 'problem problem-unchecked', attributes: { 'data-file': file.file } },
            element('span', { className: 'problem-message', text: m.fileNotChecked(file.file, (file.characters / (1024 * 1024)).toFixed(1)) })));
        if (this.problems.length === 0) {
            replaceChildren(this.list, unchecked, this.checking || unchecked.length > 0 ? undefined : element('li', { className: 'problems-none', text: m.noProblems }));
            return;
        }
        const rows = [...unchecked, ...this.problems.slice(0, MAXIMUM_ROWS).map(problem => this.row(problem))];
        if (this.problems.length > MAXIMUM_ROWS) rows.push(element('li', { className: 'problems-more', text: m.moreProblems(this.problems.length - MAXIMUM_ROWS) }));
        replaceChildren(this.list, rows);
    }

    private row(problem: Problem): HTMLLIElement {
        const m = this.messages;
        const { diagnostic } = problem;
        const severity = SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error';
        const rule = typeof diagnostic.code === 'string' || typeof diagnostic.code === 'number' ? String(diagnostic.code) : '';
        const place = `${problem.file}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
        const fixes = element('div', { className: 'problem-fixes' });
        const row = element('li', { className: `problem problem-${severity}`, attributes: { 'data-rule': rule, 'data-file': problem.file } },
            element('button', {
                className: 'problem-main',
                attributes: { type: 'button' },
                onClick: () => this.actions.reveal(problem)
            },
            element('span', { className: `problem-severity severity-${severity}`, text: m.severityNames[severity] }),
            element('span', { className: 'problem-place', text: place }),
            element('span', { className: 'problem-message', text: diagnostic.message }),
            element('code', { className: 'problem-rule', text: rule })),
            button(m.quickFixes, () => void this.showFixes(problem, fixes), { className: 'problem-fix-button', title: m.quickFixesHint }),
            fixes);
        return row;
    }

    private async showFixes(problem: Problem, container: HTMLElement): Promise<void> {
        const actions = await this.actions.quickFixes(problem);
        if (actions.length === 0) {
            replaceChildren(container, element('span', { className: 'problem-no-fix', text: this.messages.noQuickFixes }));
            return;
        }
        replaceChildren(container, actions.map(action => button(action.title, () => {
            replaceChildren(container);
            this.actions.apply(action);
        }, { className: 'problem-fix' })));
    }
}
