// V8 lets the heap grow to about twice what survived the last full collection before it collects
// again. The pipeline keeps ~110-150 MB alive (knowledge base, lexicons, wink's model) and makes
// short-lived garbage at a steady rate, so a long run swung between ~110 and ~270 MB of heap
// (RSS peaks 430-475 MB). Collecting at 1.5x instead held RSS at about 280-310 MB at the same
// speed (npm run bench, long run). The CLI and the queue workers call this; a program that embeds the
// library can call it too, or pass --heap-growing-percent=50 to node.
import { setFlagsFromString } from "node:v8";

const HEAP_GROWING_PERCENT = 50;

export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
