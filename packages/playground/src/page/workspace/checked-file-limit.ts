/**
 * Files up to this many characters are checked, as `keten validate` reads agreement files of up
 * to 4 MB; a larger file is shown and kept but not checked (the problems list says so).
 */
export const CHECKED_FILE_LIMIT = 4 * 1024 * 1024;
