// dist/iplab.cjs: starts the bundled CLI (iplab-main.cjs) through a V8 code
// cache, so a command does not recompile the whole bundle at every start
// (performance.md: start-up is measured against `node -e 0`). The cache sits
// beside the bundle; it is written once, atomically, when missing or
// rejected (another Node version), and never if the directory is read-only.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, 'iplab-main.cjs');
const cacheFile = file + '.cache';
let cached;
try {
  cached = fs.readFileSync(cacheFile);
} catch {
  cached = undefined;
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: cached });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
if (!cached || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {
      // Only speed is lost.
    }
  });
}
script.runInThisContext()(mod.exports, (id) => mod.require(id), mod, file, __dirname);
