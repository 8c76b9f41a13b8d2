// A bounded cache from strings to values, for the facts the entity stage computes per word type (tagger
// features, clitic readings, spelling skeletons): every word of every article is looked up, the same words
// recur across articles, and a Map's lookup of a freshly sliced string costs more than this table's.

/** 32-bit FNV-1a of a string's code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Strings → values computed once each: an open-addressing table (FNV-1a of the code units, linear probing,
 * at most a quarter full, doubled as it fills), emptied when it holds `limit` entries so that it stays bounded.
 *
 * @example
 * const lengths = new StringCache<number>(1000, (s) => s.length);
 * lengths.get('كوريا'); // 5, computed; the next call for 'كوريا' finds it
 */
export class StringCache<V> {
  private keys: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(1024).fill(undefined);
  private size = 0;

  /**
   * @param limit How many entries the table holds before it starts afresh.
   * @param make Computes the value of a key on a miss (it may itself use the cache).
   */
  constructor(private readonly limit: number, private readonly make: (key: string) => V) {}

  /** The value of `key`: remembered, or made now and remembered. */
  get(key: string): V {
    const h = fnv1a(key);
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const k = keys[at];
      if (k === key) return this.values[at]!;
      if (k === undefined) break;
    }
    const value = this.make(key);
    if (this.size >= this.limit) this.reset(this.keys.length);
    else if (4 * (this.size + 1) > this.keys.length) this.grow();
    this.put(h, key, value);
    return value;
  }

  private put(h: number, key: string, value: V): void {
    const mask = this.keys.length - 1;
    let at = h & mask;
    while (this.keys[at] !== undefined) at = (at + 1) & mask;
    this.keys[at] = key;
    this.values[at] = value;
    this.size++;
  }

  private reset(capacity: number): void {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.size = 0;
  }

  /** Doubles the table, putting every entry back. */
  private grow(): void {
    const { keys, values } = this;
    this.reset(2 * keys.length);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.put(fnv1a(keys[i]!), keys[i]!, values[i]!);
  }
}
