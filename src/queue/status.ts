// Counts of the work queue and its dead letters, for `eventline queue`.
import { Queue } from "bullmq";
import { deadQueueName, redisConnection, type QueueSettings } from "./config.js";
import type { DeadLetter } from "./jobs.js";

export interface QueueCounts { waiting: number; active: number; delayed: number; done: number; failed: number; dead: number }

export async function queueCounts(s: QueueSettings): Promise<QueueCounts> {
  const q = new Queue(s.queue, { connection: redisConnection(s.redis) });
  const d = new Queue(deadQueueName(s), { connection: redisConnection(s.redis) });
  try {
    const c = await q.getJobCounts("waiting", "active", "delayed", "completed", "failed", "prioritized", "waiting-children");
    const dead = await d.getJobCountByTypes("waiting", "completed", "failed", "delayed", "active", "prioritized");
    return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c["waiting-children"] ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, done: c.completed ?? 0, failed: c.failed ?? 0, dead };
  } finally {
    await q.close();
    await d.close();
  }
}

export async function deadLetters(s: QueueSettings, limit = 100): Promise<DeadLetter[]> {
  const d = new Queue<DeadLetter>(deadQueueName(s), { connection: redisConnection(s.redis) });
  try {
    const jobs = await d.getJobs(["waiting", "completed", "failed", "delayed", "active", "prioritized"], 0, limit - 1, true);
    return jobs.filter(Boolean).map((j) => j.data);
  } finally {
    await d.close();
  }
}
