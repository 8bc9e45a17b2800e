/**
 * Saved pages written to stand for pages the extractor has not been tuned on: markup and languages
 * other than the site pages' (site-pages.test.ts), each page's comment saying what it models and
 * which traps it sets. Every field of every draft is checked.
 */
import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';
import { loadFixture } from './pages';

const NEWS_URL = 'https://www.dniprobusiness.com.ua/news/2025/03/logistics-startups-raise/';
const BLOG_POST_URL = 'https://www.freightlane.io/blog/five-ways-to-cut-empty-miles';
const ABOUT_URL = 'https://www.freightlane.io/about-us/';

const EXPECTED_DRAFTS: Array<[fixture: string, url: string, expected: ProspectDraft]> = [
  ['news-publisher-graph.html', NEWS_URL, emptyDraft(NEWS_URL, 'none')],
  ['company-blog-post.html', BLOG_POST_URL, emptyDraft(BLOG_POST_URL, 'none')],
  [
    'about-page-og-article.html',
    ABOUT_URL,
    {
      person: { emails: ['hello@freightlane.io'], phones: ['+16175550142'] },
      company: {
        name: 'Freightlane',
        website: 'https://www.freightlane.io/',
        linkedinUrl: 'https://www.linkedin.com/company/freightlane/',
        domain: 'freightlane.io',
      },
      source: { url: ABOUT_URL, kind: 'company-site', extractors: ['json-ld', 'contact-links'] },
    },
  ],
];

const EXPECTED_LISTS: Array<[fixture: string, url: string, expected: ProspectDraft[]]> = [
  ['news-publisher-graph.html', NEWS_URL, []],
  ['company-blog-post.html', BLOG_POST_URL, []],
  ['about-page-og-article.html', ABOUT_URL, []],
];

describe('extractProspect on pages written to be unseen', () => {
  it.each(EXPECTED_DRAFTS)('should read %s at %s', (fixture, url, expected) => {
    expect(extractProspect(loadFixture(fixture), url)).toStrictEqual(expected);
  });
});

describe('extractProspects on pages written to be unseen', () => {
  it.each(EXPECTED_LISTS)('should list the people %s shows at %s', (fixture, url, expected) => {
    expect(extractProspects(loadFixture(fixture), url)).toStrictEqual(expected);
  });
});
