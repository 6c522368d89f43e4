/**
 * `work` applied to every item, at most `atOnce` running at a time, the answers in the items' order: what one item
 * holds while it is worked on (a downloaded file, its parser) is held for `atOnce` items, not for all of them.
 */
export async function mapBounded<T, R>(items: T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(atOnce, items.length)) }, worker));
  return results;
}
