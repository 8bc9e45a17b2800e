/**
 * Saved pages written to stand for pages the extractor has not been tuned on: markup and languages
 * other than the site pages' (site-pages.test.ts), each page's comment saying what it models and
 * which traps it sets. Every field of every draft is checked.
 */
import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { emptyDraft, type ProspectCompany, type ProspectDraft, type ProspectPerson } from '@/lib/extract/types';
import { loadFixture } from './pages';

const NEWS_URL = 'https://www.dniprobusiness.com.ua/news/2025/03/logistics-startups-raise/';
const BLOG_POST_URL = 'https://www.freightlane.io/blog/five-ways-to-cut-empty-miles';
const ABOUT_URL = 'https://www.freightlane.io/about-us/';

const EXPECTED_DRAFTS: Array<[fixture: string, url: string, expected: ProspectDraft]> = [
  ['news-publisher-graph.html', NEWS_URL, emptyDraft(NEWS_URL, 'none')],
  ['company-blog-post.html', BLOG_POST_URL, emptyDraft(BLOG_POST_URL, 'none')],
  [
    'about-page-og-article.html',
    ABOUT_URL,
    {
      person: { emails: ['hello@freightlane.io'], phones: ['+16175550142'] },
      company: {
        name: 'Freightlane',
        website: 'https://www.freightlane.io/',
        linkedinUrl: 'https://www.linkedin.com/company/freightlane/',
        domain: 'freightlane.io',
      },
      source: { url: ABOUT_URL, kind: 'company-site', extractors: ['json-ld', 'contact-links'] },
    },
  ],
  [
    'contact-uk.html',
    'https://kvant-it.com.ua/kontakty/',
    {
      person: { emails: ['sales@kvant-it.com.ua'], phones: ['+380442901234', '+380675551234'] },
      company: { name: 'Квант ІТ', website: 'https://kvant-it.com.ua/', domain: 'kvant-it.com.ua' },
      source: { url: 'https://kvant-it.com.ua/kontakty/', kind: 'company-site', extractors: ['landmarks', 'meta'] },
    },
  ],
  [
    'contact-ru.html',
    'https://promavtomatika.ru/kontakty',
    {
      person: { emails: ['zakaz@promavtomatika.ru'], phones: ['+74951203456', '+79123456789'] },
      company: { name: 'ПромАвтоматика', website: 'https://promavtomatika.ru/', domain: 'promavtomatika.ru' },
      source: { url: 'https://promavtomatika.ru/kontakty', kind: 'company-site', extractors: ['landmarks', 'meta'] },
    },
  ],
  [
    'team-cards.html',
    'https://www.northwind-analytics.com/company/leadership',
    // A company site listing its team shows the company, by the name the site gives itself; its people are listed.
    {
      person: { emails: [], phones: [] },
      company: { name: 'Northwind Analytics', website: 'https://www.northwind-analytics.com/', domain: 'northwind-analytics.com' },
      source: { url: 'https://www.northwind-analytics.com/company/leadership', kind: 'company-site', extractors: ['meta'] },
    },
  ],
  [
    'team-table.html',
    'https://promavtomatika.ru/o-kompanii/rukovodstvo/',
    // A company site listing its team shows the company, by the name the site gives itself; its people are listed.
    {
      person: { emails: [], phones: [] },
      company: { name: 'ПромАвтоматика', website: 'https://promavtomatika.ru/', domain: 'promavtomatika.ru' },
      source: { url: 'https://promavtomatika.ru/o-kompanii/rukovodstvo/', kind: 'company-site', extractors: ['meta'] },
    },
  ],
  [
    'team-dl.html',
    'https://kvant-it.com.ua/pro-nas/',
    // A company site listing its team shows the company, by the name the site gives itself; its people are listed.
    {
      person: { emails: [], phones: [] },
      company: { name: 'Квант ІТ', website: 'https://kvant-it.com.ua/', domain: 'kvant-it.com.ua' },
      source: { url: 'https://kvant-it.com.ua/pro-nas/', kind: 'company-site', extractors: ['meta'] },
    },
  ],
  [
    'github-org.html',
    'https://github.com/routeway',
    {
      person: { emails: ['hello@routeway.pl'], phones: [] },
      company: { name: 'Routeway', website: 'https://routeway.pl/', location: 'Kraków, Poland', description: 'Route planning for regional carriers.', domain: 'routeway.pl' },
      source: { url: 'https://github.com/routeway', kind: 'github', extractors: ['dom:github'] },
    },
  ],
  [
    'x-profile-emoji.html',
    'https://x.com/mariia_bond',
    {
      person: { emails: [], phones: [], fullName: 'Mariia Bondarenko', headline: 'Head of Partnerships @routeway_pl logistics · SaaS · Kyiv ⇄ Kraków', location: 'Kraków, Poland', twitterUrl: 'https://x.com/mariia_bond', websiteUrl: 'https://mariia.bond/', avatarUrl: 'https://pbs.twimg.com/profile_images/1800000000000000001/XyZ_400x400.jpg', firstName: 'Mariia', lastName: 'Bondarenko' },
      company: {},
      source: { url: 'https://x.com/mariia_bond', kind: 'x', extractors: ['dom:x'] },
    },
  ],
  [
    'linkedin-company-ru.html',
    'https://www.linkedin.com/company/steppe-logic/about/',
    {
      person: { emails: [], phones: [] },
      company: { name: 'Steppe Logic', website: 'https://steppelogic.kz/', industry: 'Транспорт, логистика, снабжение и хранение', size: '201-500', location: 'Алматы', linkedinUrl: 'https://www.linkedin.com/company/steppe-logic/', description: 'Steppe Logic автоматизирует склады дистрибьюторов в Казахстане и Узбекистане.', domain: 'steppelogic.kz' },
      source: { url: 'https://www.linkedin.com/company/steppe-logic/about/', kind: 'linkedin-company', extractors: ['dom:linkedin'] },
    },
  ],
  [
    'crunchbase-org-pl.html',
    'https://www.crunchbase.com/organization/routeway',
    {
      person: { emails: [], phones: [] },
      company: { name: 'Routeway', website: 'https://routeway.pl/', industry: 'Logistics, SaaS, Transportation', size: '1001-5000', location: 'Kraków, Malopolskie, Poland', description: 'Route planning and dispatch software for regional carriers in Central Europe.', domain: 'routeway.pl' },
      source: { url: 'https://www.crunchbase.com/organization/routeway', kind: 'crunchbase', extractors: ['dom:crunchbase'] },
    },
  ],
  [
    'team-classed.html',
    'https://www.brightwater-health.nl/en/about/team',
    {
      person: { emails: [], phones: [] },
      company: { name: 'Brightwater Health', website: 'https://www.brightwater-health.nl/', domain: 'brightwater-health.nl' },
      source: { url: 'https://www.brightwater-health.nl/en/about/team', kind: 'company-site', extractors: ['meta'] },
    },
  ],
  [
    'team-figcaption.html',
    'https://agroline.com.ua/komanda',
    {
      person: { emails: [], phones: ['+380432551234'] },
      company: { name: 'Агролайн', website: 'https://agroline.com.ua/', domain: 'agroline.com.ua' },
      source: { url: 'https://agroline.com.ua/komanda', kind: 'company-site', extractors: ['landmarks', 'meta'] },
    },
  ],
  [
    'crunchbase-person.html',
    'https://www.crunchbase.com/person/anna-nowak-routeway',
    {
      person: { emails: [], phones: [], fullName: 'Anna Nowak', firstName: 'Anna', lastName: 'Nowak', title: 'Co-Founder & CEO', location: 'Kraków, Poland' },
      company: { name: 'Routeway' },
      source: { url: 'https://www.crunchbase.com/person/anna-nowak-routeway', kind: 'crunchbase', extractors: ['dom:crunchbase'] },
    },
  ],
  ['shop-category.html', 'https://tekhnomart.com.ua/catalog/routers/', emptyDraft('https://tekhnomart.com.ua/catalog/routers/', 'none')],
  [
    'linkedin-profile-public-ru.html',
    'https://ru.linkedin.com/in/ekaterina-volkova-5f6e7d',
    {
      person: {
        emails: [],
        phones: [],
        fullName: 'Екатерина Волкова',
        firstName: 'Екатерина',
        lastName: 'Волкова',
        title: 'Руководитель отдела продаж',
        headline: 'Руководитель отдела продаж | WMS для дистрибуции',
        location: 'Алматы, Казахстан',
        linkedinUrl: 'https://www.linkedin.com/in/ekaterina-volkova-5f6e7d/',
        avatarUrl: 'https://media.licdn.com/dms/image/v2/D4D03AQekat01/profile-displayphoto-shrink_200_200/0/1712000000000?e=2147483647&v=beta&t=e1',
      },
      company: { name: 'Steppe Logic', linkedinUrl: 'https://www.linkedin.com/company/steppe-logic/' },
      source: { url: 'https://ru.linkedin.com/in/ekaterina-volkova-5f6e7d', kind: 'linkedin-person', extractors: ['dom:linkedin'] },
    },
  ],
];

/** A company site's team as the page lists it: each person works for the page's company. */
function teamOf(url: string, company: ProspectCompany, people: ProspectPerson[]): ProspectDraft[] {
  return people.map((person) => ({ person, company, source: { url, kind: 'company-site', extractors: ['landmarks'] } }));
}

const EXPECTED_LISTS: Array<[fixture: string, url: string, expected: ProspectDraft[]]> = [
  ['news-publisher-graph.html', NEWS_URL, []],
  ['company-blog-post.html', BLOG_POST_URL, []],
  ['about-page-og-article.html', ABOUT_URL, []],
  ['contact-uk.html', 'https://kvant-it.com.ua/kontakty/', []],
  ['contact-ru.html', 'https://promavtomatika.ru/kontakty', []],
  [
    'team-cards.html',
    'https://www.northwind-analytics.com/company/leadership',
    teamOf('https://www.northwind-analytics.com/company/leadership', { name: 'Northwind Analytics', website: 'https://www.northwind-analytics.com/', domain: 'northwind-analytics.com' }, [
      { emails: ['grace.liu@northwind-analytics.com'], phones: [], fullName: 'Grace Liu', title: 'Chief Executive Officer', linkedinUrl: 'https://www.linkedin.com/in/grace-liu-nw/', avatarUrl: 'https://www.northwind-analytics.com/people/grace.jpg', firstName: 'Grace', lastName: 'Liu' },
      { emails: ['tomas.ortega@northwind-analytics.com'], phones: [], fullName: 'Tomás Ortega', title: 'VP of Sales', linkedinUrl: 'https://www.linkedin.com/in/tomasortega/', avatarUrl: 'https://www.northwind-analytics.com/people/tomas.jpg', firstName: 'Tomás', lastName: 'Ortega' },
      { emails: ['priya.raman@northwind-analytics.com'], phones: [], fullName: 'Priya Raman', title: 'Chief Technology Officer', linkedinUrl: 'https://www.linkedin.com/in/priyaraman/', avatarUrl: 'https://www.northwind-analytics.com/people/priya.jpg', firstName: 'Priya', lastName: 'Raman' },
    ]),
  ],
  [
    'team-table.html',
    'https://promavtomatika.ru/o-kompanii/rukovodstvo/',
    teamOf('https://promavtomatika.ru/o-kompanii/rukovodstvo/', { name: 'ПромАвтоматика', website: 'https://promavtomatika.ru/', domain: 'promavtomatika.ru' }, [
      { emails: ['d.sokolov@promavtomatika.ru'], phones: ['+74951203456'], fullName: 'Соколов Дмитрий Андреевич', title: 'Генеральный директор', firstName: 'Дмитрий', lastName: 'Соколов' },
      { emails: ['a.kuznetsova@promavtomatika.ru'], phones: ['+74951203457'], fullName: 'Кузнецова Анна Сергеевна', title: 'Коммерческий директор', firstName: 'Анна', lastName: 'Кузнецова' },
      { emails: ['i.morozov@promavtomatika.ru'], phones: ['+74951203458'], fullName: 'Морозов Игорь Викторович', title: 'Технический директор', firstName: 'Игорь', lastName: 'Морозов' },
    ]),
  ],
  [
    'team-dl.html',
    'https://kvant-it.com.ua/pro-nas/',
    teamOf('https://kvant-it.com.ua/pro-nas/', { name: 'Квант ІТ', website: 'https://kvant-it.com.ua/', domain: 'kvant-it.com.ua' }, [
      { emails: [], phones: [], fullName: 'Олександр Ткаченко', title: 'Генеральний директор', firstName: 'Олександр', lastName: 'Ткаченко' },
      { emails: [], phones: [], fullName: 'Марина Левченко', title: 'Директорка з продажу', firstName: 'Марина', lastName: 'Левченко' },
      { emails: [], phones: [], fullName: 'Богдан Шевчук', title: 'Технічний директор', firstName: 'Богдан', lastName: 'Шевчук' },
    ]),
  ],
  ['github-org.html', 'https://github.com/routeway', []],
  ['x-profile-emoji.html', 'https://x.com/mariia_bond', []],
  ['linkedin-company-ru.html', 'https://www.linkedin.com/company/steppe-logic/about/', []],
  ['crunchbase-org-pl.html', 'https://www.crunchbase.com/organization/routeway', []],
  [
    'team-classed.html',
    'https://www.brightwater-health.nl/en/about/team',
    teamOf('https://www.brightwater-health.nl/en/about/team', { name: 'Brightwater Health', website: 'https://www.brightwater-health.nl/', domain: 'brightwater-health.nl' }, [
      { emails: [], phones: [], fullName: 'Dr. Anna van der Berg', title: 'Chief Medical Officer', linkedinUrl: 'https://www.linkedin.com/in/annavanderberg/', avatarUrl: 'https://www.brightwater-health.nl/img/team/anna.jpg', firstName: 'Anna', lastName: 'van der Berg' },
      { emails: ['sean.obrien@brightwater-health.nl'], phones: [], fullName: 'Seán O\'Brien', title: 'VP, Business Development', avatarUrl: 'https://www.brightwater-health.nl/img/team/sean.jpg', firstName: 'Seán', lastName: 'O\'Brien' },
      { emails: [], phones: [], fullName: 'Lotte Jansen', title: 'Head of Partnerships', avatarUrl: 'https://www.brightwater-health.nl/img/team/lotte.jpg', firstName: 'Lotte', lastName: 'Jansen' },
    ]),
  ],
  [
    'team-figcaption.html',
    'https://agroline.com.ua/komanda',
    teamOf('https://agroline.com.ua/komanda', { name: 'Агролайн', website: 'https://agroline.com.ua/', domain: 'agroline.com.ua' }, [
      { emails: [], phones: [], fullName: 'Ігор Власенко', title: 'Засновник і CEO', linkedinUrl: 'https://www.linkedin.com/in/ihor-vlasenko/', avatarUrl: 'https://agroline.com.ua/img/people/vlasenko.jpg', firstName: 'Ігор', lastName: 'Власенко' },
      { emails: [], phones: [], fullName: 'Оксана Гнатюк', title: 'Комерційна директорка', linkedinUrl: 'https://www.linkedin.com/in/oksana-hnatiuk/', avatarUrl: 'https://agroline.com.ua/img/people/hnatiuk.jpg', firstName: 'Оксана', lastName: 'Гнатюк' },
      { emails: [], phones: [], fullName: 'Тарас Білик', title: 'Менеджер з продажу', avatarUrl: 'https://agroline.com.ua/img/people/bilyk.jpg', firstName: 'Тарас', lastName: 'Білик' },
    ]),
  ],
  ['crunchbase-person.html', 'https://www.crunchbase.com/person/anna-nowak-routeway', []],
  ['shop-category.html', 'https://tekhnomart.com.ua/catalog/routers/', []],
  ['linkedin-profile-public-ru.html', 'https://ru.linkedin.com/in/ekaterina-volkova-5f6e7d', []],
];

describe('extractProspect on pages written to be unseen', () => {
  it.each(EXPECTED_DRAFTS)('should read %s at %s', (fixture, url, expected) => {
    expect(extractProspect(loadFixture(fixture), url)).toStrictEqual(expected);
  });
});

describe('extractProspects on pages written to be unseen', () => {
  it.each(EXPECTED_LISTS)('should list the people %s shows at %s', (fixture, url, expected) => {
    expect(extractProspects(loadFixture(fixture), url)).toStrictEqual(expected);
  });
});
