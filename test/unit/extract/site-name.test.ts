import { describe, expect, it } from 'vitest';
import { siteNameOf } from '@/lib/extract/site-name';
import { parsePage } from './pages';

const URL_ = new URL('https://www.acme-logistics.com/contact');

function siteName(html: string, meta: Record<string, string> = {}): string | undefined {
  return siteNameOf(parsePage(html), new Map(Object.entries(meta)), URL_);
}

describe('siteNameOf', () => {
  it.each([
    ['og:site_name first', '<title>Contact | Acme</title>', { 'og:site_name': 'Acme Logistics' }, 'Acme Logistics'],
    ['application-name', '<title>Contact</title>', { 'application-name': 'Acme Logistics' }, 'Acme Logistics'],
    ['the title beside a page word', '<title>Contact us | Acme Logistics</title>', {}, 'Acme Logistics'],
    ['the title before a page word', '<title>Acme Logistics — About us</title>', {}, 'Acme Logistics'],
    ['the title beside a Ukrainian page word', '<title>Контакти - Акме Логістик</title>', {}, 'Акме Логістик'],
    ['the title beside the heading', '<title>Freight desk | Acme Logistics</title><h1>Freight desk</h1>', {}, 'Acme Logistics'],
    ["the header logo's alt, without the word logo", '<header><a href="/"><img src="/l.svg" alt="Acme Logistics logo"></a></header>', {}, 'Acme Logistics'],
    ['the header link home', '<header><a href="https://www.acme-logistics.com/">Acme Logistics</a><a href="/blog">Blog</a></header>', {}, 'Acme Logistics'],
    ['the copyright holder', '<footer><p>© 2019–2025 Acme Logistics LLC. All rights reserved.</p></footer>', {}, 'Acme Logistics LLC'],
    ['the Ukrainian copyright holder', '<footer>© 2025 ТОВ «Акме». Усі права захищені.</footer>', {}, 'ТОВ «Акме»'],
  ])('should read %s', (_case, html, meta, expected) => {
    expect(siteName(html, meta)).toBe(expected);
  });

  it.each([
    ['a title of one part', '<title>Acme Logistics freight forwarding</title>'],
    ['a title of two parts, neither a page word', '<title>Freight forwarding | Acme Logistics</title>'],
    ['a link home that says Home', '<header><a href="/">Home</a></header>'],
    ['a copyright line that is a sentence', '<footer>© 2025 all content on this site is owned by the people who wrote it for us</footer>'],
  ])('should read no name from %s', (_case, html) => {
    expect(siteName(html)).toBeUndefined();
  });
});
