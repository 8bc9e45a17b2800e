import { afterEach, describe, expect, it } from 'vitest';
import captureScript from '@/entrypoints/capture';
import type { ProspectDraft } from '@/lib/extract/types';

interface CaptureResult {
  draft: ProspectDraft;
  list: ProspectDraft[];
}

describe('capture script', () => {
  afterEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('should return the draft and the list of the page it runs in', () => {
    document.body.innerHTML = '<p>Write to <a href="mailto:Sales@Acme.example">sales</a></p>';

    const result = captureScript.main() as unknown as CaptureResult;

    expect(result.draft.person.emails).toEqual(['sales@acme.example']);
    expect(result.draft.source).toEqual({ url: location.href, kind: 'generic', extractors: ['contact-links'] });
    expect(result.list).toEqual([]);
  });

  it('should return an empty draft on a page without a prospect', () => {
    const result = captureScript.main() as unknown as CaptureResult;

    expect(result.draft.source.kind).toBe('none');
  });
});
