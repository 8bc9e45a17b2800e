import { describe, expect, it } from 'vitest';
import { createKnownLeadBadge, INCREMENTAL_LIMIT, type PageRules } from '@/lib/badge/known-lead-badge';
import type { BucketRule } from '@/lib/badge/known-page-rules';
import { openLeadsDb } from '@/lib/db/open';
import type { Lead } from '@/lib/leads/types';
import { makeLead, makePerson } from '../../fixtures/leads';

/** The browser's rule registry, in memory, and every call made to it. */
function memoryRules({ failFirst = false } = {}) {
  const registered = new Map<string, BucketRule>();
  const calls: (string[] | undefined)[] = [];
  let failNext = failFirst;
  const rules: PageRules = {
    async replace(ids, added) {
      calls.push(ids);
      if (failNext) {
        failNext = false;
        throw new Error('rules registry unavailable');
      }
      if (ids === undefined) registered.clear();
      else for (const id of ids) registered.delete(id);
      for (const rule of added) registered.set(rule.id, rule);
    },
  };
  const conditionCount = () => Object.fromEntries([...registered].map(([id, rule]) => [id, rule.conditions.length]));
  return { rules, calls, conditionCount };
}

function lead(id: string, person: Parameters<typeof makePerson>[0], at = '2026-01-05T09:00:00.000Z'): Lead {
  return makeLead({ person: makePerson(person) }, { id, at });
}

async function store(...leads: Lead[]): Promise<void> {
  const db = await openLeadsDb();
  const tx = db.transaction('leads', 'readwrite');
  await Promise.all([...leads.map((l) => tx.store.put(l)), tx.done]);
}

describe('createKnownLeadBadge', () => {
  it('should build one rule per bucket of the stored profile keys', async () => {
    await store(
      lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/', githubUrl: 'https://github.com/olena' }),
      lead('b', { linkedinUrl: 'https://ua.linkedin.com/in/oleh/' }),
      lead('c', { fullName: 'Email only', emails: ['taras@acme.com'] }),
    );
    const { rules, conditionCount } = memoryRules();

    await createKnownLeadBadge(openLeadsDb(), rules).rebuild();

    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 2, 'known-lead:github:o': 1 });
  });

  it('should know only the most recently updated leads', async () => {
    await store(
      lead('old', { linkedinUrl: 'https://www.linkedin.com/in/anna/' }, '2026-01-01T09:00:00.000Z'),
      lead('new', { linkedinUrl: 'https://www.linkedin.com/in/bohdan/' }, '2026-03-01T09:00:00.000Z'),
      lead('mid', { linkedinUrl: 'https://www.linkedin.com/in/chrystia/' }, '2026-02-01T09:00:00.000Z'),
    );
    const { rules, conditionCount } = memoryRules();

    await createKnownLeadBadge(openLeadsDb(), rules, 2).rebuild();

    expect(conditionCount()).toEqual({ 'known-lead:linkedin:b': 1, 'known-lead:linkedin:c': 1 });
  });

  it('should drop a deleted lead’s rules at the next rebuild', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }), lead('b', { githubUrl: 'https://github.com/taras' }));
    const { rules, conditionCount } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);
    await badge.rebuild();

    await (await openLeadsDb()).delete('leads', 'b');
    await badge.rebuild();

    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 1 });
  });

  it('should carry on after a failed rebuild', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }));
    const { rules, conditionCount } = memoryRules({ failFirst: true });
    const badge = createKnownLeadBadge(openLeadsDb(), rules);

    await badge.rebuild();
    await badge.rebuild();

    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 1 });
  });

  it('should gather the changes made while a rebuild runs into one next rebuild', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }));
    const { rules, calls } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);

    await Promise.all([badge.rebuild(), badge.rebuild(), badge.rebuild(), badge.rebuild()]);

    expect(calls).toHaveLength(2);
  });

  it('should replace only the buckets of the leads that changed, reading nothing else', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }), lead('b', { githubUrl: 'https://github.com/taras' }));
    const { rules, calls, conditionCount } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);
    await badge.rebuild();

    await store(lead('c', { linkedinUrl: 'https://www.linkedin.com/in/oksana/' }));
    await badge.leadsChanged(['c']);
    expect(calls.at(-1)).toEqual(['known-lead:linkedin:o']);
    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 2, 'known-lead:github:t': 1 });

    await (await openLeadsDb()).delete('leads', 'b');
    await badge.leadsChanged(['b']);
    expect(calls.at(-1)).toEqual(['known-lead:github:t']);
    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 2 });
  });

  it('should move a lead whose profile changed out of its old bucket', async () => {
    await store(lead('a', { githubUrl: 'https://github.com/taras' }));
    const { rules, conditionCount } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);
    await badge.rebuild();

    await store(lead('a', { githubUrl: 'https://github.com/melnyk' }));
    await badge.leadsChanged(['a']);

    expect(conditionCount()).toEqual({ 'known-lead:github:m': 1 });
  });

  it('should rebuild from the newest leads when many changed at once, or before it knows the rules', async () => {
    const many = Array.from({ length: INCREMENTAL_LIMIT + 1 }, (_, index) => lead(`l${index}`, { githubUrl: `https://github.com/user${index}` }));
    await store(...many);
    const { rules, calls } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);

    await badge.leadsChanged(['l0']);
    await badge.leadsChanged(many.map((l) => l.id));

    expect(calls).toEqual([undefined, undefined]);
  });
});
