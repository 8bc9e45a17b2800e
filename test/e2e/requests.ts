import type { Page } from 'playwright-core';
import type { Lead, LeadInput } from '@/lib/leads/types';

const UNKNOWN = { status: 'unknown' } as const;
const NO_BANT = { budget: UNKNOWN, authority: UNKNOWN, need: UNKNOWN, timing: UNKNOWN };

/** What the popup sends on Save (the fixtures' builders pull in WXT's runtime, which Node has not). */
export function leadInput(fields: { fullName?: string; emails: string[]; linkedinUrl?: string; url?: string; channel?: string; notes?: string }): LeadInput {
  return {
    person: { fullName: fields.fullName ?? 'Olena Kovalenko', emails: fields.emails, phones: [], ...(fields.linkedinUrl ? { linkedinUrl: fields.linkedinUrl } : {}) },
    company: { name: 'Finlytics' },
    source: { url: fields.url ?? '', kind: 'linkedin-person' },
    ...(fields.channel ? { channel: { channel: fields.channel, direction: 'outbound' as const } } : {}),
    bant: NO_BANT,
    stage: 'contact-us',
    notes: fields.notes ?? '',
  };
}

/** Lead `n` as a backup holds it: a stored record, a second apart from the next. */
export function storedLead(n: number): Lead {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  return {
    id: `restored-${String(n).padStart(5, '0')}`,
    createdAt: at,
    updatedAt: at,
    person: { fullName: `Restored ${n}`, emails: [`restored${n}@example.com`], phones: [] },
    company: { name: 'Acme' },
    sources: [],
    channels: [{ channel: 'LinkedIn', direction: 'outbound' }],
    bant: NO_BANT,
    temperature: 'cold',
    stage: 'contact-us',
    icp: { score: 0, grade: 'D' },
    notes: '',
    history: [],
    identityKeys: [`email:restored${n}@example.com`],
    nearKeys: [],
    searchText: `restored ${n}`,
  };
}

/** A request through the real message path, from an extension page. */
export function sendFrom<T>(page: Page, name: string, data: unknown): Promise<T> {
  return page.evaluate(([requestName, requestData]) => chrome.runtime.sendMessage({ kind: 'request', name: requestName, data: requestData }), [
    name,
    data,
  ] as const) as Promise<T>;
}
