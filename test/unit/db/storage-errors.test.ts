import { describe, expect, it } from 'vitest';
import { isQuotaError, saveFailureMessage } from '@/lib/db/storage-errors';

describe('isQuotaError', () => {
  it.each([
    [new DOMException('Quota exceeded', 'QuotaExceededError'), true],
    [new DOMException('Aborted', 'AbortError'), false],
    [new Error('QuotaExceededError'), false],
    ['QuotaExceededError', false],
    [undefined, false],
  ])('should tell whether %o is a quota error', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('saveFailureMessage', () => {
  it('should tell the rep that the disk is full and that saved leads are safe', () => {
    const actual = saveFailureMessage(new DOMException('Quota exceeded', 'QuotaExceededError'));

    expect(actual).toMatch(/no room left/);
    expect(actual).toMatch(/leads you already saved are safe/);
  });

  it('should give any other failure a plain message, not the raw error', () => {
    const actual = saveFailureMessage(new TypeError("Cannot read properties of undefined (reading 'id')"));

    expect(actual).toBe('LeadScout could not save this lead. Try again — the leads you already saved are safe.');
  });
});
