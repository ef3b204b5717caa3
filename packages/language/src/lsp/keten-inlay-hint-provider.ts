/**
 * Inlay hints: after `decides under M`, who holds M and up to what limit, so the reader sees
 * on the commitment's own line whether the right role decides.
 */
import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type Position } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { isDecidesField, isMandate, type Mandate } from '../generated/ast.js';
import { formatLimit, holderOf, limitOf } from '../model/mandates.js';
import { qualifiedRoleName } from '../model/parties.js';

export class KetenInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly settings: KetenSettings;

    constructor(services: KetenServices) {
        super();
        this.settings = services.keten.Settings;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isDecidesField(node)) return;
        for (const reference of node.authorities) {
            const mandate = reference.ref;
            const end = reference.$refNode?.range.end;
            if (isMandate(mandate) && end) this.hintMandate(mandate, end, acceptor);
        }
    }

    /** After a mandate's name: who holds it, up to what limit. */
    protected hintMandate(mandate: Mandate, end: Position, acceptor: InlayHintAcceptor): void {
        const holder = holderOf(mandate);
        const limit = limitOf(mandate);
        acceptor({
            position: end,
            label: this.settings.messages.editor.inlayMandate({
                holder: holder ? qualifiedRoleName(holder) : undefined,
                limit: limit ? formatLimit(limit) : undefined
            }),
            kind: InlayHintKind.Parameter,
            paddingLeft: true
        });
    }
}
