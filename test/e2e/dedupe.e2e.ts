import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '@/lib/leads/types';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';

/** One LinkedIn profile as reps reach it: the canonical URL, a country subdomain with tracking, the contact overlay. */
const PROFILE_VARIANTS = [
  'https://www.linkedin.com/in/olena-kovalenko-4b2a19/',
  'https://ua.linkedin.com/in/olena-kovalenko-4b2a19/?trk=people-guest_people_search-card',
  'https://www.linkedin.com/in/Olena-Kovalenko-4b2a19/overlay/contact-info/',
];

/** Ірина Бондар of Cargotrack, on her LinkedIn profile in Ukrainian. */
const UKRAINIAN_PROFILE_URL = 'https://www.linkedin.com/in/iryna-bondar-7c3d21/';

/** Cargotrack's own team pages, naming her in Latin letters, once the Ukrainian way and once the Russian way. */
function teamPage(name: string): string {
  const person = { '@context': 'https://schema.org', '@type': 'Person', name, jobTitle: 'Head of Logistics', worksFor: { '@type': 'Organization', name: 'Cargotrack', url: 'https://cargotrack.com.ua' } };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our team — Cargotrack</title>
<script type="application/ld+json">${JSON.stringify(person)}</script></head>
<body><h1>${name}</h1><p>Head of Logistics, Cargotrack</p></body></html>`;
}
const TEAM_PAGE_URL = 'https://cargotrack.com.ua/en/team/';
const RUSSIAN_TEAM_PAGE_URL = 'https://cargotrack.com.ua/ru/team/';

/** A company's contact page in two languages, with nobody on it: only the sales mailbox. */
function contactPage(heading: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading} — Northwind Freight</title>
<meta property="og:site_name" content="Northwind Freight"></head>
<body><h1>${heading}</h1><p>Write to <a href="mailto:sales@northwind-freight.example">sales@northwind-freight.example</a>.</p></body></html>`;
}
const CONTACT_PAGE_URLS = ['https://northwind-freight.example/contact/', 'https://northwind-freight.example/uk/kontakty/'];

function bondars(leads: Lead[]): Lead[] {
  return leads.filter((lead) => /Bondar|Бондар/.test(lead.person.fullName ?? ''));
}

describe('one record per person, in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    for (const url of PROFILE_VARIANTS) session.serve(url, fixturePage('linkedin-profile.html'));
    session.serve(UKRAINIAN_PROFILE_URL, fixturePage('linkedin-profile-uk.html'));
    session.serve(TEAM_PAGE_URL, teamPage('Iryna Bondar'));
    session.serve(RUSSIAN_TEAM_PAGE_URL, teamPage('Irina Bondar'));
    session.serve(CONTACT_PAGE_URLS[0], contactPage('Contact us'));
    session.serve(CONTACT_PAGE_URLS[1], contactPage('Контакти'));
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Capture and save each page in turn, as the rep does; from the second on, the popup must know the lead. */
  async function captureOneAfterAnother(urls: readonly string[]): Promise<string[]> {
    const outcomes: string[] = [];
    for (const [index, url] of urls.entries()) {
      const { popup, page } = await session.popupFor(url);
      await popup.ready();
      if (index > 0) await popup.alreadyCaptured().waitFor();
      await popup.save();
      outcomes.push(await popup.savedOutcome());
      await popup.page.close();
      await page.close();
    }
    return outcomes;
  }

  it('should keep three URL variants of one LinkedIn profile, captured through the popup, as one lead', async () => {
    const outcomes = await captureOneAfterAnother(PROFILE_VARIANTS);

    const leads = await session.storedLeads();
    expect(outcomes).toEqual(['New lead saved', 'Merged into the existing lead', 'Merged into the existing lead']);
    expect(leads).toHaveLength(1);
    expect(leads[0].person.linkedinUrl).toBe(PROFILE_VARIANTS[0]);
    expect(leads[0].history).toHaveLength(3);
  });

  it('should offer a Cyrillic and a Latin spelling of one name at one company as a possible duplicate, keep them apart, and merge another spelling in the dashboard', async () => {
    const ukrainian = await session.popupFor(UKRAINIAN_PROFILE_URL);
    await ukrainian.popup.ready();
    await ukrainian.popup.save();
    expect(await ukrainian.popup.savedOutcome()).toBe('New lead saved');

    const latin = await session.popupFor(TEAM_PAGE_URL);
    await latin.popup.ready();
    await latin.popup.possibleDuplicate().waitFor();
    expect(await latin.popup.possibleDuplicate().textContent()).toContain('Ірина Бондар');
    await latin.popup.keepSeparate();
    await latin.popup.save();
    expect(await latin.popup.savedOutcome()).toBe('New lead saved');

    const apart = bondars(await session.storedLeads());
    expect(apart.map((lead) => lead.person.fullName).toSorted()).toEqual(['Iryna Bondar', 'Ірина Бондар']);
    expect(apart.map((lead) => lead.keptApartFrom)).toEqual([[apart[1].id], [apart[0].id]]);

    // Saved without a decision: the dashboard offers the merge.
    const russian = await session.popupFor(RUSSIAN_TEAM_PAGE_URL);
    await russian.popup.ready();
    await russian.popup.possibleDuplicate().waitFor();
    await russian.popup.save();
    expect(await russian.popup.savedOutcome()).toBe('New lead saved');
    expect(bondars(await session.storedLeads())).toHaveLength(3);

    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    // Both other spellings may be her: the row offers each, and the rep merges the Ukrainian one.
    await dashboard.possibleDuplicate('Irina Bondar', 'Ірина Бондар').waitFor();
    await dashboard.possibleDuplicate('Irina Bondar', 'Iryna Bondar').waitFor();
    await dashboard.mergeDuplicate('Irina Bondar', 'Ірина Бондар');
    // The merged lead carries Ірина's Keep separate from Iryna: no possible duplicate is left.
    await expect.poll(() => dashboard.possibleDuplicate('Irina Bondar').count()).toBe(0);

    const merged = bondars(await session.storedLeads());
    expect(merged).toHaveLength(2);
    const survivor = merged.find((lead) => lead.history.length === 2);
    expect(survivor?.person.fullName).toBe('Irina Bondar');
    expect(await dashboard.rows().count()).toBe(3);
  });

  it('should keep a company captured from two of its contact pages, with nobody on them, as one company lead', async () => {
    const outcomes = await captureOneAfterAnother(CONTACT_PAGE_URLS);

    const companyLeads = (await session.storedLeads()).filter((lead) => lead.company.name === 'Northwind Freight');
    expect(outcomes).toEqual(['New lead saved', 'Merged into the existing lead']);
    expect(companyLeads).toHaveLength(1);
    expect(companyLeads[0].identityKeys).toEqual(['company:northwind-freight.example']);
  });
});
