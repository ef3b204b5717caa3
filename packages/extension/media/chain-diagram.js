// Zoom and pan for the chain diagram webview (loaded with the page's nonce; the only script of
// the extension's webviews). The diagram opens at a size where its labels stay legible: the whole
// diagram when it fits at 75 % or more, else 75 % with scrollbars.
//   + / =  zoom in      - zoom out      0 fit to the window      1 actual size
//   arrow keys move (the viewport scrolls), Ctrl + mouse wheel zooms at the pointer, dragging moves.
// Zoom and position are kept with the webview's state, so a refresh after saving and a window
// reload show the diagram as the user left it.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const viewport = document.querySelector('.viewport');
    const svg = viewport && viewport.querySelector('svg');
    const level = document.getElementById('zoom-level');
    if (!viewport || !svg) return;

    const LEGIBLE = 0.75;
    const MIN = 0.1;
    const MAX = 4;
    const STEP = 1.25;

    // The diagram's own size in CSS pixels (Graphviz writes points: 1pt = 4/3 px).
    function lengthInPixels(value) {
        const match = /^\s*([\d.]+)\s*(pt|px)?\s*$/.exec(value || '');
        if (!match) return undefined;
        return Number(match[1]) * (match[2] === 'pt' ? 4 / 3 : 1);
    }
    const box = svg.viewBox && svg.viewBox.baseVal;
    const natural = {
        width: lengthInPixels(svg.getAttribute('width')) || (box && box.width) || 800,
        height: lengthInPixels(svg.getAttribute('height')) || (box && box.height) || 600
    };
    svg.removeAttribute('width');
    svg.removeAttribute('height');

    const state = vscode.getState() || {};
    let scale = 1;

    function fitScale() {
        return Math.min(viewport.clientWidth / natural.width, viewport.clientHeight / natural.height);
    }
    function apply(next, anchor) {
        const previous = scale;
        scale = Math.min(MAX, Math.max(MIN, next));
        // Keep the point under the anchor (the pointer, else the viewport's centre) in place.
        const x = anchor ? anchor.x : viewport.clientWidth / 2;
        const y = anchor ? anchor.y : viewport.clientHeight / 2;
        const left = (viewport.scrollLeft + x) * (scale / previous) - x;
        const top = (viewport.scrollTop + y) * (scale / previous) - y;
        svg.style.width = `${Math.round(natural.width * scale)}px`;
        svg.style.height = `${Math.round(natural.height * scale)}px`;
        viewport.scrollLeft = left;
        viewport.scrollTop = top;
        level.textContent = `${Math.round(scale * 100)}%`;
        save();
    }
    function save() {
        vscode.setState({ ...(vscode.getState() || {}), scale, left: viewport.scrollLeft, top: viewport.scrollTop });
    }
    const actions = {
        in: () => apply(scale * STEP),
        out: () => apply(scale / STEP),
        fit: () => apply(fitScale()),
        actual: () => apply(1)
    };

    for (const button of document.querySelectorAll('[data-zoom]')) {
        button.addEventListener('click', () => actions[button.getAttribute('data-zoom')]());
    }
    document.addEventListener('keydown', event => {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
        const action = { '+': 'in', '=': 'in', '-': 'out', '_': 'out', '0': 'fit', '1': 'actual' }[event.key];
        if (!action) return;
        event.preventDefault();
        actions[action]();
    });
    viewport.addEventListener('wheel', event => {
        if (!event.ctrlKey) return;
        event.preventDefault();
        const rect = viewport.getBoundingClientRect();
        apply(scale * (event.deltaY < 0 ? STEP : 1 / STEP), { x: event.clientX - rect.left, y: event.clientY - rect.top });
    }, { passive: false });

    let drag;
    viewport.addEventListener('pointerdown', event => {
        if (event.button !== 0) return;
        drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
        viewport.setPointerCapture(event.pointerId);
        viewport.classList.add('dragging');
    });
    viewport.addEventListener('pointermove', event => {
        if (!drag) return;
        viewport.scrollLeft = drag.left - (event.clientX - drag.x);
        viewport.scrollTop = drag.top - (event.clientY - drag.y);
    });
    const endDrag = () => {
        if (!drag) return;
        drag = undefined;
        viewport.classList.remove('dragging');
        save();
    };
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointercancel', endDrag);
    let scrolled;
    viewport.addEventListener('scroll', () => {
        clearTimeout(scrolled);
        scrolled = setTimeout(save, 200);
    });

    if (typeof state.scale === 'number') {
        scale = state.scale;
        apply(state.scale);
        viewport.scrollLeft = state.left || 0;
        viewport.scrollTop = state.top || 0;
    } else {
        apply(Math.min(1, Math.max(fitScale(), LEGIBLE)));
        viewport.scrollLeft = 0;
        viewport.scrollTop = 0;
    }
    save();
})();
