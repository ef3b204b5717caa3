/*! Noto Serif (regular, bold, italic; the Latin, Latin Extended, Greek and Cyrillic subsets as
 * shipped by @fontsource/noto-serif):
 * Copyright 2022 The Noto Project Authors (https://github.com/notofonts/latin-greek-cyrillic).
 * Licensed under the SIL Open Font License, Version 1.1 (https://openfontlicense.org), which
 * allows the fonts to be bundled and embedded in documents. */
/**
 * The fonts embedded in PDFs: Noto Serif, in the WOFF files of @fontsource/noto-serif, one
 * file per script and style. The Latin subset holds every Dutch and Western European letter,
 * `€` and typographic punctuation; Latin Extended the letters of Central and Eastern Europe and
 * Turkey (`ł`, `ş`, `ı`, `ő`, `ĳ`); then Greek and Cyrillic. A PDF embeds only the files whose
 * letters it uses, subset to those letters.
 * The bundle carries their bytes (esbuild's `binary` loader; in tests the loader of
 * vitest.config.ts), so nothing is read from disk when a PDF is made.
 */
import latinRegular from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff';
import latinBold from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff';
import latinItalic from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff';
import extendedRegular from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff';
import extendedBold from '@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff';
import extendedItalic from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff';
import greekRegular from '@fontsource/noto-serif/files/noto-serif-greek-400-normal.woff';
import greekBold from '@fontsource/noto-serif/files/noto-serif-greek-700-normal.woff';
import greekItalic from '@fontsource/noto-serif/files/noto-serif-greek-400-italic.woff';
import cyrillicRegular from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff';
import cyrillicBold from '@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff';
import cyrillicItalic from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff';

export type FontStyle = 'regular' | 'bold' | 'italic';

/** Per style, the files in the order a letter is looked for: Latin first. */
export const NOTO_SERIF: Readonly<Record<FontStyle, readonly Uint8Array[]>> = {
    regular: [latinRegular, extendedRegular, greekRegular, cyrillicRegular],
    bold: [latinBold, extendedBold, greekBold, cyrillicBold],
    italic: [latinItalic, extendedItalic, greekItalic, cyrillicItalic]
};
