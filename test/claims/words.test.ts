import { test } from "node:test";
import assert from "node:assert/strict";
import { words } from "../../src/claims/words.js";

test("content words: stop words dropped, endings cut", () => {
  assert.deepEqual([...words("The ministers rejected the reports that it was planning talks")], ["minister", "reject", "report", "plann", "talk"]);
});
