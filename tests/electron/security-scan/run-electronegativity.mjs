// Runs Electronegativity on a folder and prints its findings as JSON on stdout.
// Usage: node run-electronegativity.mjs <folder> <electron version>
//
// The tool fetches translations and Electron's release list with `got` on every run. The scan
// must work offline and send nothing anywhere, so `got` is replaced before the tool loads:
// every request fails at once, which the tool already handles (English texts, no release list).
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotFile = require.resolve('got', { paths: [toolDir] });
const offlineGot = new Module(gotFile);
offlineGot.filename = gotFile;
offlineGot.loaded = true;
offlineGot.exports = (url) => Promise.reject(new Error(`offline: ${url} is not fetched`));
require.cache[gotFile] = offlineGot;

const run = require('@doyensec/electronegativity');
const [folder, electronVersion] = process.argv.slice(2);

// The tool writes progress notes with console.log; stdout carries only the report.
console.log = (...args) => console.error(...args);

try {
  const { issues, errors } = await run({
    input: folder,
    electronVersionOverride: electronVersion,
    isRelative: true,
    customScan: [],
    // Compares the Electron version with the release list online: without a network it learns nothing.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
  });
  const findings = issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    sample: issue.sample ?? null,
    description: issue.description,
  }));
  process.stdout.write(JSON.stringify({ findings, errors }));
} catch (error) {
  console.error(error);
  process.exit(1);
}
