import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';
import { loadFixture } from './pages';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
const PUBLIC_URL = 'https://ua.linkedin.com/in/andriy-melnyk-9a8b7c?trk=public_profile';
const COMPANY_URL = 'https://www.brightforge.com.ua/contacts';
const ARTICLE_URL = 'https://www.kyivledger.com/2024/07/08/fintech-funding-q2/';

const EXPECTED_DRAFTS: Array<[fixture: string, url: string, expected: ProspectDraft]> = [
  [
    'linkedin-profile.html',
    LINKEDIN_URL,
    {
      person: {
        fullName: 'Olena Kovalenko',
        firstName: 'Olena',
        lastName: 'Kovalenko',
        title: 'Chief Technology Officer',
        headline: 'Helping fintechs scale | ex-Monobank',
        location: 'Kyiv, Ukraine',
        emails: [],
        phones: [],
        linkedinUrl: LINKEDIN_URL,
        avatarUrl:
          'https://media.licdn.com/dms/image/v2/D4D03AQFolena01/profile-displayphoto-shrink_400_400/0/1716000000000?e=1735776000&v=beta&t=k7Q',
      },
      company: { name: 'Finlytics.io', linkedinUrl: 'https://www.linkedin.com/company/finlytics-io/' },
      source: { url: LINKEDIN_URL, kind: 'linkedin-person', extractors: ['dom:linkedin'] },
    },
  ],
  [
    'linkedin-profile-public.html',
    PUBLIC_URL,
    {
      person: {
        fullName: 'Andriy Melnyk',
        firstName: 'Andriy',
        lastName: 'Melnyk',
        title: 'Head of Sales',
        headline: 'B2B SaaS sales | Building partner channels across CEE',
        location: 'Lviv, Ukraine',
        emails: [],
        phones: [],
        linkedinUrl: 'https://www.linkedin.com/in/andriy-melnyk-9a8b7c/',
        avatarUrl:
          'https://media.licdn.com/dms/image/v2/D4D03AQandriy01/profile-displayphoto-shrink_200_200/0/1710000000000?e=2147483647&v=beta&t=a2',
      },
      company: { name: 'Lvivware', linkedinUrl: 'https://www.linkedin.com/company/lvivware/' },
      source: { url: PUBLIC_URL, kind: 'linkedin-person', extractors: ['json-ld', 'dom:linkedin', 'meta'] },
    },
  ],
  [
    'company-contact.html',
    COMPANY_URL,
    {
      person: { emails: ['sales@brightforge.com.ua'], phones: ['+380441234567'] },
      company: {
        name: 'BrightForge',
        domain: 'brightforge.com.ua',
        website: 'https://www.brightforge.com.ua/',
        size: '51-200',
        employeeCount: 120,
        location: 'Kyiv, Ukraine',
        linkedinUrl: 'https://www.linkedin.com/company/brightforge/',
        description: 'Розробка програмного забезпечення для фінтеху та логістики.',
      },
      source: { url: COMPANY_URL, kind: 'company-site', extractors: ['json-ld', 'contact-links'] },
    },
  ],
  ['news-article.html', ARTICLE_URL, emptyDraft(ARTICLE_URL, 'none')],
  ['linkedin-authwall.html', LINKEDIN_URL, emptyDraft(LINKEDIN_URL, 'none')],
  [
    'linkedin-authwall.html',
    'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Folena-kovalenko-4b2a19%2F',
    emptyDraft('https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Folena-kovalenko-4b2a19%2F', 'none'),
  ],
];

describe('extractProspect on the saved pages', () => {
  it.each(EXPECTED_DRAFTS)('should read %s at %s', (fixture, url, expected) => {
    const actual = extractProspect(loadFixture(fixture), url);

    expect(actual).toStrictEqual(expected);
  });
});

describe('extractProspects on the saved pages', () => {
  it.each(EXPECTED_DRAFTS)('should list nobody on %s, a page about one prospect or none', (fixture, url) => {
    expect(extractProspects(loadFixture(fixture), url)).toEqual([]);
  });
});
