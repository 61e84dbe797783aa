// Where the work queue lives and how its jobs behave, from flags or environment variables:
// EVENTLINE_REDIS (redis://127.0.0.1:6379), EVENTLINE_QUEUE (eventline), EVENTLINE_ATTEMPTS (3),
// EVENTLINE_BACKOFF_MS (5000), EVENTLINE_LOCK_MS (30000), EVENTLINE_STALLED_MS (30000),
// EVENTLINE_SHUTDOWN_MS (60000).
import type { ConnectionOptions } from "bullmq";

export interface QueueSettings {
  redis: string;
  queue: string;
  /** Tries per document before it goes to the dead-letter queue. */
  attempts: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs: number;
  /** How long a worker's claim on a job lasts without renewal (a killed worker's job is retried after it). */
  lockMs: number;
  /** How often workers look for jobs whose claim lapsed. */
  stalledMs: number;
  /** How long a stopping worker waits for its current jobs before leaving them to be retried. */
  shutdownMs: number;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} wants a whole number, not '${raw}'`);
  return n;
}

export function queueSettings(over: Partial<QueueSettings> = {}): QueueSettings {
  const s: QueueSettings = {
    redis: process.env.EVENTLINE_REDIS || "redis://127.0.0.1:6379",
    queue: process.env.EVENTLINE_QUEUE || "eventline",
    attempts: int("EVENTLINE_ATTEMPTS", 3),
    backoffMs: int("EVENTLINE_BACKOFF_MS", 5000),
    lockMs: int("EVENTLINE_LOCK_MS", 30_000),
    stalledMs: int("EVENTLINE_STALLED_MS", 30_000),
    shutdownMs: int("EVENTLINE_SHUTDOWN_MS", 60_000),
  };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
  if (!/^rediss?:\/\//.test(s.redis)) throw new Error(`the Redis location must be a redis:// URL, not '${s.redis}'`);
  if (s.attempts < 1) throw new Error("attempts must be at least 1");
  return s;
}

/** Dead letters live in their own queue so they survive the main queue's clean-ups. */
export const deadQueueName = (s: QueueSettings) => `${s.queue}-dead`;

/** Connection options for BullMQ, which then owns (and closes) its connections. */
export function redisConnection(url: string): ConnectionOptions {
  // workers block on Redis: retry commands through reconnects instead of failing them
  return { url, maxRetriesPerRequest: null };
}
