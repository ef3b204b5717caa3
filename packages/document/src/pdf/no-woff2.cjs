// Stands in for `brotli/decompress.js` in the bundles (scripts/build.mjs): fontkit needs Brotli
// only to read WOFF2 fonts, and the PDF renderer embeds WOFF fonts. Half a megabyte saved.
module.exports = function decompress() {
    throw new Error('WOFF2 fonts are not supported in this build of Keten (its PDF fonts are WOFF).');
};
