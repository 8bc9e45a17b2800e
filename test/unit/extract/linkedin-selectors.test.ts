import { describe, expect, it } from 'vitest';
import { linkedInSelectors } from '@/lib/extract/sites/linkedin.selectors';
import { loadFixture } from './pages';

const rows = Object.entries(linkedInSelectors).flatMap(([name, { selector, expectations }]) =>
  expectations.map(([count, fixture]) => ({ name, selector, count, times: `${count}×`, fixture })),
);

describe('linkedInSelectors', () => {
  it.each(rows)('should find $name $times in $fixture', ({ selector, count, fixture }) => {
    expect(loadFixture(fixture).querySelectorAll(selector).length).toBe(count);
  });
});
