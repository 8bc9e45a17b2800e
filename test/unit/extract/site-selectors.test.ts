import { describe, expect, it } from 'vitest';
import { crunchbaseSelectors } from '@/lib/extract/sites/crunchbase.selectors';
import { githubSelectors } from '@/lib/extract/sites/github.selectors';
import { linkedInSelectors, type PinnedSelector } from '@/lib/extract/sites/linkedin.selectors';
import { xSelectors } from '@/lib/extract/sites/x.selectors';
import { loadFixture } from './pages';

const SITE_SELECTORS: Record<string, Record<string, PinnedSelector>> = {
  linkedin: linkedInSelectors,
  github: githubSelectors,
  x: xSelectors,
  crunchbase: crunchbaseSelectors,
};

const rows = Object.entries(SITE_SELECTORS).flatMap(([site, selectors]) =>
  Object.entries(selectors).flatMap(([name, { selector, expectations }]) =>
    expectations.map(([count, fixture]) => ({ site, name, selector, count, times: `${count}×`, fixture })),
  ),
);

describe('site selectors', () => {
  it.each(rows)('should find $site $name $times in $fixture', ({ selector, count, fixture }) => {
    expect(loadFixture(fixture).querySelectorAll(selector).length).toBe(count);
  });
});
