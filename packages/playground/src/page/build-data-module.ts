/**
 * The type of `keten-playground:build-data`, which the build makes (build.mjs) from
 * src/build/build-data.ts; the type checker finds it here through the tsconfig's `paths`.
 */
import type { BuildData } from './build-data-types.js';

declare const buildData: BuildData;
export default buildData;
