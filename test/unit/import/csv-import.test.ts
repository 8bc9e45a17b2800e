import { describe, expect, it } from 'vitest';
import { leadsToCsv, type CsvPreset } from '@/lib/export/csv';
import { guessMapping, ImportFileError, parseCsv, planImport, rowToLead, type ImportField } from '@/lib/import/csv-import';
import { makeStoredLead } from '../../fixtures/leads';

const CONTEXT = { fileName: 'event.csv', channel: { channel: 'Event', direction: 'outbound' as const } };

describe('parseCsv', () => {
  it.each([
    ['comma, CRLF, BOM', '\uFEFFName,Email\r\nJane Doe,jane@acme.com\r\n'],
    ['semicolon (EU Excel), LF', 'Name;Email\nJane Doe;jane@acme.com\n'],
    ['tab', 'Name\tEmail\nJane Doe\tjane@acme.com'],
  ])('reads %s', (_case, text) => {
    expect(parseCsv(text)).toEqual({ headers: ['Name', 'Email'], rows: [['Jane Doe', 'jane@acme.com']] });
  });

  it('keeps quoted commas, quotes and line breaks inside a cell, and skips blank lines', () => {
    const parsed = parseCsv('Name,Notes\r\n"Doe, Jane","She said ""call me""\r\nin May"\r\n\r\n');
    expect(parsed.rows).toEqual([['Doe, Jane', 'She said "call me"\r\nin May']]);
  });

  it.each([
    ['an empty file', ''],
    ['a header only', 'Name,Email\r\n'],
  ])('refuses %s with a message that says why', (_case, text) => {
    expect(() => parseCsv(text)).toThrow(ImportFileError);
  });
});

describe('guessMapping', () => {
  it.each<[string, string[], ImportField[]]>([
    ['HubSpot', ['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Lifecycle Stage'], ['firstName', 'lastName', 'email', 'phone', 'companyName', 'stage']],
    ['Pipedrive', ['Person - Name', 'Person - Email', 'Person - Secondary email', 'Organization - Name'], ['fullName', 'email', 'email', 'companyName']],
    ['Ukrainian', ["Ім'я", 'Прізвище', 'Посада', 'Компанія', 'Телефон'], ['firstName', 'lastName', 'title', 'companyName', 'phone']],
    ['Russian', ['ФИО', 'Должность', 'Компания', 'Эл. почта'], ['fullName', 'title', 'companyName', 'email']],
    ['unknown and repeated single fields', ['Company', 'Favourite colour', 'Organisation'], ['companyName', 'ignore', 'ignore']],
  ])('maps %s headers', (_case, headers, fields) => {
    expect(guessMapping(headers)).toEqual(fields);
  });
});

describe('rowToLead', () => {
  const mapping: ImportField[] = ['fullName', 'email', 'phone', 'linkedinUrl', 'stage', 'companyName'];

  it('turns a row into the lead a save would store, tagged with the import channel and the file', () => {
    const row = rowToLead(['Jane Doe', 'Jane@Acme.com', '067 123 45 67', 'linkedin.com/in/jane-doe?trk=x', 'MQL', 'Acme'], 1, mapping, CONTEXT);
    expect(row).toMatchObject({
      ok: true,
      warnings: [],
      lead: {
        person: { fullName: 'Jane Doe', emails: ['jane@acme.com'], phones: ['067 123 45 67'], linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' },
        company: { name: 'Acme' },
        source: { url: 'import:event.csv', kind: 'generic' },
        channel: { channel: 'Event', direction: 'outbound' },
        stage: 'mql',
      },
    });
  });

  it.each<[string, string[], string[]]>([
    ['a broken email', ['Jane', 'jane@', '', '', '', ''], ['“jane@” is not an email address.']],
    ['a non-LinkedIn profile URL', ['Jane', '', '', 'https://example.com/jane', '', ''], ['“https://example.com/jane” is not a LinkedIn profile URL.']],
    ['nothing that tells who it is', ['', '', '', '', 'MQL', 'Acme'], ['No name, email, phone or profile: nothing tells who this lead is.']],
  ])('rejects a row with %s', (_case, cells, problems) => {
    expect(rowToLead(cells, 7, mapping, CONTEXT)).toEqual({ ok: false, row: 7, problems });
  });

  it.each([
    ['Marketing Qualified Lead', 'mql'],
    ['Customer', 'closed-won'],
    ['Closed won', 'closed-won'],
    ['contact-later', 'contact-later'],
  ])('reads the stage %s', (cell, stage) => {
    expect(rowToLead(['Jane', '', '', '', cell, ''], 1, mapping, CONTEXT)).toMatchObject({ ok: true, lead: { stage } });
  });

  it('keeps a lead whose stage is unknown, at the start, with a warning', () => {
    expect(rowToLead(['Jane', '', '', '', 'Evaluating', ''], 1, mapping, CONTEXT)).toMatchObject({
      ok: true,
      lead: { stage: 'contact-us' },
      warnings: ['Stage “Evaluating” is not one we know: the lead starts at Contact us.'],
    });
  });
});

describe('planImport', () => {
  it('keeps the good rows and reports the bad ones by row number', () => {
    const parsed = parseCsv('Name,Email\r\nJane,jane@acme.com\r\nBad,not-an-email\r\nJohn,john@acme.com\r\n');
    const plan = planImport(parsed, guessMapping(parsed.headers), CONTEXT);
    expect(plan.leads.map((row) => [row.row, row.lead.person.fullName])).toEqual([
      [1, 'Jane'],
      [3, 'John'],
    ]);
    expect(plan.rejected).toEqual([{ ok: false, row: 2, problems: ['“not-an-email” is not an email address.'] }]);
  });

  it.each<CsvPreset>(['hubspot', 'salesforce', 'pipedrive', 'generic'])('reads back a %s export with the guessed mapping', (preset) => {
    const lead = makeStoredLead({
      person: { phones: ['+380441234567'], linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' },
      company: { name: 'Acme, Inc.' },
    });
    const parsed = parseCsv(leadsToCsv([lead], preset));
    const [row] = planImport(parsed, guessMapping(parsed.headers), CONTEXT).leads;
    expect(row.lead.person).toMatchObject({ emails: ['jane@acme.com'], phones: ['+380441234567'], title: 'VP of Sales' });
    expect(row.lead.person.fullName ?? `${row.lead.person.firstName} ${row.lead.person.lastName}`).toBe('Jane Doe');
    expect(row.lead.company.name).toBe('Acme, Inc.');
  });
});
