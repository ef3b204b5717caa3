#!/usr/bin/env node
// The language server bundle (built by `node packages/language-server/build.mjs`).
require('../dist/server.cjs');
