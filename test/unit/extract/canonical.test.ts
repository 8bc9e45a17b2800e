import { describe, expect, it } from 'vitest';
import {
  canonicalGithubUrl,
  canonicalLinkedInCompanyUrl,
  canonicalLinkedInPersonUrl,
  canonicalXUrl,
  isFreeMailDomain,
  isPlatformHostedSite,
  linkedInSlug,
  normaliseEmail,
  normalisePhone,
  registrableDomain,
} from '@/lib/canonical';

describe('canonicalLinkedInPersonUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/olena-kovalenko-4b2a19/', 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/'],
    ['https://www.linkedin.com/in/olena-kovalenko-4b2a19', 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/'],
    ['https://ua.linkedin.com/in/andriy-melnyk-9a8b7c?trk=public_profile', 'https://www.linkedin.com/in/andriy-melnyk-9a8b7c/'],
    ['http://linkedin.com/in/Jane-Doe/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://de.linkedin.com/in/jane-doe/fr', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/jane-doe/?originalSubdomain=ua&lipi=urn#experience', 'https://www.linkedin.com/in/jane-doe/'],
    ['https://www.linkedin.com/in/thilde-markstr%C3%B6m-02a5192b7', 'https://www.linkedin.com/in/thilde-markström-02a5192b7/'],
    ['https://www.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0/', 'https://www.linkedin.com/in/олена/'],
    ['www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
  ])('should canonicalise %s', (url, expected) => {
    expect(canonicalLinkedInPersonUrl(url)).toBe(expected);
  });

  it.each([
    ['https://www.linkedin.com/company/acme/'],
    ['https://www.linkedin.com/feed/'],
    ['https://www.linkedin.com/in/'],
    ['https://notlinkedin.com/in/jane-doe/'],
    ['https://linkedin.com.evil.example/in/jane-doe/'],
    ['javascript:alert(1)//linkedin.com/in/jane'],
    ['https://www.linkedin.com/in/%E0%A4%A/'],
    [''],
  ])('should refuse %s', (url) => {
    expect(canonicalLinkedInPersonUrl(url)).toBeUndefined();
  });
});

describe('linkedInSlug', () => {
  it.each([
    ['https://ua.linkedin.com/in/Andriy-Melnyk-9a8b7c/overlay/contact-info/?trk=x', 'andriy-melnyk-9a8b7c'],
    ['https://www.linkedin.com/in/thilde-markstr%C3%B6m-02a5192b7', 'thilde-markström-02a5192b7'],
    ['https://www.linkedin.com/company/acme/', undefined],
  ])('should read the slug of %s', (url, expected) => {
    expect(linkedInSlug(url)).toBe(expected);
  });
});

describe('canonicalLinkedInCompanyUrl', () => {
  it.each([
    ['https://www.linkedin.com/company/finlytics-io/', 'https://www.linkedin.com/company/finlytics-io/'],
    ['https://ua.linkedin.com/company/Lvivware?trk=public_profile', 'https://www.linkedin.com/company/lvivware/'],
    ['https://www.linkedin.com/company/10464352/', 'https://www.linkedin.com/company/10464352/'],
    ['https://www.linkedin.com/company/acme/about/', 'https://www.linkedin.com/company/acme/'],
    ['https://www.linkedin.com/in/jane-doe/', undefined],
    ['https://www.linkedin.com/search/results/all/?keywords=Recruitjob.se', undefined],
  ])('should canonicalise %s', (url, expected) => {
    expect(canonicalLinkedInCompanyUrl(url)).toBe(expected);
  });
});

describe('canonicalXUrl', () => {
  it.each([
    ['https://x.com/JaneDoe', 'https://x.com/janedoe'],
    ['https://twitter.com/jane_doe/status/123', 'https://x.com/jane_doe'],
    ['https://mobile.twitter.com/jane_doe?lang=uk', 'https://x.com/jane_doe'],
    ['https://twitter.com/intent/user?screen_name=JaneDoe', 'https://x.com/janedoe'],
    ['https://x.com/home', undefined],
    ['https://x.com/intent/tweet?url=https%3A%2F%2Fexample.com', undefined],
    ['https://x.com/a_handle_far_too_long', undefined],
    ['https://example.com/janedoe', undefined],
  ])('should canonicalise %s', (url, expected) => {
    expect(canonicalXUrl(url)).toBe(expected);
  });
});

describe('canonicalGithubUrl', () => {
  it.each([
    ['https://github.com/Octocat', 'https://github.com/octocat'],
    ['https://www.github.com/octocat/hello-world', 'https://github.com/octocat'],
    ['https://github.com/orgs/Acme-Corp/people', 'https://github.com/acme-corp'],
    ['https://github.com/features/copilot', undefined],
    ['https://github.com/-leading-hyphen', undefined],
    ['https://gist.github.com/octocat', undefined],
  ])('should canonicalise %s', (url, expected) => {
    expect(canonicalGithubUrl(url)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['https://www.brightforge.com.ua/contacts', 'brightforge.com.ua'],
    ['https://eu.acme.com:8443/x?y#z', 'acme.com'],
    ['WWW.Acme.CO.UK.', 'acme.co.uk'],
    ['acme.com/about', 'acme.com'],
    ['someone.github.io', 'github.io'],
    ['https://пример.рф/', 'xn--e1afmkfd.xn--p1ai'],
    ['localhost', undefined],
    ['http://127.0.0.1/', undefined],
    ['com.ua', undefined],
    ['not a host', undefined],
    ['', undefined],
  ])('should give the registrable domain of %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['Sales@BrightForge.com.ua', 'sales@brightforge.com.ua'],
    ['  mailto:Jane.Doe+crm@Example.COM. ', 'jane.doe+crm@example.com'],
    ['jane@пример.рф', 'jane@xn--e1afmkfd.xn--p1ai'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['олена@приклад.укр', 'олена@xn--80aikifvh.xn--j1amh'],
  ])('should normalise %s', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });

  it.each([
    ['jane.doe'],
    ['@example.com'],
    ['jane@'],
    ['jane@localhost'],
    ['jane@@example.com'],
    ['jane..doe@example.com'],
    ['.jane@example.com'],
    ['jane doe@example.com'],
    ['jane@exa_mple.com'],
    ['jane@[127.0.0.1]'],
    ['jane@example.c0m'],
    [`${'a'.repeat(65)}@example.com`],
    [`jane@${'a'.repeat(250)}.com`],
    ['<script>@example.com'],
  ])('should refuse %s', (raw) => {
    expect(normaliseEmail(raw)).toBeUndefined();
  });
});

describe('normalisePhone', () => {
  it.each([
    ['044 123 45 67', 'UA', '+380441234567'],
    ['(044) 123-45-67', 'ua', '+380441234567'],
    ['+380 44 123 45 67', undefined, '+380441234567'],
    ['00380441234567', undefined, '+380441234567'],
    ['+1 (415) 555-2671', 'UA', '+14155552671'],
    ['415 555 2671', 'US', '+14155552671'],
    ['020 7946 0958', 'GB', '+442079460958'],
  ])('should give E.164 for %s in %s', (raw, country, expected) => {
    expect(normalisePhone(raw, country)).toBe(expected);
  });

  it.each([
    ['044 123 45 67', undefined],
    ['044 123 45 67', 'XX'],
    ['12', 'UA'],
    ['+999 123', undefined],
    ['not a number', 'UA'],
    ['1'.repeat(60), 'UA'],
  ])('should give nothing for %s in %s', (raw, country) => {
    expect(normalisePhone(raw, country)).toBeUndefined();
  });
});

describe('isPlatformHostedSite', () => {
  it.each([
    ['https://jane.github.io/', true],
    ['acme.netlify.app', true],
    ['https://shop.blogspot.com/about', true],
    ['https://jane.dev/', false],
    ['https://www.acme.com.ua/', false],
    ['not a host', false],
    ['', false],
  ])('should tell whether %s is a site on a hosting platform', (input, expected) => {
    expect(isPlatformHostedSite(input)).toBe(expected);
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    ['gmail.com', true],
    ['Jane.Doe@GMail.com', true],
    ['olena@ukr.net', true],
    ['mail.yahoo.com', true],
    ['sales@brightforge.com.ua', false],
    ['acme.com', false],
    ['', false],
  ])('should tell whether %s is free mail', (input, expected) => {
    expect(isFreeMailDomain(input)).toBe(expected);
  });
});
