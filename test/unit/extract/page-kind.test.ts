import { describe, expect, it } from 'vitest';
import { salesNavigatorLeadId, siteKindOf } from '@/lib/extract/site-kind';
import { isAboutSomethingElse, isWallPage } from '@/lib/extract/walls';
import { pageAt } from './pages';

describe('siteKindOf', () => {
  it.each([
    ['https://www.linkedin.com/in/olena-kovalenko-4b2a19/', 'linkedin-person'],
    ['https://ua.linkedin.com/in/andriy-melnyk-9a8b7c?trk=public_profile', 'linkedin-person'],
    ['https://www.linkedin.com/in/jane/overlay/contact-info/', 'linkedin-person'],
    ['https://www.linkedin.com/company/finlytics-io/', 'linkedin-company'],
    ['https://www.linkedin.com/search/results/people/?keywords=cto', 'linkedin-list'],
    ['https://www.linkedin.com/sales/search/people?query=(x)', 'linkedin-list'],
    ['https://www.linkedin.com/sales/lists/people/7012345678?sortCriteria=CREATED_TIME', 'linkedin-list'],
    ['https://www.linkedin.com/sales/lead/ACwAAB9xYz8kLmN0pQ,NAME_SEARCH,Kx7q', 'linkedin-person'],
    ['https://www.linkedin.com/sales/home', 'generic'],
    ['https://www.linkedin.com/feed/', 'generic'],
    ['https://github.com/octocat', 'github'],
    ['https://github.com/orgs/acme-corp/people', 'github'],
    ['https://github.com/features', 'generic'],
    ['https://github.com/microlinkhq/mql', 'generic'],
    ['https://x.com/janedoe', 'x'],
    ['https://twitter.com/janedoe/status/1', 'x'],
    ['https://x.com/explore', 'generic'],
    ['https://www.crunchbase.com/organization/acme', 'crunchbase'],
    ['https://www.crunchbase.com/discover', 'generic'],
    ['https://www.brightforge.com.ua/contacts', 'generic'],
  ])('should tell %s is a %s page', (url, expected) => {
    expect(siteKindOf(new URL(url))).toBe(expected);
  });

  it('should call a page without a URL generic', () => {
    expect(siteKindOf(undefined)).toBe('generic');
  });
});

describe('isWallPage', () => {
  it.each([
    ['https://www.linkedin.com/authwall?trk=gf&sessionRedirect=x', 'LinkedIn'],
    ['https://www.linkedin.com/login', 'LinkedIn Login, Sign in | LinkedIn'],
    ['https://www.linkedin.com/checkpoint/challenge/x', 'Security Verification | LinkedIn'],
    ['https://www.linkedin.com/in/jane/', 'Sign Up | LinkedIn'],
    ['https://www.linkedin.com/in/jane/', 'LinkedIn: Log In or Sign Up'],
    ['https://www.linkedin.com/in/jane/', 'Profile Not Found | LinkedIn'],
    ['https://www.linkedin.com/in/jane/', '(2) Sign In | LinkedIn'],
    ['https://acme.example/missing', '404 Not Found'],
    ['https://acme.example/missing', 'Page not found – Acme'],
    ['https://acme.com.ua/cabinet', 'Вхід | Acme'],
    ['https://acme.ru/cabinet', 'Войти'],
  ])('should tell %s titled %j is a wall', (url, title) => {
    expect(isWallPage(pageAt(url, `<title>${title}</title>`))).toBe(true);
  });

  it.each([
    ['https://www.linkedin.com/in/jane/', '(3) Jane Doe | LinkedIn'],
    ['https://acme.example/blog/how-to-sign-up-customers', 'How to sign up customers faster | Acme'],
    ['https://acme.example/login-tips', 'Login tips for admins'],
    ['https://acme.example/', ''],
  ])('should not tell %s titled %j is a wall', (url, title) => {
    expect(isWallPage(pageAt(url, `<title>${title}</title>`))).toBe(false);
  });
});

describe('salesNavigatorLeadId', () => {
  it.each([
    ['https://www.linkedin.com/sales/lead/ACwAAB9xYz8kLmN0pQ,NAME_SEARCH,Kx7q', 'ACwAAB9xYz8kLmN0pQ'],
    ['https://www.linkedin.com/sales/lead/ACwAAB9xYz8kLmN0pQ%2CNAME_SEARCH%2CKx7q?_ntb=x', 'ACwAAB9xYz8kLmN0pQ'],
    ['https://www.linkedin.com/sales/people/ACwAAB9xYz8kLmN0pQ,name', 'ACwAAB9xYz8kLmN0pQ'],
    ['https://www.linkedin.com/sales/lead/short,NAME_SEARCH', undefined],
    ['https://www.linkedin.com/in/jane/', undefined],
  ])('should read the id of %s as %j', (url, expected) => {
    expect(salesNavigatorLeadId(new URL(url))).toBe(expected);
  });
});

describe('isAboutSomethingElse', () => {
  it.each([
    ['an og:type product', '<meta property="og:type" content="product">', true],
    ['an og:type article', '<meta property="og:type" content="article">', true],
    ['a JSON-LD Product', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"X"}</script>', true],
    ['a JSON-LD NewsArticle in a type list', '<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "X"}</script>', true],
    ['a microdata Product', '<div itemscope itemtype="https://schema.org/Product"></div>', true],
    ['a website', '<meta property="og:type" content="website">', false],
    ['an Organization', '<script type="application/ld+json">{"@type":"Organization","name":"Acme"}</script>', false],
    ['an empty page', '', false],
    ['an Organization offering a Product', '<script type="application/ld+json">{"@type":"Organization","name":"Acme","makesOffer":{"@type":"Offer","itemOffered":{"@type":"Product"}}}</script>', false],
    ['a JSON-LD ReportageNewsArticle in a graph', '<script type="application/ld+json">{"@graph":[{"@type":"NewsMediaOrganization","name":"X"},{"@type":"ReportageNewsArticle"}]}</script>', true],
    ['a NewsArticle in JSON-LD broken beyond repair', '<script type="application/ld+json">{"@type": "NewsArticle", "image": {"width": , "height": }}</script>', true],
    ['a shop category: an ItemList of products', '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"Product","name":"Router"}}]}</script>', true],
    ['an ItemList of people', '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"Person","name":"Jane Doe"}}]}</script>', false],
    ['a microdata NewsArticle inside a page item', '<html itemscope itemtype="http://schema.org/WebPage"><body itemscope itemtype="http://schema.org/NewsArticle"></body></html>', true],
  ])('should tell whether a page with %s is about something else', (_case, html, expected) => {
    expect(isAboutSomethingElse(pageAt('https://acme.example/news/1', html))).toBe(expected);
  });

  it.each([
    ['an About page', 'https://acme.example/about-us/', 'About - Acme'],
    ['a Contact page', 'https://acme.example/p/42', 'Contact us | Acme'],
    ['a Ukrainian contacts page', 'https://acme.example.ua/kontakty/', 'Акме'],
    ['a Russian team page', 'https://acme.example.ru/p/7', 'Наша команда — Акме'],
  ])('should not take %s typed og:type article (as WordPress SEO plugins type every page) for an article', (_case, url, title) => {
    const html = `<title>${title}</title><meta property="og:type" content="article">`;

    expect(isAboutSomethingElse(pageAt(url, html))).toBe(false);
  });

  it('should take a site home page for its owner, whatever items it features', () => {
    const html = '<script type="application/ld+json">{"@type":"Product","name":"Acme Router"}</script>';

    expect(isAboutSomethingElse(pageAt('https://acme.example/', html))).toBe(false);
  });
});
