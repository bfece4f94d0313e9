#!/usr/bin/env node
'use strict';
// The command line is bundled by `npm run build:cli`: its TypeScript sources in one CommonJS file
// that any Node 20 can require.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'cx-segments.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('cx-segments is not built yet: run `npm run build:cli` (or `npm run build`) first.\n');
  process.exit(1);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
