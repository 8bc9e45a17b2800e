import { afterEach, describe, expect, it } from 'vitest';
import captureScript from '@/entrypoints/capture';
import type { PageReading } from '@/lib/extract/read';

describe('capture script', () => {
  afterEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    document.documentElement.removeAttribute('lang');
  });

  it('should return the draft and the list of the page it runs in', () => {
    document.body.innerHTML = '<p>Write to <a href="mailto:Sales@Acme.example">sales</a></p>';

    const result = captureScript.main() as PageReading;

    expect(result.draft.person.emails).toEqual(['sales@acme.example']);
    expect(result.draft.source).toEqual({ url: location.href, kind: 'generic', extractors: ['contact-links'] });
    expect(result.list).toEqual([]);
  });

  it('should leave the phones as written and the country they are read in for the background', () => {
    document.documentElement.lang = 'uk';
    document.body.innerHTML = '<a href="tel:044 123 45 67">call</a>';

    const result = captureScript.main() as PageReading;

    expect(result.countryHint).toBe('UA');
    expect(result.draft.person.phones).toEqual(['044 123 45 67']);
  });

  it('should send along where the rep came to the page from', () => {
    const result = captureScript.main();

    expect(result.referrer).toBe(document.referrer);
  });

  it('should return an empty draft on a page without a prospect', () => {
    const result = captureScript.main() as PageReading;

    expect(result.draft.source.kind).toBe('none');
  });
});
