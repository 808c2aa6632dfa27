/** Drops a browser storage's keys under a prefix; a storage that cannot be read holds nothing to drop. */
export function removeKeysStartingWith(storage: () => Storage, prefix: string): void {
  try {
    const store = storage();
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
    for (const key of keys) if (key?.startsWith(prefix)) store.removeItem(key);
  } catch {
    // A storage that cannot be read holds nothing this app could forget.
  }
}
