// PostgreSQL statement texts that do not change with the length of an IN list, and the names
// repeated texts get (each connection then parses them once).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Kysely, PostgresDialect, sql } from "kysely";
import type { Database } from "../../src/store/schema.js";
import { PostgresAnyPlugin, statementName } from "../../src/store/pg-statements.js";

// compile() never connects: the pool is never asked for a client
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: {} as never }), plugins: [new PostgresAnyPlugin()] });

test("IN and NOT IN lists of constants become one array parameter", () => {
  const q = db.selectFrom("claims").select("id").where("article_id", "in", ["a:0", "b:0", "c:0"]).where("status", "not in", ["done"]).compile();
  assert.match(q.sql, /"article_id" = ANY\(\$1\) and "status" <> ALL\(\$2\)/);
  assert.deepEqual(q.parameters, [["a:0", "b:0", "c:0"], ["done"]]);
  const shorter = db.selectFrom("claims").select("id").where("article_id", "in", ["a:0"]).where("status", "not in", ["done", "cancelled"]).compile();
  assert.equal(shorter.sql, q.sql);
});

test("lists of expressions, of mixed types and subqueries are left as they are", () => {
  const sub = db.selectFrom("claims").select("id").where("claims.id", "in", db.selectFrom("claim_actors").select("claim_id")).compile();
  assert.match(sub.sql, /"claims"\."id" in \(select "claim_id" from "claim_actors"\)/);
  const mixed = db.selectFrom("events").select("id").where("day", "in", ["2025-01-01", 3 as unknown as string]).compile();
  assert.match(mixed.sql, /"day" in \(\$1, \$2\)/);
  const expr = db.selectFrom("events").select("id").where("day", "in", [sql<string>`current_date::text`]).compile();
  assert.match(expr.sql, /"day" in \(current_date::text\)/);
});

test("inserts keep their value lists", () => {
  const q = db.insertInto("claim_actors").values([{ claim_id: "x", actor_id: "y", role: "source", prop_type: null, day: null }]).compile();
  assert.match(q.sql, /values \(\$1, \$2, \$3, \$4, \$5\)/);
});

test("a text is named the second time it is seen, and texts reading whole rows never", () => {
  const text = `select "id" from "claims" where "id" = ANY($1) -- ${Math.random()}`;
  assert.equal(statementName(text), undefined);
  const name = statementName(text);
  assert.ok(name);
  assert.equal(statementName(text), name);
  const star = `select "claims".* from "claims" where "id" = $1 -- ${Math.random()}`;
  statementName(star);
  assert.equal(statementName(star), undefined);
  assert.equal(statementName("begin"), undefined);
  assert.equal(statementName("begin"), undefined);
});
