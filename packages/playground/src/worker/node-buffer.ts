/**
 * Node's `Buffer` for the report package's measurement reading in the worker (read-csv.ts and
 * read-measurements.ts decode and scan bytes with it): the `buffer` package, the same API in
 * plain JavaScript. The build injects it where the bundled code names `Buffer`.
 */
export { Buffer } from 'buffer';
