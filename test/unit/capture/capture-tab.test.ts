import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureTab } from '@/lib/capture/capture-tab';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';

const PROFILE_URL = 'https://www.linkedin.com/in/olena-kovalenko/';

function draft(fullName: string): ProspectDraft {
  const page = emptyDraft(PROFILE_URL, 'linkedin-person');
  return { ...page, person: { ...page.person, fullName } };
}

/** The tab as `activeTab` shows it after the user's click. */
function givenTab(tab: { url?: string; title?: string }) {
  const shown = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, incognito: false, pinned: false };
  return vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...shown, ...tab });
}

/** What `executeScript` resolves to: one entry per frame the script ran in, the main frame first. */
function givenInjection(frames: Array<{ result?: unknown }>) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue(frames.map((frame) => ({ frameId: 0, documentId: 'doc', ...frame })));
}

function givenScriptResult(result: unknown) {
  return givenInjection([{ result }]);
}

describe('captureTab', () => {
  it('should inject the capture script into the tab and return what it read, finished', async () => {
    givenTab({ url: PROFILE_URL, title: 'Olena Kovalenko | LinkedIn' });
    const reading = draft('Olena Kovalenko');
    reading.person.phones.push('044 123 45 67');
    const inject = givenScriptResult({
      countryHint: 'UA',
      draft: reading,
      list: [draft('Taras Melnyk')],
      referrer: 'https://www.google.com/',
    });

    const actual = await captureTab(7);

    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/capture.js'] });
    expect(actual).toEqual({
      ok: true,
      draft: {
        ...reading,
        person: { fullName: 'Olena Kovalenko', firstName: 'Olena', lastName: 'Kovalenko', emails: [], phones: ['+380441234567'] },
      },
      list: [{ ...draft('Taras Melnyk'), person: { fullName: 'Taras Melnyk', firstName: 'Taras', lastName: 'Melnyk', emails: [], phones: [] } }],
      title: 'Olena Kovalenko | LinkedIn',
      referrer: 'https://www.google.com/',
    });
  });

  it('should explain a page no extension may script without trying to inject', async () => {
    givenTab({ url: 'chrome://settings/' });
    const inject = givenScriptResult({ draft: draft('Olena'), list: [] });

    const actual = await captureTab(7);

    expect(actual).toMatchObject({
      ok: false,
      reason: 'restricted',
      message: expect.stringMatching(/browser's own pages/),
    });
    expect(inject).not.toHaveBeenCalled();
  });

  it.each([
    [false, { ok: false, reason: 'restricted', message: expect.stringMatching(/Allow access to file URLs/) }],
    [true, { ok: true, title: '' }],
  ])('should capture a local file only when file access is allowed (%s)', async (allowed, expected) => {
    givenTab({ url: 'file:///home/rep/team.html' });
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(allowed);
    givenScriptResult({ draft: draft('Olena'), list: [] });

    const actual = await captureTab(7);

    expect(actual).toMatchObject(expected);
  });

  it('should try a tab whose URL it cannot see and explain the missing click', async () => {
    givenTab({});
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page. Extension manifest must request permission to access …'),
    );

    const actual = await captureTab(7);

    expect(actual).toEqual({
      ok: false,
      reason: 'no-access',
      message: 'LeadScout can only read this page after you click its toolbar icon or press Alt+Shift+L on it.',
    });
  });

  it.each([
    ['rejects', () => vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7.'))],
    // The fake browser answers an unknown id with nothing.
    ['answers nothing', () => undefined],
  ])('should report a closed tab when looking it up %s', async (_case, arrange) => {
    arrange();

    const actual = await captureTab(7);

    expect(actual).toMatchObject({ ok: false, reason: 'tab-gone' });
  });

  it.each([
    ['no frame', []],
    ['no result', [{}]],
    ['a draft of the wrong shape', [{ result: { draft: { person: 'Olena' }, list: [] } }]],
    ['a draft with a field no draft has', [{ result: { draft: { ...draft('Olena'), script: '<img onerror>' }, list: [] } }]],
  ])('should refuse an injection that gives %s', async (_case, frames) => {
    givenTab({ url: PROFILE_URL });
    givenInjection(frames);

    const actual = await captureTab(7);

    expect(actual).toMatchObject({ ok: false, reason: 'failed' });
  });
});
