// Bundle vendor.mjs and the npm packages it imports (the versions pinned in package-lock.json) into one
// script the pages inline, graph/assets/vendor.js, with every bundled package's licence notice at its top and
// in graph/assets/vendor-notices.txt. The same lockfile and esbuild version give the same bytes, which the
// test suite checks (tests/graph/test_vendor_bundle.py).
//
// Usage: npm ci --ignore-scripts && node build.mjs [--out DIR]   (scripts/build-web does both)

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(here, "..", "graph", "assets");

const result = await build({
  entryPoints: [join(here, "vendor.mjs")],
  bundle: true,
  format: "iife",
  globalName: "NewsgraphVendor",
  target: ["es2019"],
  minify: true,
  legalComments: "none", // every package's whole licence goes into the banner below instead
  charset: "utf8",
  metafile: true,
  write: false,
  logLevel: "warning",
});

// The packages whose code went into the bundle, found from the files esbuild read.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const parts = relative(here, resolve(here, input)).split(sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) continue;
  const name = parts[at + 1].startsWith("@") ? parts.slice(at + 1, at + 3).join("/") : parts[at + 1];
  const folder = join(here, ...parts.slice(0, at + 1), ...name.split("/"));
  packages.set(name, folder);
}

function notice(name, folder) {
  const meta = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const file = readdirSync(folder).filter((f) => /^(licen[cs]e|copying)/i.test(f)).sort()[0];
  if (!file) throw new Error(`${name} ships no licence file; add its notice by hand before bundling it`);
  const text = readFileSync(join(folder, file), "utf8").replace(/\r\n/g, "\n").trim();
  return `${meta.name} ${meta.version} (${meta.license})\n\n${text}\n`;
}

const names = [...packages.keys()].sort();
const notices = "The JavaScript libraries bundled into newsgraph's pages (graph/assets/vendor.js), with their " +
  "licences.\n\n" + names.map((n) => "-".repeat(78) + "\n" + notice(n, packages.get(n))).join("\n");
const code = new TextDecoder().decode(result.outputFiles[0].contents);
// The banner is a comment: no licence text may end it early.
const banner = "/*! " + notices.replaceAll("*/", "* /") + "*/\n";
const bundle = banner + code;
// The pages inline this script: it must never close its own <script> element.
if (/<\/script/i.test(bundle)) throw new Error("the bundle contains '</script'; it cannot be inlined in a page");
writeFileSync(join(out, "vendor.js"), bundle);
writeFileSync(join(out, "vendor-notices.txt"), notices);
console.log(`wrote ${relative(process.cwd(), join(out, "vendor.js"))} (${(bundle.length / 1024).toFixed(0)} KiB, ` +
  `${names.length} packages: ${names.join(", ")})`);
