import { describe, expect, it } from 'vitest';
import { captureBlockReason } from '@/lib/capture/block-reason';

describe('captureBlockReason', () => {
  it.each([
    ['chrome://version/', /browser's own pages/],
    ['edge://settings', /browser's own pages/],
    ['about:blank', /browser's own pages/],
    ['about:addons', /browser's own pages/],
    ['devtools://devtools/bundled/inspector.html', /browser's own pages/],
    ['chrome-error://chromewebdata/', /browser's own pages/],
    ['chrome-extension://abcdefghijklmnop/popup.html', /pages of browser extensions/],
    ['moz-extension://0b1c2d3e/leads.html', /pages of browser extensions/],
    ['view-source:https://www.linkedin.com/in/olena-kovalenko/', /source view/],
    ['https://chromewebstore.google.com/detail/leadscout/abc', /the Chrome Web Store/],
    ['https://chrome.google.com/webstore/detail/abc', /the Chrome Web Store/],
    ['https://addons.mozilla.org/en-US/firefox/addon/leadscout/', /Firefox Add-ons/],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', /Edge Add-ons/],
    ['https://www.finlytics.io/team/CV-Olena.PDF', /PDF files/],
    ['file:///home/rep/prospects.pdf', /PDF files/],
    ['file:///home/rep/prospects.html', /Allow access to file URLs/],
    ['data:text/html,<h1>Olena</h1>', /data: or blob:/],
    ['blob:https://www.finlytics.io/3f2a9c1e', /data: or blob:/],
  ])('should explain why %s cannot be captured', (url, expected) => {
    expect(captureBlockReason(url)).toMatch(expected);
  });

  it.each([
    'https://www.linkedin.com/in/olena-kovalenko/',
    'https://chrome.google.com/search?q=webstore',
    'https://www.finlytics.io/pdf-tools/',
    'http://localhost:8080/team',
    'not a url',
    '',
    undefined,
  ])('should let %j be tried', (url) => {
    expect(captureBlockReason(url)).toBeUndefined();
  });

  it('should let a local file be tried once file access is allowed', () => {
    expect(captureBlockReason('file:///home/rep/prospects.html', { fileAccessAllowed: true })).toBeUndefined();
  });
});
