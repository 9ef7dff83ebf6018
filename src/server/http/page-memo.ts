import { LRUCache } from 'lru-cache';

/**
 * A citizen page that is costly to make (a department of health's year adds up the work of sixty
 * bodies), kept for the minute its Cache-Control already allows, so a crawler or a shared link opened a
 * thousand times makes it once. Bounded in entries; keyed by everything the page depends on.
 */
export class PageMemo<V extends {}> {
  private readonly cache: LRUCache<string, V>;

  constructor(max = 500, ttlMs = 60_000) {
    this.cache = new LRUCache<string, V>({ max, ttl: ttlMs });
  }

  async get(key: string, make: () => Promise<V>): Promise<V> {
    const kept = this.cache.get(key);
    if (kept !== undefined) return kept;
    const made = await make();
    this.cache.set(key, made);
    return made;
  }
}
