// Every regular expression in the code and the data is checked for catastrophic backtracking:
// statically (no unbounded quantifier over a group that itself holds one) and by timing it
// against pumped adversarial inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { LONG_RUN, tokenizerPatterns } from "../../src/nlp/reader/tokenizer.js";
import { tokenize } from "../../src/nlp/tokenize.js";

interface Found {
  where: string;
  source: string;
  flags: string;
}

function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, ext, out);
    else if (ext.test(f)) out.push(p);
  }
  return out;
}

function regexesInCode(): Found[] {
  const found: Found[] = [];
  for (const file of walk("src", /\.tsx?$/)) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const where = `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        found.push({ where, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const arg = node.arguments?.[0];
        if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
          const fl = node.arguments?.[1];
          found.push({ where, source: arg.text, flags: fl && ts.isStringLiteral(fl) ? fl.text : "" });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

function regexesInData(): Found[] {
  const found: Found[] = [];
  const visit = (v: unknown, where: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}[${i}]`));
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (/^(pattern|regex|re)$/i.test(k) && typeof x === "string") found.push({ where: `${where}.${k}`, source: x, flags: "iu" });
        else if (/^(patterns|regexes|bio|boilerplate)$/i.test(k) && Array.isArray(x) && x.every((y) => typeof y === "string")) x.forEach((y, i) => found.push({ where: `${where}.${k}[${i}]`, source: y as string, flags: "iu" }));
        else visit(x, `${where}.${k}`);
      }
    }
  };
  for (const file of walk("data", /\.json$/)) visit(JSON.parse(readFileSync(file, "utf8")), file);
  return found;
}

/** True when an unbounded quantifier applies to a group that holds an unbounded quantifier. */
export function nestedUnbounded(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  let lastGroupHadUnbounded: boolean | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      lastGroupHadUnbounded = null;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      lastGroupHadUnbounded = null;
      continue;
    }
    if (c === "(") {
      stack.push(false);
      lastGroupHadUnbounded = null;
      continue;
    }
    if (c === ")") {
      lastGroupHadUnbounded = stack.pop() ?? false;
      continue;
    }
    const unbounded = c === "*" || c === "+" || (c === "{" && /^\{\d*,\}/.test(source.slice(i)));
    if (unbounded) {
      if (lastGroupHadUnbounded) return true;
      if (stack.length) stack[stack.length - 1] = true;
    } else if (c === "{" && /^\{\d+(,\d+)?\}/.test(source.slice(i))) {
      // A bounded repeat of a group that holds an unbounded quantifier still marks the outer group.
      if (lastGroupHadUnbounded && stack.length) stack[stack.length - 1] = true;
    }
    if (c !== "?" && c !== "{" && !/[\d,}]/.test(c)) lastGroupHadUnbounded = null;
  }
  return false;
}

const all = [...regexesInCode(), ...regexesInData()];

test("the scan finds the project's regular expressions", () => {
  assert.ok(all.length > 20, `found ${all.length}`);
  assert.equal(nestedUnbounded("(a+)+$"), true);
  assert.equal(nestedUnbounded("(?:\\w+\\s?)*x"), true);
  assert.equal(nestedUnbounded("^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$"), false);
});

test("no regular expression nests unbounded quantifiers", () => {
  const bad = all.filter((r) => nestedUnbounded(r.source)).map((r) => `${r.where}: /${r.source}/`);
  assert.deepEqual(bad, []);
});

test("every regular expression runs in linear time on pumped inputs", () => {
  const pumps = ["a", "A", " ", "1", ".", "-", "'", "\u2019", "\n", "\u00e9", "\"", "Aa ", "A. ", "a,", "1-", " x", "(", "\u201c", ":A", "\t"];
  const slow: string[] = [];
  for (const r of all) {
    let re: RegExp;
    try {
      re = new RegExp(r.source, r.flags.replace(/[^dgimsuyv]/g, ""));
    } catch {
      continue; // template fragments that only compile inside a larger pattern
    }
    for (const p of pumps) {
      const input = p.repeat(Math.ceil(20_000 / p.length)) + "\u0000!";
      const t = performance.now();
      re.lastIndex = 0;
      re.exec(input);
      const ms = performance.now() - t;
      if (ms > 200) slow.push(`${r.where}: /${r.source}/ took ${ms.toFixed(0)} ms on ${JSON.stringify(p)}×`);
    }
  }
  assert.deepEqual(slow, []);
});

// The reader (src/nlp/reader) compiles wink's model's own patterns. Some nest unbounded
// quantifiers (wink's URL, e-mail, word and number patterns) and several take time quadratic in the
// length of what they read, so the tokenizer hands them runs of at most LONG_RUN characters.
const modelPatterns = tokenizerPatterns();
const NESTED_IN_MODEL = ["model trex.ltc[3]", "model trex.ltc[4]", "model trex.rtc[0]", "model trex.rtc[1]", "model trex.rtc[12]", "model trex.rtc[13]"];

test("the model's patterns that nest unbounded quantifiers are the known ones", () => {
  assert.ok(modelPatterns.length > 30, `found ${modelPatterns.length}`);
  assert.deepEqual(modelPatterns.filter((p) => nestedUnbounded(p.re.source)).map((p) => p.name), NESTED_IN_MODEL);
});

test("every model pattern reads a run of LONG_RUN characters in bounded time", () => {
  const pumps = ["a", "A", "1", ".", "-", "'", "\u2019", "\u00e9", "a.", "1.", "a-", "a@", "a.-", "1-", "(", "\u201c", ":A", "a,"];
  const slow: string[] = [];
  for (const { name, re } of modelPatterns) {
    for (const p of pumps) {
      const input = p.repeat(Math.ceil(LONG_RUN / p.length)).slice(0, LONG_RUN - 2) + "\u0000!";
      const t = performance.now();
      re.lastIndex = 0;
      re.exec(input);
      const ms = performance.now() - t;
      // Quadratic patterns take ~15 ms here (seconds on 40,000 characters): 200 ms is a wide margin.
      if (ms > 200) slow.push(`${name}: /${re.source}/ took ${ms.toFixed(0)} ms on ${JSON.stringify(p)}×`);
    }
  }
  assert.deepEqual(slow, []);
});

test("a long run without a space that no fast path reads is read in pieces of at most LONG_RUN", () => {
  // 60,000 digits then a stray mark: wink's ordinal pattern alone took seconds on such a run
  // (whole, 33 s for 40,000); in pieces the time is linear in the run's length.
  for (const run of ["1".repeat(60_000) + "\u0000!", "a-".repeat(30_000) + "\u0000!", "A".repeat(60_000) + "\u0000!"]) {
    const doc = tokenize(run);
    assert.ok(doc.tokens.length >= Math.floor(run.length / LONG_RUN), `${doc.tokens.length} tokens`);
    for (const t of doc.tokens) assert.equal(run.slice(t.start, t.end), t.text);
  }
});
