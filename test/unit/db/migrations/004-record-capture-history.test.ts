import { describe, expect, it } from 'vitest';
import { openLeadsDb } from '@/lib/db/open';
import { seedDatabaseAt } from '../../../fixtures/db-versions';
import { makeStoredLead, storedByV3, storedByV4 } from '../../../fixtures/leads';

/** The keys v5 gives Jane Doe of acme.com, so that migration 005 leaves them as they are. */
const identityKeys = ['email:jane@acme.com', 'name:jane doe@acme.com'];
const LINKEDIN = { channel: 'LinkedIn', direction: 'outbound' } as const;
const REFERRAL = { channel: 'Referral', direction: 'inbound' } as const;

const TWO_CAPTURES = storedByV3(
  makeStoredLead({
    id: 'two-captures',
    identityKeys,
    sources: [
      { url: 'https://www.linkedin.com/in/jane-doe/', kind: 'linkedin-person', capturedAt: '2025-03-01T09:00:00.000Z' },
      { url: 'https://acme.com/team', kind: 'company-site', capturedAt: '2025-03-12T10:30:00.000Z' },
    ],
    channels: [LINKEDIN],
  }),
);
const TWO_CHANNELS = storedByV3(makeStoredLead({ id: 'two-channels', identityKeys, channels: [LINKEDIN, REFERRAL] }));
const TYPED_IN = storedByV3(makeStoredLead({ id: 'typed-in', identityKeys, sources: [], channels: [REFERRAL] }));

describe('migration 004: record capture history', () => {
  it('should give every lead one touch per source, with its only channel, and change nothing else', async () => {
    await seedDatabaseAt(3, [TWO_CAPTURES, TWO_CHANNELS, TYPED_IN]);

    const db = await openLeadsDb();
    // Later steps only add fields (005: near keys).
    const actual = (await db.getAll('leads')).map(storedByV4);

    expect(actual).toEqual([
      {
        ...TWO_CAPTURES,
        history: [
          { at: '2025-03-01T09:00:00.000Z', url: 'https://www.linkedin.com/in/jane-doe/', kind: 'linkedin-person', channel: LINKEDIN },
          { at: '2025-03-12T10:30:00.000Z', url: 'https://acme.com/team', kind: 'company-site', channel: LINKEDIN },
        ],
      },
      // Two channels: which capture came through which is not known, so no touch claims one.
      {
        ...TWO_CHANNELS,
        history: [{ at: '2025-03-12T10:30:00.000Z', url: 'https://www.linkedin.com/in/jane-doe/', kind: 'linkedin-person' }],
      },
      // Typed in without a page: one touch when it was created.
      { ...TYPED_IN, history: [{ at: TYPED_IN.createdAt, kind: 'none', channel: REFERRAL }] },
    ]);
    db.close();
  });
});
