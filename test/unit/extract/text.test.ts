import { describe, expect, it } from 'vitest';
import { deobfuscateEmails } from '@/lib/extract/layers/text-contacts';
import { parseContactText, textEmails } from '@/lib/extract/text';

/** A signature as it is selected in a mail client: one line each, indentation and blank lines kept. */
function lines(...text: string[]): string {
  return text.join('\n');
}

describe('parseContactText', () => {
  it.each([
    [
      'an English signature with a legal form',
      lines('Best regards,', '', 'Jane Doe', 'Head of Sales', 'Acme Inc.', 'jane.doe@acme.com | +1 415 555 0100', 'www.acme.com'),
      {
        person: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'Head of Sales', emails: ['jane.doe@acme.com'], phones: ['+14155550100'] },
        company: { name: 'Acme Inc.', website: 'https://www.acme.com/', domain: 'acme.com' },
      },
    ],
    [
      'a one-line signature with "at"',
      'John Smith | VP of Engineering at Globex | john@globex.io',
      {
        person: { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', title: 'VP of Engineering', emails: ['john@globex.io'], phones: [] },
        company: { name: 'Globex', domain: 'globex.io' },
      },
    ],
    [
      'a Ukrainian signature with a national mobile number',
      lines('З повагою,', 'Олена Коваленко', 'Керівниця відділу продажів', 'ТОВ «Фінлайтікс»', 'моб.: 067 123 45 67', 'olena@finlytics.com.ua'),
      {
        person: { fullName: 'Олена Коваленко', firstName: 'Олена', lastName: 'Коваленко', title: 'Керівниця відділу продажів', emails: ['olena@finlytics.com.ua'], phones: ['+380671234567'] },
        company: { name: 'ТОВ «Фінлайтікс»', domain: 'finlytics.com.ua' },
      },
    ],
    [
      'a Russian signature with an obfuscated address',
      lines('С уважением,', 'Иван Петров', 'Коммерческий директор', 'ООО «Ромашка»', 'Тел.: +7 495 123-45-67', 'ivan (собака) romashka.ru'),
      {
        person: { fullName: 'Иван Петров', firstName: 'Иван', lastName: 'Петров', title: 'Коммерческий директор', emails: ['ivan@romashka.ru'], phones: ['+74951234567'] },
        company: { name: 'ООО «Ромашка»', domain: 'romashka.ru' },
      },
    ],
    [
      'a Kyiv landline in international form and a LinkedIn profile',
      lines('Taras Shevchuk', 'CTO, Kvitka Labs', '+380 44 123 4567', 'linkedin.com/in/Taras-Shevchuk?trk=sig'),
      {
        person: { fullName: 'Taras Shevchuk', firstName: 'Taras', lastName: 'Shevchuk', title: 'CTO, Kvitka Labs', emails: [], phones: ['+380441234567'], linkedinUrl: 'https://www.linkedin.com/in/taras-shevchuk/' },
        company: {},
      },
    ],
    [
      'a developer with GitHub and X profiles and a free-mail address',
      lines('Maria Garcia', 'Senior Software Engineer', 'maria.garcia@gmail.com', 'https://github.com/MariaG', 'https://twitter.com/maria_codes', 'https://maria.dev/'),
      {
        person: {
          fullName: 'Maria Garcia', firstName: 'Maria', lastName: 'Garcia', title: 'Senior Software Engineer', emails: ['maria.garcia@gmail.com'], phones: [],
          githubUrl: 'https://github.com/mariag', twitterUrl: 'https://x.com/maria_codes', websiteUrl: 'https://maria.dev/',
        },
        company: {},
      },
    ],
    [
      'a name with credentials and a company taken from the address',
      lines('Anna Schmidt, PhD', 'Principal Data Scientist', 'anna [at] datenwerk [dot] de'),
      {
        person: { fullName: 'Anna Schmidt, PhD', firstName: 'Anna', lastName: 'Schmidt', title: 'Principal Data Scientist', emails: ['anna@datenwerk.de'], phones: [] },
        company: { name: 'Datenwerk', domain: 'datenwerk.de' },
      },
    ],
    [
      'a Ukrainian title "у" a company and a fax left out',
      lines('Андрій Мельник', 'Менеджер з продажу у SoftServe', 'Факс: +380 32 240 9999', 'Тел.: +380 32 240 9998'),
      {
        person: { fullName: 'Андрій Мельник', firstName: 'Андрій', lastName: 'Мельник', title: 'Менеджер з продажу', emails: [], phones: ['+380322409998'] },
        company: { name: 'SoftServe' },
      },
    ],
    [
      'an "@" between title and company and a spaced address',
      lines('Petro Bondar', 'Co-founder @ Nova Robotics', 'petro @ novarobotics.ai'),
      {
        person: { fullName: 'Petro Bondar', firstName: 'Petro', lastName: 'Bondar', title: 'Co-founder', emails: ['petro@novarobotics.ai'], phones: [] },
        company: { name: 'Nova Robotics', domain: 'novarobotics.ai' },
      },
    ],
  ])('should read %s', (_case, text, expected) => {
    const actual = parseContactText(text, { defaultCountry: 'UA' });

    expect(actual).toEqual({ ...expected, source: { url: '', kind: 'generic', extractors: ['text'] } });
  });

  it.each([
    ['UA', '067 123 45 67', '+380671234567'],
    ['ua', '(044) 123-45-67', '+380441234567'],
    ['GB', 'Mobile: 07911 123456', '+447911123456'],
    ['US', 'Direct: (415) 555-0100', '+14155550100'],
    [undefined, 'Tel: 067 123 45 67', '0671234567'],
  ])('should read phones with the default country %s', (defaultCountry, text, expected) => {
    expect(parseContactText(text, { defaultCountry }).person.phones).toEqual([expected]);
  });

  it.each([
    ['a date', 'Invoice 2024-05-01, order 12345'],
    ['a postcode and a house number', 'Khreshchatyk St 22, Kyiv 01001'],
  ])('should not take %s for a phone', (_case, text) => {
    expect(parseContactText(text, { defaultCountry: 'UA' }).person.phones).toEqual([]);
  });

  it.each([
    ['empty text', ''],
    ['whitespace', ' \n\t '],
    ['a greeting only', 'Best regards,\nThanks!'],
    ['prose', 'let me know what you think about the proposal when you have a minute'],
    ['not a string', undefined as unknown as string],
  ])('should find no prospect in %s', (_case, text) => {
    expect(parseContactText(text)).toEqual({ person: { emails: [], phones: [] }, company: {}, source: { url: '', kind: 'none', extractors: [] } });
  });

  it.each([
    ['a megabyte name', `${'A'.repeat(1_000_000)} Doe\njane@acme.com`],
    ['script tags', '<script>alert(1)</script> Jane Doe\n<img src=x onerror=alert(1)>'],
    ['RTL marks', '\u202eJane Doe\u202c\n\u200fjane@acme.com'],
    ['lone surrogates', '\ud800Jane \udfff Doe'],
  ])('should never throw on %s', (_case, text) => {
    expect(() => parseContactText(text, { defaultCountry: 'UA' })).not.toThrow();
  });

  it('should keep addresses and numbers in the order written, without repeats', () => {
    const text = lines('b@acme.com, a@acme.com', 'B@acme.com', '+380 44 123 4567', '+380441234567', '+380 67 123 4567');

    const { person } = parseContactText(text);

    expect(person.emails).toEqual(['b@acme.com', 'a@acme.com']);
    expect(person.phones).toEqual(['+380441234567', '+380671234567']);
  });
});

describe('textEmails', () => {
  it.each([
    ['jane [at] acme [dot] com', ['jane@acme.com']],
    ['jane(at)acme.com', ['jane@acme.com']],
    ['jane {at} acme {dot} co {dot} uk', ['jane@acme.co.uk']],
    ['jane (собака) acme.com.ua', ['jane@acme.com.ua']],
    ['jane [собачка] acme [точка] ru', ['jane@acme.ru']],
    ['jane (равлик) acme (крапка) ua', ['jane@acme.ua']],
    ['jane @ acme.com', ['jane@acme.com']],
    ['jane at acme dot com', ['jane@acme.com']],
    ['Jane.Doe@Acme.COM.', ['jane.doe@acme.com']],
    ['Head of Sales at Acme', []],
    ['not@an-address', []],
  ])('should read %s', (text, expected) => {
    expect(textEmails(text)).toEqual(expected);
  });
});

describe('deobfuscateEmails', () => {
  it('should leave text without a spelled-out address as it was', () => {
    const text = 'Head of Sales at Acme, Kyiv';

    expect(deobfuscateEmails(text)).toBe(text);
  });
});
