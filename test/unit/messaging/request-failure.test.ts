import { describe, expect, it } from 'vitest';
import { STORAGE_FULL } from '@/lib/db/storage-errors';
import { requestFailure } from '@/lib/messaging/messenger';

describe('requestFailure', () => {
  it('should turn a full disk into the plain storage-full message', () => {
    const actual = requestFailure(new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError'));

    expect(actual).toEqual(new Error(STORAGE_FULL));
  });

  it('should turn any other DOMException into an Error with its message, which the browser passes on', () => {
    const actual = requestFailure(new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError'));

    expect(actual).toBeInstanceOf(Error);
    expect(actual).not.toBeInstanceOf(DOMException);
    expect((actual as Error).message).toBe('The transaction was aborted, so the request cannot be fulfilled.');
  });

  it('should pass an Error of the extension on as it is', () => {
    const error = new Error('Only 3 of 5 rows arrived; send the rest first.');

    expect(requestFailure(error)).toBe(error);
  });
});
