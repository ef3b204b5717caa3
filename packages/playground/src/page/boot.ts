/** assets/boot.js: starts the language server before the page's main bundle has loaded (early-start.ts). */
import './early-start.js';
