import { describe, expect, it } from 'vitest';
import { captureFailure } from '@/lib/capture/capture-failure';

describe('captureFailure', () => {
  it.each([
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
      /click its toolbar icon or press Alt\+Shift\+L/,
    ],
    [
      'Cannot access contents of url "https://www.linkedin.com/in/olena-kovalenko/". Extension manifest must request permission to access this host.',
      'no-access',
      /click its toolbar icon/,
    ],
    ['Missing host permission for the tab', 'no-access', /click its toolbar icon/],
    ['Cannot access a chrome:// URL', 'restricted', /browser's own pages/],
    ['Cannot access a chrome-extension:// URL of different extension', 'restricted', /browser's own pages/],
    ['The extensions gallery cannot be scripted.', 'restricted', /extension store/],
    ['Frame with ID 0 is showing error page', 'failed', /didn't load/],
    ['Cannot access contents of url "chrome-error://chromewebdata/".', 'failed', /didn't load/],
    ['No tab with id: 42.', 'tab-gone', /tab is closed/],
    ['Invalid tab ID: 42', 'tab-gone', /tab is closed/],
    ['Frame with ID 0 was removed.', 'tab-gone', /page changed/],
    ['No frame with id 3 in tab 42.', 'tab-gone', /page changed/],
    ["Could not load file: 'capture.js'.", 'failed', /couldn't read this page/],
  ])('should explain %j', (said, reason, message) => {
    const actual = captureFailure(new Error(said));

    expect(actual).toMatchObject({ ok: false, reason });
    expect(actual.message).toMatch(message);
  });

  it('should never show the browser’s raw words', () => {
    const actual = captureFailure('Unexpected internal error 0x80004005');

    expect(actual.message).not.toContain('0x80004005');
  });
});
