import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_FULL } from '@/lib/db/storage-errors';
import type { Lead } from '@/lib/leads/types';
import type { SaveResult } from '@/lib/messaging/protocol';
import { fixturePage, launchExtension, type ExtensionSession, type ProfileDisk } from './harness';
import { leadInput, sendFrom } from './requests';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
/** A fresh profile takes about 3.5 MB of it; what is left is filled by the test. */
const PROFILE_DISK_MB = 16;

const byId = (a: Lead, b: Lead) => a.id.localeCompare(b.id);

describe('a full disk in a real browser', () => {
  let session: ExtensionSession & { profileDisk: ProfileDisk };

  beforeEach(async () => {
    session = await launchExtension({ profileDiskMb: PROFILE_DISK_MB });
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
  });

  afterEach(async () => {
    await session.close();
  });

  it('should say that storage is full, lose no stored lead, and save again once space is freed', async () => {
    const dashboard = await session.openExtensionPage('leads.html');
    for (const n of [1, 2, 3]) {
      const saved = await sendFrom<SaveResult>(dashboard, 'saveLead', { lead: leadInput({ fullName: `Person ${n}`, emails: [`person${n}@acme.com`], notes: `Lead ${n}` }) });
      expect(saved.ok).toBe(true);
    }
    const storedBefore = (await session.storedLeads()).toSorted(byId);
    const { popup } = await session.popupFor(LINKEDIN_URL);
    await popup.ready();
    await popup.field('Notes').fill('Met at Kyiv Fintech Week');

    session.profileDisk.fill(0);
    await popup.save();

    await expect.poll(() => popup.status().first().textContent()).toMatch(new RegExp(`^${STORAGE_FULL}`));
    // The browser closed the database after the failed write, and cannot open it while the disk is full.
    const retried = await sendFrom<SaveResult>(dashboard, 'saveLead', { lead: leadInput({ fullName: 'Person 4', emails: ['person4@acme.com'] }) });
    expect(retried).toMatchObject({ ok: false, reason: 'storage-full' });

    session.profileDisk.free();
    expect((await session.storedLeads()).toSorted(byId)).toEqual(storedBefore);
    await popup.save();
    expect(await popup.savedOutcome()).toBe('New lead saved');
    const storedAfter = await session.storedLeads();
    expect(storedAfter).toHaveLength(4);
    expect(storedAfter.find((lead) => lead.person.fullName === 'Olena Kovalenko')).toMatchObject({ notes: 'Met at Kyiv Fintech Week' });
  });
});
