/**
 * The whole workspace in a link's fragment (`#w=…`): JSON, deflated (fflate), in base64url.
 * A fragment is never sent to a server. Opening one is reading untrusted data: the compressed
 * text and the inflated text are both limited (a small link cannot inflate into gigabytes),
 * and the result passes `checkedWorkspace`.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { WORKSPACE_LIMITS, checkedWorkspace, type Refusal, type WorkspaceState } from './workspace-state.js';

export const SHARE_PREFIX = 'w=';
/** Links longer than this are refused before they are decoded. */
export const MAXIMUM_FRAGMENT_LENGTH = 8 * 1024 * 1024;

interface SharedForm {
    /** [name, text] of each .keten file */
    readonly f: ReadonlyArray<readonly [string, string]>;
    readonly a?: string;
    /** [name, text] of each measurement file */
    readonly m?: ReadonlyArray<readonly [string, string]>;
}

export function shareFragment(state: WorkspaceState): string {
    const form: SharedForm = {
        f: state.files.map(file => [file.name, file.text] as const),
        a: state.active,
        m: state.measurements.length ? state.measurements.map(file => [file.name, file.text] as const) : undefined
    };
    return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(form)), { level: 9 }));
}

/** The workspace in a fragment (with or without its `#`), a refusal, or undefined when the fragment holds none. */
export function workspaceOfFragment(fragment: string): WorkspaceState | Refusal | undefined {
    const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    if (!body.startsWith(SHARE_PREFIX)) return undefined;
    if (body.length > MAXIMUM_FRAGMENT_LENGTH) return { refused: 'too-large' };
    const bytes = fromBase64Url(body.slice(SHARE_PREFIX.length));
    if (!bytes) return { refused: 'not-a-workspace' };
    // UTF-16 characters take at most 3 UTF-8 bytes; the JSON quoting adds a little.
    const inflated = inflateAtMost(bytes, WORKSPACE_LIMITS.totalCharacters * 3 + 1024 * 1024);
    if (inflated === 'too-large') return { refused: 'too-large' };
    if (!inflated) return { refused: 'not-a-workspace' };
    let form: unknown;
    try {
        form = JSON.parse(strFromU8(inflated));
    } catch {
        return { refused: 'not-a-workspace' };
    }
    const shared = form as Partial<SharedForm>;
    const pairs = (value: unknown) => (Array.isArray(value) ? value.map(pair => (Array.isArray(pair) ? { name: pair[0], text: pair[1] } : pair)) : value);
    return checkedWorkspace({ files: pairs(shared.f), active: shared.a, measurements: shared.m === undefined ? [] : pairs(shared.m) });
}

/** Inflates in small steps and stops as soon as the output passes `limit` bytes. */
function inflateAtMost(bytes: Uint8Array, limit: number): Uint8Array | 'too-large' | undefined {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let tooLarge = false;
    const inflate = new Inflate(chunk => {
        total += chunk.length;
        if (total > limit) tooLarge = true;
        else chunks.push(chunk);
    });
    try {
        const step = 4096;
        for (let at = 0; at < bytes.length && !tooLarge; at += step) inflate.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    } catch {
        return undefined;
    }
    if (tooLarge) return 'too-large';
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) { out.set(chunk, offset); offset += chunk.length; }
    return out;
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
    try {
        const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes;
    } catch {
        return undefined;
    }
}
