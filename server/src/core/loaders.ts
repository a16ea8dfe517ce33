import DataLoader from 'dataloader';

/**
 * Per-request batching: a service asks for the loader named `name` and gets the same one for
 * the rest of the request, so nested GraphQL fields cost one query per level, not one per row.
 * Each request (and each transaction) has its own cache, so nothing outlives what it read.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** A batch function for rows by id: each id gets its row, or an error naming what is missing. */
export function rowsById<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  what: string,
) {
  return async (ids: readonly string[]): Promise<(T | Error)[]> => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? new Error(`${what} ${id} not found`));
  };
}

/** A batch function for child rows grouped by a parent key, in the keys' order. */
export function rowsByParent<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  parentOf: (row: T) => string,
) {
  return async (keys: readonly string[]): Promise<T[][]> => {
    const rows = await fetch(keys);
    return keys.map((k) => rows.filter((r) => parentOf(r) === k));
  };
}
