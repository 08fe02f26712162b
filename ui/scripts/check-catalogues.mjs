// Checks what TypeScript cannot see in the message catalogues (src/i18n/catalogues/*.ts):
// every message parses as ICU MessageFormat, uses the same placeholders as English, has every
// plural category the language needs (Russian "few"/"many", Arabic "zero"/"two"/"few"/"many"),
// and formats without throwing. TypeScript already checks that every key is present.
//
// Run with `npm run check:catalogues` (also part of `npm run typecheck`).

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { IntlMessageFormat } from "intl-messageformat";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "i18n", "catalogues");

/** Loads a catalogue file: its only imports are types, so transpiling it alone is enough. */
async function load(file) {
  const source = readFileSync(join(dir, file), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`;
  return (await import(url)).default;
}

// intl-messageformat's AST element types.
const ARGUMENT = 1, NUMBER = 2, DATE = 3, TIME = 4, SELECT = 5, PLURAL = 6, TAG = 8;

/** Placeholder names, and the plural elements, of a parsed message. */
function walk(ast, names = new Set(), plurals = []) {
  for (const el of ast) {
    if ([ARGUMENT, NUMBER, DATE, TIME, SELECT, PLURAL].includes(el.type)) names.add(el.value);
    if (el.type === PLURAL) plurals.push(el);
    if (el.type === SELECT || el.type === PLURAL) {
      for (const opt of Object.values(el.options)) walk(opt.value, names, plurals);
    }
    if (el.type === TAG) walk(el.children, names, plurals);
  }
  return { names, plurals };
}

function sample(names) {
  return Object.fromEntries([...names].map((n) => [n, 3]));
}

const problems = [];
const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
const catalogues = new Map();
for (const f of files) catalogues.set(f.replace(/\.ts$/, ""), await load(f));
const en = catalogues.get("en");
if (!en) throw new Error("catalogues/en.ts is missing");

for (const [code, cat] of catalogues) {
  const locale = `${cat.locale}-u-nu-latn`;
  const needed = new Intl.PluralRules(cat.locale).resolvedOptions().pluralCategories;
  for (const section of ["messages", "errors", "validation"]) {
    for (const [key, english] of Object.entries(en[section])) {
      const where = `${code} ${section}.${key}`;
      const text = cat[section]?.[key];
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${where}: missing`);
        continue;
      }
      let mf;
      try {
        mf = new IntlMessageFormat(text, locale);
      } catch (e) {
        problems.push(`${where}: does not parse: ${e.message}`);
        continue;
      }
      const mine = walk(mf.getAst());
      const theirs = walk(new IntlMessageFormat(english, "en").getAst());
      const a = [...mine.names].sort().join(","), b = [...theirs.names].sort().join(",");
      if (a !== b) problems.push(`${where}: placeholders {${a}} but English has {${b}}`);
      for (const p of mine.plurals) {
        const missing = needed.filter((c) => !(c in p.options));
        if (missing.length) problems.push(`${where}: plural {${p.value}} lacks ${missing.join(", ")}`);
      }
      try {
        for (const n of [0, 1, 2, 3, 5, 11, 21, 100]) {
          mf.format(Object.fromEntries([...mine.names].map((x) => [x, n])));
        }
        mf.format(sample(mine.names));
      } catch (e) {
        problems.push(`${where}: does not format: ${e.message}`);
      }
    }
  }
}

if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problem(s) in the message catalogues`);
  process.exit(1);
}
console.log(`catalogues ok: ${[...catalogues.keys()].join(", ")}`);
