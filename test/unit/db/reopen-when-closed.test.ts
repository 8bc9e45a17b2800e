import { describe, expect, it } from 'vitest';
import { reopenWhenClosed } from '@/lib/db/reopen-when-closed';

/** An `open` that hands out numbered connections and lets the test close one, as the browser would. */
function fakeOpen(failures: unknown[] = []) {
  const opened: number[] = [];
  const closers: (() => void)[] = [];
  return {
    opened,
    close: (connection: number) => closers[connection - 1](),
    open(onClosed: () => void): Promise<number> {
      closers.push(onClosed);
      const failure = failures.shift();
      if (failure) return Promise.reject(failure);
      opened.push(opened.length + 1);
      return Promise.resolve(opened.length);
    },
  };
}

describe('reopenWhenClosed', () => {
  it('should share one connection between every request while it is open', async () => {
    const database = fakeOpen();
    const connection = reopenWhenClosed((onClosed) => database.open(onClosed));

    const actual = await Promise.all([connection, connection, connection]);

    expect(actual).toEqual([1, 1, 1]);
    expect(database.opened).toEqual([1]);
  });

  it('should open a new connection for the next request once the browser closed the last one', async () => {
    const database = fakeOpen();
    const connection = reopenWhenClosed((onClosed) => database.open(onClosed));
    await connection;

    database.close(1);

    expect(await connection).toBe(2);
    expect(await connection).toBe(2);
  });

  it('should report a failed open to its request and try again on the next one', async () => {
    const diskFull = new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError');
    const database = fakeOpen([diskFull]);
    const connection = reopenWhenClosed((onClosed) => database.open(onClosed));

    await expect(Promise.resolve(connection)).rejects.toBe(diskFull);

    expect(await connection).toBe(1);
  });

  it('should not drop a newer connection when an older one reports closing late', async () => {
    const database = fakeOpen();
    const connection = reopenWhenClosed((onClosed) => database.open(onClosed));
    await connection;
    database.close(1);
    await connection;

    database.close(1);

    expect(await connection).toBe(2);
  });
});
