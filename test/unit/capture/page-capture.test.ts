import { describe, expect, it } from 'vitest';
import { readPageCapture } from '@/lib/capture/page-capture';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';

function draft(fullName: string): ProspectDraft {
  const page = emptyDraft('https://www.finlytics.io/team', 'company-site');
  return { ...page, person: { ...page.person, fullName } };
}

describe('readPageCapture', () => {
  it('should accept what the capture script returns', () => {
    const expected = { draft: draft('Olena Kovalenko'), list: [draft('Taras Melnyk')] };

    expect(readPageCapture(expected)).toEqual(expected);
  });

  it('should accept missing fields left as undefined by the page', () => {
    const page = { draft: { ...draft('Olena Kovalenko'), company: { name: undefined } }, list: [] };

    expect(readPageCapture(page)).toEqual(page);
  });

  it('should drop list entries that are not drafts and read a missing list as empty', () => {
    const mixed = readPageCapture({ draft: draft('Olena'), list: [draft('Taras'), 'junk', null] });

    expect(mixed?.list).toEqual([draft('Taras')]);
    expect(readPageCapture({ draft: draft('Olena') })?.list).toEqual([]);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'Olena Kovalenko'],
    ['no draft', { list: [] }],
    ['a person without emails', { draft: { ...draft('Olena'), person: { fullName: 'Olena', phones: [] } } }],
    ['an email that is not text', { draft: { ...draft('Olena'), person: { emails: [{}], phones: [] } } }],
    ['a name that is not text', { draft: { ...draft('Olena'), person: { fullName: {}, emails: [], phones: [] } } }],
    ['a company that is a list', { draft: { ...draft('Olena'), company: [] } }],
    ['an employee count that is not a number', { draft: { ...draft('Olena'), company: { employeeCount: '50' } } }],
    ['a source without a URL', { draft: { ...draft('Olena'), source: { kind: 'generic', extractors: [] } } }],
  ])('should refuse %s', (_case, value) => {
    expect(readPageCapture(value)).toBeUndefined();
  });
});
