/*! Noto Serif (regular, bold, italic; Latin subset as shipped by @fontsource/noto-serif):
 * Copyright 2022 The Noto Project Authors (https://github.com/notofonts/latin-greek-cyrillic).
 * Licensed under the SIL Open Font License, Version 1.1 (https://openfontlicense.org), which
 * allows the fonts to be bundled and embedded in documents. */
/**
 * The fonts embedded in every PDF: Noto Serif, in the WOFF files of @fontsource/noto-serif
 * (the Latin subset: every Dutch and Western European letter, € and typographic punctuation).
 * The bundle carries their bytes (esbuild's `binary` loader; in tests the loader of
 * vitest.config.ts), so nothing is read from disk when a PDF is made.
 */
import regular from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff';
import bold from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff';
import italic from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff';

export const NOTO_SERIF = { regular, bold, italic } as const;
