/**
 * `.ci/run` starts this in the background right after `npm install`: code-server (for the e2e
 * run) and Node.js 22 (for the package tests) are installed into the tool cache while the build
 * and `npm test` run, instead of one after the other. Both installs take the tool cache's lock,
 * so a test that needs the tool first simply waits for it.
 */
import { node22 } from '../../packages/tool-cache.js';
import { ensureCodeServer } from './tools.js';

node22();
ensureCodeServer();
