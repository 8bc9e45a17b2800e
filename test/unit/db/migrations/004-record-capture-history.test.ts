import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { indexReminderDueDates } from '@/lib/db/migrations/002-index-reminder-due-dates';
import { addPrivacyAndImportStores } from '@/lib/db/migrations/003-add-privacy-and-import-stores';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_NAME, type LeadsDBV3, type LeadV3 } from '@/lib/db/schema';
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

/** A database exactly as the v3 build left it. */
async function seedVersion3(leads: LeadV3[]): Promise<void> {
  const db = await openDB<LeadsDBV3>(LEADS_DB_NAME, 3, {
    upgrade(upgrading, _old, _new, transaction) {
      createLeadsStore(upgrading as never);
      indexReminderDueDates(transaction as never);
      addPrivacyAndImportStores(upgrading, transaction);
    },
  });
  await Promise.all(leads.map((lead) => db.put('leads', lead)));
  db.close();
}

describe('migration 004: record capture history', () => {
  it('should give every lead one touch per source, with its only channel, and change nothing else', async () => {
    await seedVersion3([TWO_CAPTURES, TWO_CHANNELS, TYPED_IN]);

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
