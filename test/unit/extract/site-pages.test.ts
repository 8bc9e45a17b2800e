/**
 * The exact drafts our saved pages of every supported site yield (test/fixtures/pages, each page's
 * comment says what it models). A changed field here is a changed capture: look at the page first.
 */
import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';
import { loadFixture, parsePage } from './pages';

const EXPECTED_DRAFTS: Array<[fixture: string, url: string, expected: ProspectDraft]> = [
  [
    'linkedin-profile-uk.html',
    'https://www.linkedin.com/in/iryna-bondar-7c3d21/overlay/contact-info/',
    {
      person: {
        emails: ['iryna.bondar@cargotrack.com.ua'],
        phones: ['+380671234567'],
        fullName: 'Ірина Бондар',
        title: 'Директорка з продажу',
        headline: 'Директорка з продажу | SaaS для логістики та 3PL',
        location: 'Львів, Львівська область, Україна',
        linkedinUrl: 'https://www.linkedin.com/in/iryna-bondar-7c3d21/',
        avatarUrl: 'https://media.licdn.com/dms/image/v2/D4D03AQiryna01/profile-displayphoto-shrink_400_400/0/1718000000000?e=1740000000&v=beta&t=ib1',
        websiteUrl: 'https://cargotrack.com.ua/',
        firstName: 'Ірина',
        lastName: 'Бондар',
      },
      company: {
        name: 'Cargotrack',
        linkedinUrl: 'https://www.linkedin.com/company/cargotrack/',
        domain: 'cargotrack.com.ua',
      },
      source: {
        url: 'https://www.linkedin.com/in/iryna-bondar-7c3d21/overlay/contact-info/',
        kind: 'linkedin-person',
        extractors: ['dom:linkedin'],
      },
    },
  ],
  [
    'linkedin-profile-ru.html',
    'https://www.linkedin.com/in/dmitriy-sokolov-kz/',
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Дмитрий Соколов',
        title: 'Директор по продажам',
        headline: 'Директор по продажам в компании «Техносфера» | Промышленная автоматизация',
        location: 'Алматы, Казахстан',
        linkedinUrl: 'https://www.linkedin.com/in/dmitriy-sokolov-kz/',
        avatarUrl: 'https://media.licdn.com/dms/image/v2/D4E03AQdmitr01/profile-displayphoto-shrink_400_400/0/1712000000000?e=1740000000&v=beta&t=ds1',
        firstName: 'Дмитрий',
        lastName: 'Соколов',
      },
      company: { name: 'Техносфера' },
      source: {
        url: 'https://www.linkedin.com/in/dmitriy-sokolov-kz/',
        kind: 'linkedin-person',
        extractors: ['dom:linkedin'],
      },
    },
  ],
  [
    'linkedin-company.html',
    'https://www.linkedin.com/company/cargotrack/about/',
    {
      person: { emails: [], phones: [] },
      company: {
        name: 'Cargotrack',
        website: 'https://cargotrack.com.ua/en/',
        industry: 'Software Development',
        size: '51-200',
        location: 'Lviv, Lviv Oblast',
        linkedinUrl: 'https://www.linkedin.com/company/cargotrack/',
        description: 'Cargotrack builds trip-costing and fleet analytics software for carriers and 3PL operators in Central and Eastern Europe.',
        domain: 'cargotrack.com.ua',
      },
      source: {
        url: 'https://www.linkedin.com/company/cargotrack/about/',
        kind: 'linkedin-company',
        extractors: ['dom:linkedin'],
      },
    },
  ],
  [
    'linkedin-company-uk.html',
    'https://www.linkedin.com/company/lvivware/about/',
    {
      person: { emails: [], phones: [] },
      company: {
        name: 'Lvivware',
        website: 'https://lvivware.ua/',
        industry: 'ІТ-послуги та ІТ-консалтинг',
        size: '11-50',
        location: 'Львів, Львівська область',
        linkedinUrl: 'https://www.linkedin.com/company/lvivware/',
        description: 'Lvivware проєктує та підтримує складські й торговельні системи для компаній Західної України та Польщі.',
        domain: 'lvivware.ua',
      },
      source: { url: 'https://www.linkedin.com/company/lvivware/about/', kind: 'linkedin-company', extractors: ['dom:linkedin'] },
    },
  ],
  [
    'linkedin-company-public.html',
    'https://ua.linkedin.com/company/routeway?trk=public_profile_experience-item_profile-section-card_subtitle-click',
    {
      person: { emails: [], phones: [] },
      company: {
        name: 'Routeway',
        linkedinUrl: 'https://www.linkedin.com/company/routeway/',
        location: 'Kyiv, Kyiv City, Ukraine',
        description: 'Routeway plans last-mile delivery routes for retailers and couriers in Ukraine and Moldova.',
        website: 'https://routeway.ua/en',
        industry: 'Transportation, Logistics, Supply Chain and Storage',
        size: '51-200',
        domain: 'routeway.ua',
      },
      source: {
        url: 'https://ua.linkedin.com/company/routeway?trk=public_profile_experience-item_profile-section-card_subtitle-click',
        kind: 'linkedin-company',
        extractors: ['json-ld', 'dom:linkedin'],
      },
    },
  ],
  [
    'linkedin-search.html',
    'https://www.linkedin.com/search/results/people/?keywords=logistics%20cto&origin=SWITCH_SEARCH_VERTICAL',
    {
      person: { emails: [], phones: [] },
      company: {},
      source: {
        url: 'https://www.linkedin.com/search/results/people/?keywords=logistics%20cto&origin=SWITCH_SEARCH_VERTICAL',
        kind: 'none',
        extractors: [],
      },
    },
  ],
  [
    'sales-navigator-list.html',
    'https://www.linkedin.com/sales/search/people?query=(filters%3AList())',
    {
      person: { emails: [], phones: [] },
      company: {},
      source: {
        url: 'https://www.linkedin.com/sales/search/people?query=(filters%3AList())',
        kind: 'none',
        extractors: [],
      },
    },
  ],
  [
    'sales-navigator-lead.html',
    'https://www.linkedin.com/sales/lead/ACwAAB9xYz8kLmN0pQ,NAME_SEARCH,Kx7q',
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Taras Hnatiuk',
        title: 'Head of Procurement',
        headline: 'Procurement that pays for itself | Head of Procurement at Lvivware',
        location: 'Lviv, Lviv Oblast, Ukraine',
        salesNavigatorId: 'ACwAAB9xYz8kLmN0pQ',
        firstName: 'Taras',
        lastName: 'Hnatiuk',
      },
      company: { name: 'Lvivware' },
      source: {
        url: 'https://www.linkedin.com/sales/lead/ACwAAB9xYz8kLmN0pQ,NAME_SEARCH,Kx7q',
        kind: 'linkedin-person',
        extractors: ['dom:linkedin'],
      },
    },
  ],
  [
    'linkedin-profile-embedded.html',
    'https://www.linkedin.com/in/mykola-shevchenko-91a0b2/',
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Mykola Shevchenko',
        headline: 'Helping logistics teams sell more | ex-Nova Poshta',
        title: 'Head of Sales',
        location: 'Lviv, Lviv Oblast, Ukraine',
        linkedinUrl: 'https://www.linkedin.com/in/mykola-shevchenko-91a0b2/',
        firstName: 'Mykola',
        lastName: 'Shevchenko',
      },
      company: { name: 'Routeway.ua' },
      source: {
        url: 'https://www.linkedin.com/in/mykola-shevchenko-91a0b2/',
        kind: 'linkedin-person',
        extractors: ['data:linkedin'],
      },
    },
  ],
  [
    'github-user.html',
    'https://github.com/ibondar',
    {
      person: {
        emails: ['iryna@ibondar.dev'],
        phones: [],
        fullName: 'Iryna Bondar',
        location: 'Lviv, Ukraine',
        websiteUrl: 'https://ibondar.dev/',
        avatarUrl: 'https://avatars.githubusercontent.com/u/48213377?v=4',
        headline: 'Sales engineering at Cargotrack. Route costing, Go and a lot of SQL.',
        githubUrl: 'https://github.com/ibondar',
        linkedinUrl: 'https://www.linkedin.com/in/iryna-bondar-7c3d21/',
        twitterUrl: 'https://x.com/ibondar_ua',
        firstName: 'Iryna',
        lastName: 'Bondar',
      },
      company: { name: 'cargotrack' },
      source: { url: 'https://github.com/ibondar', kind: 'github', extractors: ['microdata', 'dom:github'] },
    },
  ],
  [
    'github-repo.html',
    'https://github.com/ibondar/route-cost',
    {
      person: { emails: [], phones: [] },
      company: {},
      source: { url: 'https://github.com/ibondar/route-cost', kind: 'none', extractors: [] },
    },
  ],
  [
    'x-profile.html',
    'https://x.com/ibondar_ua',
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Iryna Bondar',
        headline: 'Sales director @cargotrack. Logistics, SaaS, Lviv.',
        location: 'Lviv, Ukraine',
        twitterUrl: 'https://x.com/ibondar_ua',
        websiteUrl: 'https://cargotrack.com.ua/',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1790011122233344556/AbCdEfGh_400x400.jpg',
        firstName: 'Iryna',
        lastName: 'Bondar',
      },
      company: {},
      source: { url: 'https://x.com/ibondar_ua', kind: 'x', extractors: ['dom:x'] },
    },
  ],
  [
    'crunchbase-org.html',
    'https://www.crunchbase.com/organization/cargotrack',
    {
      person: { emails: [], phones: [] },
      company: {
        name: 'Cargotrack',
        website: 'https://www.cargotrack.com.ua/',
        industry: 'Logistics, SaaS',
        size: '51-200',
        location: 'Lviv, Lvivska Oblast, Ukraine',
        description: 'Trip-costing and fleet analytics software for carriers and 3PL operators.',
        domain: 'cargotrack.com.ua',
      },
      source: {
        url: 'https://www.crunchbase.com/organization/cargotrack',
        kind: 'crunchbase',
        extractors: ['dom:crunchbase'],
      },
    },
  ],
  [
    'team-page.html',
    'https://www.cargotrack.com.ua/pro-nas/komanda/',
    {
      person: {
        // The team members' own addresses stay with them (extractProspects), not with the company.
        emails: ['info@cargotrack.com.ua'],
        phones: ['+380322456789'],
      },
      company: { name: 'Cargotrack', website: 'https://www.cargotrack.com.ua/', domain: 'cargotrack.com.ua' },
      source: {
        url: 'https://www.cargotrack.com.ua/pro-nas/komanda/',
        kind: 'company-site',
        extractors: ['landmarks', 'meta'],
      },
    },
  ],
  [
    'contacts-obfuscated.html',
    'https://lvivware.ua/kontakty',
    {
      person: {
        emails: [
          'sales@lvivware.ua',
          'partners@lvivware.ua',
          'press@lvivware.ua',
          'oleh.petrenko@lvivware.ua',
        ],
        phones: ['+380671234567', '+380441234567'],
        fullName: 'Олег Петренко',
        title: 'Менеджер з продажу',
        firstName: 'Олег',
        lastName: 'Петренко',
      },
      company: { name: 'Lvivware', website: 'https://lvivware.ua/', domain: 'lvivware.ua' },
      source: { url: 'https://lvivware.ua/kontakty', kind: 'company-site', extractors: ['landmarks', 'meta'] },
    },
  ],
  [
    'contact-rdfa.html',
    'https://technosfera.kz/ru/contact',
    {
      person: {
        emails: ['sales@technosfera.kz', 'a.nurlanova@technosfera.kz'],
        phones: ['+77272500101'],
        fullName: 'Айгерим Нурланова',
        title: 'Менеджер по работе с ключевыми клиентами',
        firstName: 'Айгерим',
        lastName: 'Нурланова',
      },
      company: {
        name: 'Техносфера',
        website: 'https://technosfera.kz/',
        linkedinUrl: 'https://www.linkedin.com/company/technosfera-kz/',
        location: 'Алматы, Kazakhstan',
        description: 'АСУ ТП и промышленная автоматизация для горнодобывающих предприятий.',
        domain: 'technosfera.kz',
      },
      source: {
        url: 'https://technosfera.kz/ru/contact',
        kind: 'company-site',
        extractors: ['rdfa', 'contact-links', 'landmarks'],
      },
    },
  ],
  [
    'personal-h-card.html',
    'https://oksana.dev/',
    {
      person: {
        emails: ['hello@oksana.dev'],
        phones: ['+380577001122'],
        fullName: 'Oksana Hrytsenko',
        firstName: 'Oksana',
        lastName: 'Hrytsenko',
        title: 'Head of Data',
        location: 'Kharkiv, Ukraine',
        twitterUrl: 'https://x.com/ohrytsenko',
        githubUrl: 'https://github.com/ohrytsenko',
        websiteUrl: 'https://oksana.dev/',
        avatarUrl: 'https://oksana.dev/img/oksana.jpg',
      },
      company: { name: 'DataForge', website: 'https://dataforge.io/', domain: 'dataforge.io' },
      source: { url: 'https://oksana.dev/', kind: 'generic', extractors: ['h-card', 'contact-links'] },
    },
  ],
  [
    'shop-product.html',
    'https://tekhnomart.com.ua/product/router-tp-link-archer-ax55/',
    {
      person: { emails: [], phones: [] },
      company: {},
      source: {
        url: 'https://tekhnomart.com.ua/product/router-tp-link-archer-ax55/',
        kind: 'none',
        extractors: [],
      },
    },
  ],
  [
    'linkedin-not-found.html',
    'https://www.linkedin.com/in/no-such-person-000/',
    {
      person: { emails: [], phones: [] },
      company: {},
      source: { url: 'https://www.linkedin.com/in/no-such-person-000/', kind: 'none', extractors: [] },
    },
  ],
  [
    'empty.html',
    'https://example.org/blank',
    {
      person: { emails: [], phones: [] },
      company: {},
      source: { url: 'https://example.org/blank', kind: 'none', extractors: [] },
    },
  ],
];

const EXPECTED_LISTS: Array<[fixture: string, url: string, expected: ProspectDraft[]]> = [
  ['linkedin-profile-uk.html', 'https://www.linkedin.com/in/iryna-bondar-7c3d21/overlay/contact-info/', []],
  ['linkedin-profile-ru.html', 'https://www.linkedin.com/in/dmitriy-sokolov-kz/', []],
  ['linkedin-company.html', 'https://www.linkedin.com/company/cargotrack/about/', []],
  ['linkedin-company-uk.html', 'https://www.linkedin.com/company/lvivware/about/', []],
  ['linkedin-company-public.html', 'https://ua.linkedin.com/company/routeway', []],
  ['linkedin-search.html', 'https://www.linkedin.com/search/results/people/?keywords=logistics%20cto&origin=SWITCH_SEARCH_VERTICAL', [
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Maksym Oliinyk',
        title: 'CTO',
        headline: 'CTO at Cargotrack',
        location: 'Lviv, Lviv, Ukraine',
        linkedinUrl: 'https://www.linkedin.com/in/maksym-oliinyk/',
        avatarUrl: 'https://media.licdn.com/dms/image/v2/D4D03AQmaks01/profile-displayphoto-shrink_100_100/0/1700000000000?e=1740000000&v=beta&t=m1',
        firstName: 'Maksym',
        lastName: 'Oliinyk',
      },
      company: { name: 'Cargotrack' },
      source: {
        url: 'https://www.linkedin.com/search/results/people/?keywords=logistics%20cto&origin=SWITCH_SEARCH_VERTICAL',
        kind: 'linkedin-list',
        extractors: ['dom:linkedin'],
      },
    },
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Anna Köhler',
        headline: 'Building logistics platforms | ex-DHL',
        location: 'Berlin, Germany',
        linkedinUrl: 'https://www.linkedin.com/in/anna-köhler-91b2/',
        avatarUrl: 'https://media.licdn.com/dms/image/v2/D4E03AQanna01/profile-displayphoto-shrink_100_100/0/1701000000000?e=1740000000&v=beta&t=a1',
        firstName: 'Anna',
        lastName: 'Köhler',
      },
      company: {},
      source: {
        url: 'https://www.linkedin.com/search/results/people/?keywords=logistics%20cto&origin=SWITCH_SEARCH_VERTICAL',
        kind: 'linkedin-list',
        extractors: ['dom:linkedin'],
      },
    },
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Вікторія Лисенко',
        title: 'Технічна директорка',
        headline: 'Технічна директорка в компанії «Лоджик Сервіс»',
        location: 'Київ, Україна',
        linkedinUrl: 'https://www.linkedin.com/in/viktoriia-lysenko-ua/',
        avatarUrl: 'https://media.licdn.com/dms/image/v2/D4D03AQvika01/profile-displayphoto-shrink_100_100/0/1702000000000?e=1740000000&v=beta&t=v1',
        firstName: 'Вікторія',
        lastName: 'Лисенко',
      },
      company: { name: 'Лоджик Сервіс' },
      source: {
        url: 'https://www.linkedin.com/search/results/people/?keywords=logistics%20cto&origin=SWITCH_SEARCH_VERTICAL',
        kind: 'linkedin-list',
        extractors: ['dom:linkedin'],
      },
    },
  ]],
  ['sales-navigator-list.html', 'https://www.linkedin.com/sales/search/people?query=(filters%3AList())', [
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Taras Hnatiuk',
        title: 'Head of Procurement',
        location: 'Lviv, Lviv Oblast, Ukraine',
        salesNavigatorId: 'ACwAAB9xYz8kLmN0pQ',
        firstName: 'Taras',
        lastName: 'Hnatiuk',
      },
      company: { name: 'Lvivware' },
      source: {
        url: 'https://www.linkedin.com/sales/search/people?query=(filters%3AList())',
        kind: 'linkedin-list',
        extractors: ['dom:linkedin'],
      },
    },
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Olha Savchuk',
        title: 'Chief Operating Officer',
        location: 'Kyiv, Ukraine',
        salesNavigatorId: 'ACwAAC2pQr7sTuV1wX',
        firstName: 'Olha',
        lastName: 'Savchuk',
      },
      company: { name: 'Cargotrack' },
      source: {
        url: 'https://www.linkedin.com/sales/search/people?query=(filters%3AList())',
        kind: 'linkedin-list',
        extractors: ['dom:linkedin'],
      },
    },
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Piotr Zielinski',
        title: 'VP Supply Chain',
        location: 'Gdańsk, Pomorskie, Poland',
        salesNavigatorId: 'ACwAAD7mNb3vCx2zYa',
        firstName: 'Piotr',
        lastName: 'Zielinski',
      },
      company: { name: 'Baltic Freight' },
      source: {
        url: 'https://www.linkedin.com/sales/search/people?query=(filters%3AList())',
        kind: 'linkedin-list',
        extractors: ['dom:linkedin'],
      },
    },
  ]],
  ['sales-navigator-lead.html', 'https://www.linkedin.com/sales/lead/ACwAAB9xYz8kLmN0pQ,NAME_SEARCH,Kx7q', []],
  ['linkedin-profile-embedded.html', 'https://www.linkedin.com/in/mykola-shevchenko-91a0b2/', []],
  ['github-user.html', 'https://github.com/ibondar', []],
  ['github-repo.html', 'https://github.com/ibondar/route-cost', []],
  ['x-profile.html', 'https://x.com/ibondar_ua', []],
  ['crunchbase-org.html', 'https://www.crunchbase.com/organization/cargotrack', []],
  ['team-page.html', 'https://www.cargotrack.com.ua/pro-nas/komanda/', [
    {
      person: {
        emails: ['maksym@cargotrack.com.ua'],
        phones: [],
        fullName: 'Максим Олійник',
        title: 'Співзасновник і технічний директор',
        linkedinUrl: 'https://www.linkedin.com/in/maksym-oliinyk/',
        avatarUrl: 'https://www.cargotrack.com.ua/wp-content/uploads/2024/03/maksym.jpg',
        firstName: 'Максим',
        lastName: 'Олійник',
      },
      company: { name: 'Cargotrack', website: 'https://www.cargotrack.com.ua/', domain: 'cargotrack.com.ua' },
      source: {
        url: 'https://www.cargotrack.com.ua/pro-nas/komanda/',
        kind: 'company-site',
        extractors: ['landmarks'],
      },
    },
    {
      person: {
        emails: ['iryna.bondar@cargotrack.com.ua'],
        phones: [],
        fullName: 'Ірина Бондар',
        title: 'Директорка з продажу',
        linkedinUrl: 'https://www.linkedin.com/in/iryna-bondar-7c3d21/',
        avatarUrl: 'https://www.cargotrack.com.ua/wp-content/uploads/2024/03/iryna.jpg',
        firstName: 'Ірина',
        lastName: 'Бондар',
      },
      company: { name: 'Cargotrack', website: 'https://www.cargotrack.com.ua/', domain: 'cargotrack.com.ua' },
      source: {
        url: 'https://www.cargotrack.com.ua/pro-nas/komanda/',
        kind: 'company-site',
        extractors: ['landmarks'],
      },
    },
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Софія Мельник',
        title: 'Фінансова директорка',
        avatarUrl: 'https://www.cargotrack.com.ua/wp-content/uploads/2024/03/sofiia.jpg',
        firstName: 'Софія',
        lastName: 'Мельник',
      },
      company: { name: 'Cargotrack', website: 'https://www.cargotrack.com.ua/', domain: 'cargotrack.com.ua' },
      source: {
        url: 'https://www.cargotrack.com.ua/pro-nas/komanda/',
        kind: 'company-site',
        extractors: ['landmarks'],
      },
    },
  ]],
  ['contacts-obfuscated.html', 'https://lvivware.ua/kontakty', []],
  ['contact-rdfa.html', 'https://technosfera.kz/ru/contact', []],
  ['personal-h-card.html', 'https://oksana.dev/', []],
  ['shop-product.html', 'https://tekhnomart.com.ua/product/router-tp-link-archer-ax55/', []],
  ['linkedin-not-found.html', 'https://www.linkedin.com/in/no-such-person-000/', []],
  ['empty.html', 'https://example.org/blank', []],
];

describe('extractProspect on the saved site pages', () => {
  it.each(EXPECTED_DRAFTS)('should read %s at %s', (fixture, url, expected) => {
    expect(extractProspect(loadFixture(fixture), url)).toStrictEqual(expected);
  });
});

describe('extractProspects on the saved site pages', () => {
  it.each(EXPECTED_LISTS)('should list the people %s shows at %s', (fixture, url, expected) => {
    expect(extractProspects(loadFixture(fixture), url)).toStrictEqual(expected);
  });
});

describe('pages left behind by in-app navigation', () => {
  it.each([
    ['linkedin-profile-uk.html', 'https://www.linkedin.com/in/taras-hnatiuk/'],
    ['linkedin-profile-ru.html', 'https://www.linkedin.com/in/taras-hnatiuk/'],
    ['linkedin-profile-embedded.html', 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/'],
    ['linkedin-profile-embedded.html', 'https://www.linkedin.com/in/oksana-melnyk-3c9f10/'],
    ['x-profile.html', 'https://x.com/osavchuk'],
  ])('should see no prospect while %s is still on screen at %s', (fixture, url) => {
    expect(extractProspect(loadFixture(fixture), url)).toStrictEqual(emptyDraft(url, 'none'));
  });
});

describe('the Experience card of a LinkedIn profile without its anchor', () => {
  const URL = 'https://www.linkedin.com/in/jane-doe/';
  const profile = (heading: string) => `
    <section data-member-id="1"><h1>Jane Doe</h1><div class="text-body-medium break-words">Sales | SaaS</div></section>
    <section><h2><span aria-hidden="true">${heading}</span></h2>
      <div data-view-name="profile-component-entity">
        <div class="t-bold"><span aria-hidden="true">Head of Sales</span></div>
        <span class="t-14 t-normal"><span aria-hidden="true">Acme · Full-time</span></span>
      </div>
    </section>`;

  it.each([['Experience'], ['Досвід'], ['Опыт'], ['Опыт работы']])('should be found by its heading %j', (heading) => {
    const draft = extractProspect(parsePage(profile(heading)), URL);

    expect([draft.person.title, draft.company.name]).toEqual(['Head of Sales', 'Acme']);
  });

  it('should not be taken from another card', () => {
    const draft = extractProspect(parsePage(profile('Interests')), URL);

    expect([draft.person.title, draft.company.name]).toEqual([undefined, undefined]);
  });
});
