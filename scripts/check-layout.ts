// `npm run lint` (after Biome): the layout rules a formatter cannot see. Outside src/extract (src, scripts,
// bench) nothing imports past src/extract/index.ts; src/extract has no import cycles; and it stays pure —
// no node: modules and no runtime globals, so it runs alike in Node, Workers and a browser.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const EXTRACT = join(root, "src/extract");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
const IMPORT = /^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm;
const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1]!);
const resolveTs = (from: string, spec: string) =>
  spec.startsWith(".") ? resolve(dirname(from), spec).replace(/\.js$/, ".ts") : null;

const problems: string[] = [];
const surface = join(EXTRACT, "index.ts");

for (const dir of ["src", "scripts", "bench"]) {
  for (const file of files(join(root, dir))) {
    if (file.startsWith(`${EXTRACT}/`)) continue;
    for (const spec of importsOf(file)) {
      const target = resolveTs(file, spec);
      if (target?.startsWith(`${EXTRACT}/`) && target !== surface) {
        problems.push(
          `${relative(root, file)} imports ${spec}: import from src/extract/index.ts instead`,
        );
      }
    }
  }
}

const graph = new Map<string, string[]>();
for (const file of files(EXTRACT)) {
  const text = readFileSync(file, "utf8");
  const specs = importsOf(file);
  for (const spec of specs) {
    if (spec.startsWith("node:"))
      problems.push(`${relative(root, file)} imports ${spec}: src/extract is pure`);
  }
  if (
    /\b(?:process\.|require\(|fetch\(|Buffer\.)/.test(
      text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""),
    )
  ) {
    problems.push(`${relative(root, file)} uses a runtime global: src/extract is pure`);
  }
  graph.set(
    file,
    specs.map((s) => resolveTs(file, s)).filter((t): t is string => !!t?.endsWith(".ts")),
  );
}

// Depth-first search for a back edge: a cycle, reported once by its members.
const state = new Map<string, "open" | "done">();
const stack: string[] = [];
const cycles = new Set<string>();
function visit(file: string): void {
  state.set(file, "open");
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === "open") {
      const cycle = stack.slice(stack.indexOf(next)).map((f) => relative(EXTRACT, f));
      cycles.add(`import cycle in src/extract: ${[...cycle, cycle[0]].join(" → ")}`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, "done");
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);
problems.push(...cycles);

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log("layout: the extraction surface, no import cycles, a pure extractor");
