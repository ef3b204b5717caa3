/**
 * Rename of a party, role, power, body, agreement, agreement member or term: the declaration
 * and every reference in every file follow, qualified names included. Renaming party `Zutphen`
 * turns `Zutphen.wethouder` into `New.wethouder` and `Zutphen.Jeugdhulp` into `New.Jeugdhulp`;
 * renaming a role or a power changes only its own part of `Party.role` / `Party.power`.
 * Measurement files are not changed: renaming an effect (or an agreement with effects) tells
 * the user which `Agreement.Effect` ids changed, when a measurement file names them (EDITOR.md).
 * Only the host knows its measurement files: the language server passes `idsInMeasurementFiles`;
 * without it (the web worker, which has no files) no id appears in one and nothing is said.
 */
import { CstUtils, type AstNode, type LangiumDocument, type URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification, TextEdit, type CancellationToken, type Connection, type Range,
    type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit
} from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { isAgreement, isBody, isEffect, isParty, isTerm } from '../generated/ast.js';
import { effectsOf, namedMembersOf, termsOf } from '../model/agreements.js';
import { rolesAndPowersOf } from '../model/parties.js';
import { effectIdOf } from '../model/effects.js';
import { isReservedWord } from '../keywords.js';
import { isPartyMember, partyPartAt } from './qualified-references.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Of these `Agreement.Effect` ids, those that some measurement file of the workspace names. */
export type IdsInMeasurementFiles = (effectIds: readonly string[]) => ReadonlySet<string>;

export class KetenRenameProvider extends DefaultRenameProvider {
    protected readonly settings: KetenSettings;
    protected readonly services: KetenServices;

    constructor(services: KetenServices, protected readonly idsInMeasurementFiles: IdsInMeasurementFiles = () => new Set()) {
        super(services);
        this.services = services;
        this.settings = services.keten.Settings;
    }

    override async rename(document: LangiumDocument, params: RenameParams, _cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const newName = params.newName;
        if (!NAME.test(newName) || isReservedWord(newName)) {
            // RequestFailed (LSP): the request was valid, the name it asks for cannot be one.
            throw new ResponseError(LSPErrorCodes.RequestFailed, this.settings.messages.editor.renameInvalidName({ name: newName }));
        }
        const target = this.targetAt(document, document.textDocument.offsetAt(params.position));
        if (!target) return undefined;
        const clash = this.declarationNamed(target, newName);
        if (clash) {
            // Two declarations of one name would be `duplicate-name`, and every reference to either
            // would go to the first: refused, saying which one is there.
            const kinds = this.settings.messages.kinds as Record<string, string>;
            throw new ResponseError(LSPErrorCodes.RequestFailed, this.settings.messages.editor.renameNameTaken({ name: newName, kind: kinds[clash] ?? clash.toLowerCase() }));
        }
        const edits = new EditCollector();
        // A party's references include the party half of every `Party.role` (keten-references.ts).
        if (isPartyMember(target)) this.renameRole(target, newName, edits);
        else this.renamePlain(target, newName, edits);
        this.tellAboutEffectIds(target, newName);
        return { changes: edits.changes };
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, _cancelToken?: CancellationToken): Range | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const partyPart = partyPartAt(document, offset);
        if (partyPart) return partyPart.range;
        const range = this.renameNodeRange(document, params.position);
        if (!range) return undefined;
        // On the role part of `Party.role`, only the role part is renamed.
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
        const [target] = leaf ? this.references.findDeclarations(leaf) : [];
        if (isPartyMember(target) && leaf) {
            for (const ref of this.references.findReferences(target, { includeDeclaration: false, documentUri: document.uri })) {
                if (ref.segment.offset <= offset && offset <= ref.segment.end) {
                    const text = document.textDocument.getText(ref.segment.range);
                    const dot = text.lastIndexOf('.');
                    if (dot >= 0) return { start: document.textDocument.positionAt(ref.segment.offset + dot + 1), end: ref.segment.range.end };
                }
            }
        }
        return range;
    }

    /**
     * The kind of a declaration other than `target` that already has `name` in `target`'s
     * namespace (as `duplicate-name` counts them: the top level of the whole workspace, one
     * party's roles and powers, one agreement's members, one agreement's terms); else undefined.
     */
    protected declarationNamed(target: AstNode, name: string): string | undefined {
        const own = (target as { name?: unknown }).name;
        if (own === name) return undefined;
        const container = target.$container;
        if (isParty(container)) return rolesAndPowersOf(container).find(member => member !== target && member.name === name)?.$type;
        if (isAgreement(container)) {
            const members: ReadonlyArray<AstNode & { name?: string }> = isTerm(target) ? termsOf(container) : namedMembersOf(container);
            return members.find(member => member !== target && member.name === name)?.$type;
        }
        if (isParty(target) || isBody(target) || isAgreement(target)) {
            return this.services.shared.workspace.IndexManager.allElements()
                .find(d => d.name === name && (d.type === 'Party' || d.type === 'Body' || d.type === 'Agreement'))?.type;
        }
        return undefined;
    }

    /** The declaration to rename: on `Party` of `Party.role`, the party. */
    protected targetAt(document: LangiumDocument, offset: number): AstNode | undefined {
        const partyPart = partyPartAt(document, offset);
        if (partyPart) return partyPart.party;
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        return this.references.findDeclarations(leaf)[0];
    }

    protected renamePlain(target: AstNode, newName: string, edits: EditCollector): void {
        for (const ref of this.references.findReferences(target, { includeDeclaration: true })) {
            edits.add(ref.sourceUri, TextEdit.replace(ref.segment.range, newName));
        }
    }

    /** A role's or power's name, `reports to role` / `held by role`, and its part of every `Party.role` / `Party.power`. */
    protected renameRole(role: AstNode, newName: string, edits: EditCollector): void {
        const documents = this.services.shared.workspace.LangiumDocuments;
        for (const ref of this.references.findReferences(role, { includeDeclaration: true })) {
            const document = documents.getDocument(ref.sourceUri);
            const text = document?.textDocument.getText(ref.segment.range) ?? '';
            const dot = text.lastIndexOf('.');
            if (document && dot >= 0) {
                const start = document.textDocument.positionAt(ref.segment.offset + dot + 1);
                edits.add(ref.sourceUri, TextEdit.replace({ start, end: ref.segment.range.end }, newName));
            } else {
                edits.add(ref.sourceUri, TextEdit.replace(ref.segment.range, newName));
            }
        }
    }

    /** Measurement files name effects `Agreement.Effect`; they are not changed, and the user is told of the ids they name. */
    protected tellAboutEffectIds(target: AstNode, newName: string): void {
        let oldIds: string[] = [];
        let newIds: string[] = [];
        if (isEffect(target)) {
            oldIds = [effectIdOf(target)];
            newIds = [`${target.$container.name}.${newName}`];
        } else if (isAgreement(target)) {
            const effects = effectsOf(target);
            oldIds = effects.map(effectIdOf);
            newIds = effects.map(effect => `${newName}.${effect.name}`);
        }
        if (oldIds.length === 0) return;
        const named = this.idsInMeasurementFiles(oldIds);
        newIds = newIds.filter((_, index) => named.has(oldIds[index]));
        oldIds = oldIds.filter(id => named.has(id));
        if (oldIds.length === 0) return;
        const connection: Connection | undefined = this.services.shared.lsp.Connection;
        // A notification (window/showMessage), not a request: the rename must not wait for the user.
        void connection?.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Info,
            message: this.settings.messages.editor.renameEffectNotice({ oldIds, newIds })
        });
    }
}

/** Text edits per file, without two edits for the same range. */
class EditCollector {
    readonly changes: Record<string, TextEdit[]> = {};
    private readonly seen = new Set<string>();

    add(uri: URI, edit: TextEdit): void {
        const key = `${uri.toString()}:${edit.range.start.line}:${edit.range.start.character}:${edit.range.end.line}:${edit.range.end.character}`;
        if (this.seen.has(key)) return;
        this.seen.add(key);
        (this.changes[uri.toString()] ??= []).push(edit);
    }
}
