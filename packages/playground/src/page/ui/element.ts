/**
 * Building the page's elements. Text goes in only as text (`textContent`), attributes only by
 * name and value; nothing here parses HTML, so no text from a file or a link can become markup.
 * (The page's policy also has the browser refuse HTML strings: `require-trusted-types-for`.)
 */
type Child = Node | string | undefined | null | false | readonly Child[];

export interface ElementOptions {
    readonly className?: string;
    readonly attributes?: Readonly<Record<string, string | undefined>>;
    readonly text?: string;
    readonly title?: string;
    readonly onClick?: (event: MouseEvent) => void;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    for (const [name, value] of Object.entries(options.attributes ?? {})) {
        if (value !== undefined) node.setAttribute(name, value);
    }
    if (options.title) node.title = options.title;
    if (options.text !== undefined) node.textContent = options.text;
    if (options.onClick) node.addEventListener('click', options.onClick as EventListener);
    appendChildren(node, children);
    return node;
}

/**
 * Appends children one by one (lists of children may be passed as arrays: a spread of a long
 * list into one call would overflow the stack).
 */
function appendChildren(parent: Element, children: readonly Child[]): void {
    for (const child of children) {
        if (child === undefined || child === null || child === false) continue;
        if (Array.isArray(child)) appendChildren(parent, child);
        else parent.append(child as Node | string);
    }
}

export function button(text: string, onClick: (event: MouseEvent) => void, options: Omit<ElementOptions, 'text' | 'onClick'> = {}): HTMLButtonElement {
    return element('button', { ...options, text, onClick, attributes: { type: 'button', ...options.attributes } });
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
    parent.replaceChildren();
    appendChildren(parent, children);
}
