import { describe, expect, it } from 'vitest';
import { importFailureMessage, isQuotaError, saveFailureMessage, saveFailureReason } from '@/lib/db/storage-errors';
import { PersonSuppressedError } from '@/lib/db/suppression';

describe('isQuotaError', () => {
  it.each([
    [new DOMException('Quota exceeded', 'QuotaExceededError'), true],
    [new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError'), true],
    [
      new DOMException(
        'Connection is closing because of: IO error: .../chrome-extension_abc_0.indexeddb.leveldb/000005.ldb: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
        'UnknownError',
      ),
      true,
    ],
    [new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError'), true],
    [new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'), true],
    [new DOMException('Failed to write blobs (IOError)', 'DataError'), true],
    [new DOMException('Internal error committing transaction.', 'UnknownError'), false],
    [new DOMException('Failed to read large IndexedDB value', 'DataError'), false],
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

    expect(actual).toMatch(/^Browser storage is full — nothing already stored was lost\./);
    expect(actual).toMatch(/free up disk space/);
  });

  it('should give any other failure a plain message, not the raw error', () => {
    const actual = saveFailureMessage(new TypeError("Cannot read properties of undefined (reading 'id')"));

    expect(actual).toBe('LeadScout could not save this lead. Try again — the leads you already saved are safe.');
  });
});

describe('saveFailureReason', () => {
  it.each([
    [new PersonSuppressedError(), 'suppressed'],
    [new DOMException('Quota exceeded', 'QuotaExceededError'), 'storage-full'],
    [new Error('boom'), 'failed'],
  ])('should sort %o as %s', (error, expected) => {
    expect(saveFailureReason(error)).toBe(expected);
  });
});

describe('importFailureMessage', () => {
  it('should say how far a restore got when the disk filled up, and how to carry on', () => {
    const actual = importFailureMessage(new DOMException('Quota exceeded', 'QuotaExceededError'), 1500, 4000, 'restore');

    expect(actual).toBe(
      'Browser storage is full — nothing already stored was lost. 1500 of 4000 leads are in; free up disk space, then press Restore again to carry on where it stopped.',
    );
  });

  it('should tell a CSV import to import the same file again, since its rows merge, never duplicate', () => {
    const actual = importFailureMessage(new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError'), 250, 900, 'import');

    expect(actual).toBe(
      'Browser storage is full — nothing already stored was lost. 250 of 900 rows are in; free up disk space, then import the same file again: the rows already in merge instead of duplicating.',
    );
  });

  it('should say how far an import got when anything else stopped it', () => {
    const actual = importFailureMessage(new DOMException('Internal error committing transaction.', 'UnknownError'), 250, 900, 'import');

    expect(actual).toBe(
      'The import stopped after 250 of 900 rows; nothing already stored was lost. To carry on, import the same file again: the rows already in merge instead of duplicating.',
    );
  });
});
