/**
 * Script URLs under the page's Trusted Types policy: the two workers, and only from the page's
 * own folder. Nothing else may become a script.
 */
interface TrustedTypesFactory { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } }

const WORKERS = /\/(keten-worker|editor-worker)\.js$/;
const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
const policy = factory?.createPolicy('keten-workers', {
    createScriptURL(url) {
        const parsed = new URL(url, location.href);
        if (parsed.origin !== location.origin || !WORKERS.test(parsed.pathname)) throw new TypeError(`Not a Keten worker: ${url}`);
        return parsed.href;
    }
});

/** A module worker from the page's own folder. */
export function startWorker(url: URL, name: string): Worker {
    const scriptUrl = (policy ? policy.createScriptURL(url.href) : url.href) as string | URL;
    return new Worker(scriptUrl, { type: 'module', name });
}
