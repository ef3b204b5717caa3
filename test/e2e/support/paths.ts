/** Where the e2e run keeps its files: test-output/e2e/ (ignored by git), recreated on every run. */
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const E2E_RUN_FOLDER = path.join(REPO_ROOT, 'test-output', 'e2e');
/** Screenshots of the latest run, full size. */
export const RUN_SCREENSHOTS = path.join(E2E_RUN_FOLDER, 'screenshots');
/** The screenshots committed for reviewers; written only with KETEN_E2E_SCREENSHOTS=1. */
export const COMMITTED_SCREENSHOTS = path.join(REPO_ROOT, 'test', 'e2e', 'screenshots');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures');
