import { describe, expect, it } from 'vitest';
import { bucketOf, bucketRules } from '@/lib/badge/known-page-rules';
import { matchesUrlFilter } from '../../fixtures/url-filter';

function marks(keys: string | string[], href: string): boolean {
  return bucketRules([keys].flat()).some((rule) => rule.conditions.some((filter) => matchesUrlFilter(filter, href)));
}

describe('bucketRules: the pages they mark', () => {
  it.each([
    ['linkedin:olena-kovalenko', 'https://www.linkedin.com/in/olena-kovalenko/', true],
    // LinkedIn redirects it to the form with the slash before the page shows.
    ['linkedin:olena-kovalenko', 'https://www.linkedin.com/in/olena-kovalenko', false],
    ['linkedin:olena-kovalenko', 'https://ua.linkedin.com/in/olena-kovalenko/?originalSubdomain=ua', true],
    ['linkedin:olena-kovalenko', 'https://www.linkedin.com/in/olena-kovalenko/overlay/contact-info/', true],
    ['linkedin:olena-kovalenko', 'https://www.linkedin.com/in/olena-kovalenko-2/', false],
    ['linkedin:olena-kovalenko', 'https://evil-linkedin.com/in/olena-kovalenko/', false],
    ['linkedin:олена-коваленко', 'https://www.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0-%D0%BA%D0%BE%D0%B2%D0%B0%D0%BB%D0%B5%D0%BD%D0%BA%D0%BE/', true],
    ['linkedin-company:finlytics', 'https://www.linkedin.com/company/finlytics/', true],
    ['linkedin-company:finlytics', 'https://ua.linkedin.com/company/finlytics/about/', true],
    ['linkedin-company:finlytics', 'https://www.linkedin.com/company/finlytics-group/', false],
    ['linkedin-company:finlytics', 'https://www.linkedin.com/in/finlytics/', false],
    ['github:octocat', 'https://github.com/octocat', true],
    ['github:octocat', 'https://github.com/Octocat?tab=repositories', true],
    ['github:octocat', 'https://github.com/octocat-bot', false],
    ['github:octocat', 'https://github.com/octocat/hello-world', false],
    ['x:jane_doe', 'https://x.com/Jane_Doe', true],
    ['x:jane_doe', 'https://twitter.com/jane_doe/', true],
    ['x:jane_doe', 'https://mobile.x.com/jane_doe', true],
    ['x:jane_doe', 'https://x.com/jane_doe_2', false],
    ['x:jane_doe', 'http://x.com/jane_doe', false],
    ['email:jane@acme.com', 'https://acme.com/', false],
  ])('should tell %s’s pages: %s → %s', (key, href, expected) => {
    expect(marks(key, href)).toBe(expected);
  });

  it('should mark every profile of a bucket with one pattern, and no profile whose name only starts like one', () => {
    const keys = ['github:octocat', 'github:octodog', 'x:jane', 'x:john_doe'];

    expect(bucketRules(keys).map((rule) => rule.conditions.length)).toEqual([1, 1]);
    expect(['https://github.com/octocat', 'https://github.com/OctoDog', 'https://x.com/Jane', 'https://x.com/john_doe'].every((href) => marks(keys, href))).toBe(true);
    expect(['https://github.com/octo', 'https://github.com/octocats', 'https://x.com/jane_doe', 'https://x.com/john'].some((href) => marks(keys, href))).toBe(false);
  });

  it.each(['github:bad)(', 'x:not a handle', 'phone:+380441234567', 'sales-navigator:ACwAAA'])('should make no rule for %s', (key) => {
    expect(bucketRules([key])).toEqual([]);
  });
});

describe('buckets', () => {
  it.each([
    ['linkedin:olena', 'linkedin:o'],
    ['linkedin:олена', 'linkedin:о'],
    ['linkedin-company:finlytics', 'linkedin-company:f'],
    ['x:jane', 'x:j'],
    ['email:jane@acme.com', undefined],
    ['phone:+380441234567', undefined],
  ])('should put %s in bucket %s', (key, bucket) => {
    expect(bucketOf(key)).toBe(bucket);
  });

  it('should make one rule per bucket with every key’s conditions, leaving out keys that name no profile', () => {
    const rules = bucketRules(['linkedin:olena', 'linkedin:oleh', 'x:jane', 'email:jane@acme.com']);

    expect(rules.map((rule) => [rule.id, rule.conditions.length])).toEqual([
      ['known-lead:linkedin:o', 2],
      ['known-lead:x:j', 1],
    ]);
    expect(rules[1]?.conditions[0]?.urlMatches).toBe('^https://((www|mobile)\\.)?(x|twitter)\\.com/(?i:jane)/?(\\?.*)?$');
  });
});
