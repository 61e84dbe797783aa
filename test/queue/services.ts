// Integration services for tests: PostgreSQL and Redis URLs from EVENTLINE_TEST_PG and
// EVENTLINE_TEST_REDIS (scripts/ci-services.sh sets both). Missing outside CI: the test skips
// with the reason; missing under CI=true: the test fails, so CI cannot pass without them.
import pg from "pg";
import { randomBytes } from "node:crypto";

export interface Service { url?: string; skip: string | false }

function service(env: "EVENTLINE_TEST_PG" | "EVENTLINE_TEST_REDIS"): Service {
  const url = process.env[env];
  if (url) return { url, skip: false };
  if (process.env.CI === "true" || process.env.CI === "1") throw new Error(`${env} is not set but CI is: source scripts/ci-services.sh first`);
  return { skip: `${env} not set (source scripts/ci-services.sh to run against a real server)` };
}

export const pgService = (): Service => service("EVENTLINE_TEST_PG");
export const redisService = (): Service => service("EVENTLINE_TEST_REDIS");

/** A fresh, empty database on the test server; `drop` removes it. */
export async function tempDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `el_t_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try { await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`); } finally { await admin.end(); }
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try { await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } finally { await c.end(); }
    },
  };
}
