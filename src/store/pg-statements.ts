// Statement texts PostgreSQL can parse once. Kysely writes `x IN ($1, $2, ...)` with one
// parameter per value, so the text changes with the list's length; on PostgreSQL the plugin
// below writes `x = ANY($1)` with the list as one array parameter (the same test: PostgreSQL
// reads IN lists as = ANY of an array). The pool then gives every text it sees again a
// statement name: each connection parses it once.
import type pg from "pg";
import {
  BinaryOperationNode, OperationNodeTransformer, PrimitiveValueListNode, RawNode, ValueListNode, ValueNode,
  type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult,
  type RootOperationNode, type UnknownRow,
} from "kysely";

class AnyArrays extends OperationNodeTransformer {
  protected override transformBinaryOperation(node: BinaryOperationNode): BinaryOperationNode {
    const op = (node.operator as { operator?: string }).operator;
    const values = op === "in" || op === "not in" ? constants(node.rightOperand) : null;
    if (!values) return super.transformBinaryOperation(node);
    const left = this.transformNode(node.leftOperand);
    // a RawNode stands where the comparison stood: the compiler visits any node kind there
    return RawNode.create(["", op === "in" ? " = ANY(" : " <> ALL(", ")"], [left, ValueNode.create(values)]) as unknown as BinaryOperationNode;
  }
}

/** The list's values when all are strings or all finite numbers (one array type), else null. */
function constants(node: OperationNode): unknown[] | null {
  let values: unknown[];
  if (PrimitiveValueListNode.is(node)) values = [...node.values];
  else if (ValueListNode.is(node) && node.values.every((v) => ValueNode.is(v))) values = node.values.map((v) => (v as ValueNode).value);
  else return null;
  if (!values.length) return null;
  if (values.every((v) => typeof v === "string")) return values;
  if (values.every((v) => typeof v === "number" && Number.isFinite(v))) return values;
  return null;
}

export class PostgresAnyPlugin implements KyselyPlugin {
  readonly #any = new AnyArrays();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    // inserts have no lists to rewrite, and their value lists are the largest trees to copy
    return args.node.kind === "InsertQueryNode" ? args.node : this.#any.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const MAX_NAMES = 500;
const names = new Map<string, string>();
const seen = new Set<string>();

/**
 * The statement name for a text seen before, if any. Texts that read whole rows (`*`) stay
 * unnamed: a prepared one would fail once a migration elsewhere adds a column.
 */
export function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= MAX_NAMES || !/^\s*(select|insert|update|delete|with)\b/i.test(text) || /(^|[\s,.])\*(\s|,|$)/.test(text)) return known;
  if (!seen.has(text)) {
    if (seen.size >= 4 * MAX_NAMES) seen.clear();
    seen.add(text);
    return undefined;
  }
  const name = `el_${names.size}`;
  names.set(text, name);
  return name;
}

/**
 * Makes the pool's clients run repeated texts as named (prepared) statements. They are still
 * planned for their values each time: a generic plan (PostgreSQL's choice after five runs) can
 * be far off for a lookup whose lists' lengths and skew vary from document to document.
 */
export function nameStatements(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    void client.query("SET plan_cache_mode = force_custom_plan").catch(() => {});
    const query = client.query.bind(client) as (...a: unknown[]) => unknown;
    client.query = ((text: unknown, values?: unknown, cb?: unknown) => {
      const name = typeof text === "string" && Array.isArray(values) && cb === undefined ? statementName(text) : undefined;
      return name ? query({ name, text, values }) : query(text, values, cb);
    }) as typeof client.query;
  });
}
