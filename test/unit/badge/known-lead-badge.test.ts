import { describe, expect, it } from 'vitest';
import { createKnownLeadBadge, type PageRules } from '@/lib/badge/known-lead-badge';
import type { BucketRule } from '@/lib/badge/known-page-rules';
import { openLeadsDb } from '@/lib/db/open';
import type { Lead } from '@/lib/leads/types';
import { makeLead, makePerson } from '../../fixtures/leads';

/** The browser's rule registry, in memory. */
function memoryRules() {
  const registered = new Map<string, BucketRule>();
  const rules: PageRules = {
    async replace(ids, added) {
      if (ids === undefined) registered.clear();
      else for (const id of ids) registered.delete(id);
      for (const rule of added) registered.set(rule.id, rule);
    },
  };
  const conditionCount = () => Object.fromEntries([...registered].map(([id, rule]) => [id, rule.conditions.length]));
  return { rules, registered, conditionCount };
}

function lead(id: string, person: Parameters<typeof makePerson>[0]): Lead {
  return makeLead({ person: makePerson(person) }, { id });
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

  it('should refresh only the buckets of a saved lead', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }));
    const { rules, registered, conditionCount } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);
    await badge.rebuild();
    const untouched = { id: 'known-lead:x:z', conditions: [] };
    registered.set(untouched.id, untouched);

    await store(lead('b', { linkedinUrl: 'https://www.linkedin.com/in/oleh/', twitterUrl: 'https://x.com/Oleh' }));
    await badge.leadsChanged(['b']);

    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 2, 'known-lead:x:o': 1, 'known-lead:x:z': 0 });
  });

  it('should drop a deleted lead’s rules by rebuilding them all', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }), lead('b', { githubUrl: 'https://github.com/taras' }));
    const { rules, conditionCount } = memoryRules();
    const badge = createKnownLeadBadge(openLeadsDb(), rules);
    await badge.rebuild();

    await (await openLeadsDb()).delete('leads', 'b');
    await badge.leadsChanged(['b']);

    expect(conditionCount()).toEqual({ 'known-lead:linkedin:o': 1 });
  });

  it('should carry on after a failed update', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }));
    const memory = memoryRules();
    let failNext = true;
    const rules: PageRules = {
      async replace(ids, added) {
        if (failNext) {
          failNext = false;
          throw new Error('rules registry unavailable');
        }
        await memory.rules.replace(ids, added);
      },
    };
    const badge = createKnownLeadBadge(openLeadsDb(), rules);

    await badge.rebuild();
    await badge.leadsChanged(['a']);

    expect(memory.conditionCount()).toEqual({ 'known-lead:linkedin:o': 1 });
  });

  it('should gather the saves made while an update runs into one next update', async () => {
    await store(lead('a', { linkedinUrl: 'https://www.linkedin.com/in/olena/' }), lead('b', { githubUrl: 'https://github.com/taras' }));
    const memory = memoryRules();
    const calls: (string[] | undefined)[] = [];
    const rules: PageRules = {
      async replace(ids, added) {
        calls.push(ids);
        await memory.rules.replace(ids, added);
      },
    };
    const badge = createKnownLeadBadge(openLeadsDb(), rules);

    await Promise.all([badge.rebuild(), badge.leadsChanged(['a']), badge.leadsChanged(['b'])]);

    expect(calls).toEqual([undefined, ['known-lead:linkedin:o', 'known-lead:github:t']]);
    expect(memory.conditionCount()).toEqual({ 'known-lead:linkedin:o': 1, 'known-lead:github:t': 1 });
  });
});
