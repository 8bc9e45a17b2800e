import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read';
import { linkedInLayer } from '@/lib/extract/sites/linkedin';
import { loadFixture, pageAt } from './pages';

const PROFILE_URL = 'https://www.linkedin.com/in/jane-doe-1a2b3c/';

interface CardOptions {
  name?: string;
  slug?: string;
  currentCompanyButton?: string;
}

/** The logged-in top card, as LinkedIn renders it (hashed classes left out). */
function topCard({ name = 'Jane Doe', slug = 'jane-doe-1a2b3c', currentCompanyButton }: CardOptions = {}): string {
  const button = currentCompanyButton
    ? `<button aria-label="Current company: ${currentCompanyButton}. Click to skip to experience card">${currentCompanyButton}</button>`
    : '';
  return `
    <section class="artdeco-card" data-member-id="1">
      <a href="/in/${slug}/overlay/about-this-profile/"><h1 class="text-heading-xlarge inline t-24">${name}</h1></a>
      <div class="text-body-medium break-words">Growth at scale | ex-Big Co</div>
      ${button}
      <span class="text-body-small inline t-black--light break-words">Kyiv, Ukraine</span>
      <a href="/in/${slug}/overlay/contact-info/">Contact info</a>
    </section>`;
}

function hidden(text: string): string {
  return `<span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span>`;
}

interface Role {
  title: string;
  dates?: string;
}

/** A lone position: bold title, then "Company · Employment type", then the dates. */
function position({ title, dates }: Role, subtitle: string): string {
  const caption = dates ? `<span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${dates}</span></span>` : '';
  return `
    <div data-view-name="profile-component-entity">
      <a data-field="experience_company_logo" href="https://www.linkedin.com/company/acme-co/"><img alt="Acme logo"></a>
      <div class="t-bold">${hidden(title)}</div>
      <span class="t-14 t-normal">${hidden(subtitle)}</span>
      ${caption}
    </div>`;
}

/** Several positions at one company: the company in bold, the positions nested below. */
function companyGroup(company: string, roles: Role[]): string {
  const nested = roles
    .map((role) => `<li><div data-view-name="profile-component-entity"><div class="t-bold">${hidden(role.title)}</div>
      <span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${role.dates}</span></span></div></li>`)
    .join('');
  return `
    <div data-view-name="profile-component-entity">
      <a data-field="experience_company_logo" href="https://www.linkedin.com/company/1353/"><img alt="${company} logo"></a>
      <div class="t-bold">${hidden(company)}</div>
      <span class="t-14 t-normal">${hidden('Full-time · 6 yrs')}</span>
      <div class="pvs-entity__sub-components"><ul>${nested}</ul></div>
    </div>`;
}

function experience(...entries: string[]): string {
  return `<section><div id="experience"></div><h2>${hidden('Experience')}</h2><ul>${entries.map((entry) => `<li>${entry}</li>`).join('')}</ul></section>`;
}

function readProfile(body: string, url = PROFILE_URL) {
  return linkedInLayer.extract(pageAt(url, `<html><body><main>${body}</main></body></html>`)).subject;
}

describe('linkedInLayer', () => {
  it('should read the logged-in profile fixture from its top card and current position', () => {
    const page = readPage(loadFixture('linkedin-profile.html'), 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/');

    expect(linkedInLayer.extract(page).subject).toEqual({
      person: {
        fullName: 'Olena Kovalenko',
        title: 'Chief Technology Officer',
        headline: 'Helping fintechs scale | ex-Monobank',
        location: 'Kyiv, Ukraine',
        linkedinUrl: 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/',
        avatarUrl:
          'https://media.licdn.com/dms/image/v2/D4D03AQFolena01/profile-displayphoto-shrink_400_400/0/1716000000000?e=1735776000&v=beta&t=k7Q',
      },
      company: { name: 'Finlytics.io', linkedinUrl: 'https://www.linkedin.com/company/finlytics-io/' },
    });
  });

  it("should read the public profile fixture's top card", () => {
    const page = readPage(loadFixture('linkedin-profile-public.html'), 'https://ua.linkedin.com/in/andriy-melnyk-9a8b7c?trk=public_profile');

    expect(linkedInLayer.extract(page).subject?.person).toMatchObject({
      fullName: 'Andriy Melnyk',
      headline: 'B2B SaaS sales | Building partner channels across CEE',
      location: 'Lviv, Lviv Oblast, Ukraine',
      linkedinUrl: 'https://www.linkedin.com/in/andriy-melnyk-9a8b7c/',
    });
  });

  it.each([
    ['a dotted company name', position({ title: 'Co-Founder', dates: 'Feb 2022 - Present · 2 yrs' }, 'Recruitjob.se · Full-time'), 'Co-Founder', 'Recruitjob.se'],
    ['a company grouping several positions', companyGroup('Tata Consultancy Services', [
      { title: 'Technical Architect', dates: 'Feb 2019 - Present · 5 yrs' },
      { title: 'Associate Consultant', dates: 'Aug 2015 - Jan 2019 · 3 yrs' },
    ]), 'Technical Architect', 'Tata Consultancy Services'],
    ['a past position listed first', `${position({ title: 'Intern', dates: 'Jan 2015 - Jun 2015 · 6 mos' }, 'Old Co · Internship')}${position({ title: 'CEO', dates: 'Jan 2020 - Present' }, 'New Co')}`, 'CEO', 'New Co'],
    ['positions without dates', `${position({ title: 'CEO' }, 'New Co')}${position({ title: 'CTO' }, 'Old Co')}`, 'CEO', 'New Co'],
    ['a Ukrainian interface', position({ title: 'Директорка', dates: 'січ. 2021 – теперішній час · 3 р.' }, 'Рога і Копита · Повна зайнятість'), 'Директорка', 'Рога і Копита'],
    ['a Russian interface', position({ title: 'Директор', dates: 'янв. 2021 г. – настоящее время' }, 'Рога и Копыта · Полная занятость'), 'Директор', 'Рога и Копыта'],
  ])('should take the current title and company with %s', (_case, entries, title, company) => {
    const subject = readProfile(topCard() + experience(entries));

    expect([subject?.person.title, subject?.company.name]).toEqual([title, company]);
  });

  it('should take no title from the headline when every position has ended', () => {
    const subject = readProfile(topCard() + experience(position({ title: 'CTO', dates: 'Jan 2015 - Jun 2019 · 4 yrs' }, 'Old Co')));

    expect(subject?.person).toMatchObject({ fullName: 'Jane Doe', headline: 'Growth at scale | ex-Big Co' });
    expect(subject?.person.title).toBeUndefined();
    expect(subject?.company).toEqual({});
  });

  it('should not take an employment type for the company', () => {
    const subject = readProfile(topCard() + experience(position({ title: 'Consultant', dates: 'Jan 2020 - Present' }, 'Self-employed')));

    expect(subject?.company.name).toBeUndefined();
  });

  it("should take the company from the top card while the Experience card has not loaded", () => {
    const subject = readProfile(topCard({ currentCompanyButton: 'Recruitjob.se' }));

    expect(subject?.company).toEqual({ name: 'Recruitjob.se' });
    expect(subject?.person.title).toBeUndefined();
  });

  it("should read nothing while the previous profile's card is still on screen", () => {
    expect(readProfile(topCard({ name: 'John Roe', slug: 'john-roe' }))).toBeUndefined();
  });

  it.each([
    ['a page that is no person profile', topCard(), 'https://www.linkedin.com/feed/'],
    ['a profile page without its top card', '<h1>Jane Doe</h1>', PROFILE_URL],
    ['a top card without a name', topCard({ name: ' ' }), PROFILE_URL],
    ['a site that is not LinkedIn', topCard(), 'https://acme.example/in/jane-doe-1a2b3c/'],
  ])('should read nothing on %s', (_case, body, url) => {
    expect(readProfile(body, url)).toBeUndefined();
  });
});

describe('a profile whose top card has lost its data-member-id', () => {
  it("should take the section of the page's main heading for the top card", () => {
    const html = `<main>${topCard().replace(' data-member-id="1"', '')}</main>`;

    const subject = linkedInLayer.extract(pageAt(PROFILE_URL, html)).subject;

    expect([subject?.person.fullName, subject?.person.headline, subject?.person.location]).toEqual(['Jane Doe', 'Growth at scale | ex-Big Co', 'Kyiv, Ukraine']);
  });
});
