// The actor records by id, in data order, each parsed from its stored JSON text on first use.
import type { KBActor } from "./schema.js";

/**
 * The actor records by id, in data order. A stored knowledge base keeps each record as its JSON
 * text until someone asks for it: a process reads a few hundred of the 13,000.
 */
export class ActorTable {
  private index = new Map<string, number>();

  /** `recs`: the records parsed so far; `text(i)`: the JSON of record i, for the others. */
  constructor(private ids: string[], private recs: Array<KBActor | undefined>, private text: (i: number) => string = noText) {
    for (let i = 0; i < ids.length; i++) this.index.set(ids[i], i);
  }

  static of(list: KBActor[]): ActorTable {
    return new ActorTable(list.map((a) => a.id), list);
  }

  get size(): number {
    return this.ids.length;
  }

  idAt(i: number): string {
    return this.ids[i];
  }

  at(i: number): KBActor {
    let r = this.recs[i];
    if (r === undefined) this.recs[i] = r = JSON.parse(this.text(i)) as KBActor;
    return r;
  }

  get(id: string): KBActor | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  *values(): IterableIterator<KBActor> {
    for (let i = 0; i < this.ids.length; i++) yield this.at(i);
  }

  *[Symbol.iterator](): IterableIterator<[string, KBActor]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i], this.at(i)];
  }
}

function noText(i: number): string {
  throw new Error(`actor record ${i} is missing`);
}
