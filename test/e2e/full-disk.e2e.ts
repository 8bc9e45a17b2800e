import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_FULL } from '@/lib/db/storage-errors';
import type { Lead } from '@/lib/leads/types';
import type { SaveResult } from '@/lib/messaging/protocol';
import { fixturePage, launchExtension, type ExtensionSession, type ProfileDisk } from './harness';
import { DashboardPage } from './pages/dashboard';
import { leadInput, sendFrom, storedLead } from './requests';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
/** A fresh profile takes about 3.5 MB of it; the test fills the rest. */
const PROFILE_DISK_MB = 16;

const byId = (a: Lead, b: Lead) => a.id.localeCompare(b.id);

/** Three leads saved through the message path, as the background stored them. */
async function saveThreeLeads(session: ExtensionSession, page: Page): Promise<Lead[]> {
  for (const n of [1, 2, 3]) {
    const saved = await sendFrom<SaveResult>(page, 'saveLead', { lead: leadInput({ fullName: `Person ${n}`, emails: [`person${n}@acme.com`], notes: `Lead ${n}` }) });
    expect(saved.ok).toBe(true);
  }
  return (await session.storedLeads()).toSorted(byId);
}

describe('a full disk in a real browser', () => {
  let session: ExtensionSession & { profileDisk: ProfileDisk };
  let tmp: string;

  beforeEach(async () => {
    session = await launchExtension({ profileDiskMb: PROFILE_DISK_MB });
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
    tmp = mkdtempSync(path.join(tmpdir(), 'leadscout-backup-'));
  });

  afterEach(async () => {
    await session.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('should say that storage is full, lose no stored lead, and save again once space is freed', async () => {
    const dashboard = await session.openExtensionPage('leads.html');
    const storedBefore = await saveThreeLeads(session, dashboard);
    const { popup } = await session.popupFor(LINKEDIN_URL);
    await popup.ready();
    await popup.field('Notes').fill('Met at Kyiv Fintech Week');

    session.profileDisk.fill(0);
    await popup.save();

    await popup.status().filter({ hasText: STORAGE_FULL }).waitFor();
    // The browser closed the database after the failed write, and cannot open it while the disk is full.
    const retried = await sendFrom<SaveResult>(dashboard, 'saveLead', { lead: leadInput({ fullName: 'Person 4', emails: ['person4@acme.com'] }) });
    expect(retried).toMatchObject({ ok: false, reason: 'storage-full' });
    await dashboard.reload();
    await dashboard.getByText(`Could not load the leads: ${STORAGE_FULL}`, { exact: true }).waitFor();

    session.profileDisk.free();
    expect((await session.storedLeads()).toSorted(byId)).toEqual(storedBefore);
    await dashboard.reload();
    await expect.poll(() => new DashboardPage(dashboard).rows().count()).toBe(storedBefore.length);
    await popup.save();
    expect(await popup.savedOutcome()).toBe('New lead saved');
    const storedAfter = await session.storedLeads();
    expect(storedAfter).toHaveLength(4);
    expect(storedAfter.find((lead) => lead.person.fullName === 'Olena Kovalenko')).toMatchObject({ notes: 'Met at Kyiv Fintech Week' });
  });

  it('should stop a restore on a full disk with a clear message, and finish it once space is freed', async () => {
    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    const storedBefore = await saveThreeLeads(session, dashboard.page);
    const empty = JSON.parse(readFileSync(await dashboard.backUp(tmp), 'utf8')) as Record<string, unknown>;
    const file = path.join(tmp, 'backup.json');
    const backedUp = Array.from({ length: 600 }, (_, n) => storedLead(n));
    writeFileSync(file, JSON.stringify({ ...empty, leads: backedUp }));

    session.profileDisk.fill(0);
    await dashboard.restore(file);

    const stopped = dashboard.status(STORAGE_FULL);
    await stopped.waitFor();
    expect(await stopped.textContent()).toMatch(/Free up disk space, then press Restore again\.$/);
    session.profileDisk.free();
    expect((await session.storedLeads()).toSorted(byId)).toEqual(storedBefore);
    await dashboard.restore(file);
    await dashboard.status(/^Restored 600 leads \(600 new, 0 merged\) and the settings$/).waitFor();
    const storedAfter = await session.storedLeads();
    expect(storedAfter).toHaveLength(603);
    expect(storedAfter.filter((lead) => storedBefore.some((before) => before.id === lead.id)).toSorted(byId)).toEqual(storedBefore);
  });
});
