import { test } from "node:test";
import assert from "node:assert/strict";
import { scanQuotes } from "../../src/quotes/marks.js";

const spans = (text: string) => scanQuotes(text).map((q) => text.slice(q.start, q.end));

test("straight, curly, single, guillemet, angle and CJK marks", () => {
  assert.deepEqual(spans(`"We will respond firmly," the ministry said.`), ["We will respond firmly,"]);
  assert.deepEqual(spans(`“We will respond firmly,” the ministry said.`), ["We will respond firmly,"]);
  assert.deepEqual(spans(`The minister said the plan was ‘dead on arrival’ and left.`), ["dead on arrival"]);
  assert.deepEqual(spans(`The minister said the plan was 'dead on arrival' and left.`), ["dead on arrival"]);
  assert.deepEqual(spans(`«Nous ne céderons pas», a déclaré le ministre.`), ["Nous ne céderons pas"]);
  assert.deepEqual(spans(`‹Wir bleiben›, sagte er.`), ["Wir bleiben"]);
  assert.deepEqual(spans(`外交部发言人表示「我们坚决反对」。他还说『这是底线』。`), ["我们坚决反对", "这是底线"]);
});

test("mixed curly and straight marks pair up", () => {
  assert.deepEqual(spans(`“There is no consensus today," the president told reporters.`), ["There is no consensus today,"]);
});

test("apostrophes are not quotation marks", () => {
  const text = `The senator's aides don't expect a deal before the '90s-style budget fight, and rock 'n' roll fans can't either.`;
  assert.deepEqual(spans(text), []);
  assert.deepEqual(spans(`Officials’ hopes faded as Trump’s envoy left, but ‘the door is open,’ one diplomat said.`), ["the door is open,"]);
  assert.deepEqual(spans(`The '80s were over, she said of the 'new normal' in the capital.`), ["new normal"]);
});

test("nested quotations stay inside their container", () => {
  const text = `“He told me ‘never again,’ and I believed him,” the witness said.`;
  assert.deepEqual(spans(text), ["He told me ‘never again,’ and I believed him,"]);
  const straight = `"The phrase 'red line' means something here," the envoy said.`;
  assert.deepEqual(spans(straight), ["The phrase 'red line' means something here,"]);
});

test("a quotation running over paragraphs: each paragraph is a piece, the first marked continued", () => {
  const text = `“We are ready to talk. We have always been ready.\n\n“But we will not accept ultimatums from anyone,” the foreign minister said.`;
  const qs = scanQuotes(text);
  assert.equal(qs.length, 2);
  assert.equal(qs[0].ending, "continued");
  assert.equal(text.slice(qs[0].start, qs[0].end), "We are ready to talk. We have always been ready.");
  assert.equal(qs[1].ending, "closed");
});

test("an unclosed quotation ending a finished paragraph runs to its end; a cut-off one is dropped", () => {
  const finished = `"It could add pressure on Washington to do the same.\n\nOther news followed.`;
  assert.deepEqual(spans(finished), ["It could add pressure on Washington to do the same."]);
  const truncated = `The adviser said the impacts were clear. “Climate change and`;
  assert.deepEqual(spans(truncated), []);
});

test("a stray straight mark inside an open one does not swallow the paragraph", () => {
  const text = `He wrote the slogan "Never Again! ("Not One Step)," police said.`;
  const got = spans(text);
  assert.ok(got.every((s) => !s.includes("police said")), JSON.stringify(got));
});

test("TeX-style marks of older wire copy", () => {
  assert.deepEqual(spans("Baghdad said it would let inspectors return ``without conditions'' on Monday."), ["without conditions"]);
  assert.deepEqual(spans("The leader allowed the `Unity March' to go ahead."), ["Unity March"]);
});
