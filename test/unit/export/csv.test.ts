import { describe, expect, it } from 'vitest';
import { CSV_PRESETS, csvCell, csvHeader, csvRows, leadsToCsv, type CsvPreset } from '@/lib/export/csv';
import { unknownBant, type Lead, type Stage, type Temperature } from '@/lib/leads/types';
import { makeStoredLead } from '../../fixtures/leads';

const LINKEDIN_URL = 'https://www.linkedin.com/in/jane-doe/';

/**
 * A strict RFC 4180 reader: it rejects a bare CR or LF outside quotes, a stray quote and a missing final
 * CRLF, so parsing successfully is itself a check on the writer.
 */
function parseCsv(text: string): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('the last record must end with CRLF');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else inQuotes = false;
    } else if (char === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`);
      inQuotes = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += char;
    }
  }
  return records;
}

/** Each exported lead as header → cell. */
function exportedRows(leads: Lead[], preset: CsvPreset): Record<string, string>[] {
  const [header, ...rows] = parseCsv(leadsToCsv(leads, preset, { bom: false }));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
}

function exportedRow(lead: Lead, preset: CsvPreset): Record<string, string> {
  return exportedRows([lead], preset)[0];
}

/** Never ends, so only a lazy consumer can read from it. */
function* endlessLeads(): Generator<Lead> {
  for (let n = 1; ; n++) yield makeStoredLead({ id: `lead-${n}` });
}

const PRESETS: CsvPreset[] = ['hubspot', 'salesforce', 'pipedrive', 'generic'];

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
    ['   =1+1', "'   =1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    [' \u00A0 @x', "' \u00A0 @x"],
    ['  \n=x', `"'  \n'=x"`],
    ['ok\n=HYPERLINK("http://evil")', `"ok\n'=HYPERLINK(""http://evil"")"`],
    ['ok\r\n-2+3', `"ok\r\n'-2+3"`],
    ['ok\r+cmd', `"ok\r'+cmd"`],
    ['ok\n  @cmd', `"ok\n'  @cmd"`],
    ['ok\n\tcmd', `"ok\n'\tcmd"`],
    ['-1+2', "'-1+2"],
    ['+380 44 123 4567', "'+380 44 123 4567"],
    ['+0441234567', "'+0441234567"],
    ['+1234567890123456', "'+1234567890123456"],
    ['+12345', "'+12345"],
    ['-5.', "'-5."],
  ])('should neutralise %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['+380441234567'],
    ['+14155552671'],
    ['-5'],
    ['42'],
    ['3.14'],
    ['-0.5'],
    ['a=b'],
    ['Jane - CEO'],
    ['jane@acme.com'],
    [''],
  ])('should keep %j unchanged', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['a\rb', '"a\rb"'],
    ['para\n\npara', '"para\n\npara"'],
    ['plain text', 'plain text'],
    ["O'Brien", "O'Brien"],
    ['Київ; Львів', 'Київ; Львів'],
  ])('should quote %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('leadsToCsv', () => {
  it('should start with a UTF-8 BOM by default', () => {
    const actual = leadsToCsv([makeStoredLead()], 'generic');

    expect(actual.startsWith('\uFEFFID,')).toBe(true);
  });

  it.each([
    [{ bom: true }, true],
    [{ bom: false }, false],
    [{}, true],
  ])('should honour %o (BOM: %s)', (opts, expected) => {
    const actual = leadsToCsv([makeStoredLead()], 'hubspot', opts);

    expect(actual.startsWith('\uFEFF')).toBe(expected);
    expect(actual.indexOf('\uFEFF', 1)).toBe(-1);
  });

  it.each(PRESETS)('should end every %s line with CRLF, the last one included', (preset) => {
    const actual = leadsToCsv([makeStoredLead(), makeStoredLead({ id: 'lead-2' })], preset, { bom: false });

    expect(actual.endsWith('\r\n')).toBe(true);
    // parseCsv splits records on CRLF only and throws on a bare CR or LF outside quotes.
    expect(parseCsv(actual)).toHaveLength(3);
  });

  it.each(PRESETS)('should write only the header for no %s leads', (preset) => {
    expect(leadsToCsv([], preset, { bom: false })).toBe(csvHeader(preset));
  });

  it.each(PRESETS)('should parse back %s to one record per lead and one cell per header', (preset) => {
    const leads = [
      makeStoredLead({ notes: 'Met at "DevConf", Kyiv\r\nfollow up' }),
      makeStoredLead({ id: 'lead-2', person: { fullName: 'Doe, John', emails: [], phones: [] } }),
    ];

    const [header, ...rows] = parseCsv(leadsToCsv(leads, preset, { bom: false }));

    expect(header).toEqual(CSV_PRESETS[preset].map((col) => col.header));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it.each(PRESETS)('should build the %s file from csvHeader and csvRows', (preset) => {
    const leads = [makeStoredLead(), makeStoredLead({ id: 'lead-2', stage: 'sql' })];

    const streamed = csvHeader(preset) + [...csvRows(leads, preset)].join('');

    expect(leadsToCsv(leads, preset, { bom: false })).toBe(streamed);
  });

  it('should stream rows lazily, one lead at a time', () => {
    const rows = csvRows(endlessLeads(), 'generic');

    expect(rows.next().value).toMatch(/^lead-1,/);
    expect(rows.next().value).toMatch(/^lead-2,/);
  });
});

describe('CSV_PRESETS headers', () => {
  it.each<[CsvPreset, string[]]>([
    [
      'hubspot',
      [
        'First Name',
        'Last Name',
        'Email',
        'Job Title',
        'Phone Number',
        'Mobile Phone Number',
        'Company Name',
        'Company Domain Name',
        'Website URL',
        'LinkedIn URL',
        'Lifecycle Stage',
        'Lead Status',
        'Lead Temperature',
        'BANT Budget',
        'BANT Authority',
        'BANT Need',
        'BANT Timing',
        'ICP Score',
        'ICP Tier',
        'Source Channel',
        'Prospect Key',
        'Captured From URL',
        'Captured At',
      ],
    ],
    [
      'salesforce',
      [
        'First Name',
        'Last Name',
        'Title',
        'Company',
        'Email',
        'Phone',
        'Mobile Phone',
        'Website',
        'Lead Source',
        'Lead Status',
        'Rating',
        'Industry',
        'Description',
      ],
    ],
    [
      'pipedrive',
      [
        'Person - Name',
        'Person - Email',
        'Person - Secondary email',
        'Person - Phone',
        'Person - Secondary phone',
        'Person - Job title',
        'Organization - Name',
        'Organization - Website',
        'Lead - Title',
        'Lead - Labels',
        'Note - Content',
      ],
    ],
    [
      'generic',
      [
        'ID',
        'Created at',
        'Updated at',
        'Full name',
        'First name',
        'Last name',
        'Job title',
        'Headline',
        'Location',
        'Email',
        'Email 2',
        'Email 3',
        'Phone',
        'Phone 2',
        'Phone 3',
        'LinkedIn URL',
        'X URL',
        'GitHub URL',
        'Website',
        'Avatar URL',
        'Company',
        'Company domain',
        'Company website',
        'Industry',
        'Company size',
        'Employees',
        'Company location',
        'Company LinkedIn URL',
        'Company description',
        'Stage',
        'Temperature',
        'Budget',
        'Budget note',
        'Authority',
        'Authority note',
        'Need',
        'Need note',
        'Timing',
        'Timing note',
        'ICP score',
        'ICP grade',
        'Channel',
        'Channel direction',
        'Campaign',
        'Channel code',
        'Source URLs',
        'Source page kinds',
        'Sources captured at',
        'Reminder due',
        'Reminder note',
        'Notes',
      ],
    ],
  ])('should write the %s header row', (preset, headers) => {
    expect(csvHeader(preset)).toBe(`${headers.join(',')}\r\n`);
  });
});

describe('stage mapping', () => {
  it.each<[Stage, string, string, string, string]>([
    ['contact-us', 'Lead', 'New', 'Open - Not Contacted', 'Contact us'],
    ['mql', 'Marketing Qualified Lead', 'Open', 'Open - Not Contacted', 'MQL'],
    ['call', 'Marketing Qualified Lead', 'Connected', 'Working - Contacted', 'Call'],
    ['sql', 'Sales Qualified Lead', 'In Progress', 'Working - Contacted', 'SQL'],
    ['negotiation', 'Opportunity', 'Open Deal', 'Closed - Converted', 'Negotiation'],
    ['closed-won', 'Customer', 'Open Deal', 'Closed - Converted', 'Closed won'],
    ['closed-lost', '', 'Unqualified', 'Closed - Not Converted', 'Closed lost'],
    ['contact-later', '', 'Bad Timing', 'Working - Contacted', 'Contact in the future'],
  ])(
    'should map %s to HubSpot %j / %j, Salesforce %j and %j elsewhere',
    (stage, lifecycle, hubspotStatus, salesforceStatus, label) => {
      const lead = makeStoredLead({ stage });

      const hubspot = exportedRow(lead, 'hubspot');
      const salesforce = exportedRow(lead, 'salesforce');

      expect([hubspot['Lifecycle Stage'], hubspot['Lead Status']]).toEqual([lifecycle, hubspotStatus]);
      expect(salesforce['Lead Status']).toBe(salesforceStatus);
      expect(salesforce.Description).toContain(`Stage: ${label}\n`);
      expect(exportedRow(lead, 'pipedrive')['Note - Content']).toContain(`Stage: ${label}\n`);
      expect(exportedRow(lead, 'generic').Stage).toBe(label);
    },
  );
});

describe('temperature mapping', () => {
  it.each<[Temperature, string, string]>([
    ['hot', 'Hot', 'hot'],
    ['warm', 'Warm', 'warm'],
    ['cold', 'Cold', 'cold'],
  ])('should map %s to Rating %j and label %j', (temperature, label, id) => {
    const lead = makeStoredLead({ temperature });

    expect(exportedRow(lead, 'salesforce').Rating).toBe(label);
    expect(exportedRow(lead, 'pipedrive')['Lead - Labels']).toBe(id);
    expect(exportedRow(lead, 'hubspot')['Lead Temperature']).toBe(id);
    expect(exportedRow(lead, 'generic').Temperature).toBe(label);
  });
});

describe('channel mapping', () => {
  it.each([
    ['LinkedIn', 'Web'],
    ['Inbound form', 'Web'],
    ['Referral', 'Partner Referral'],
    ['Event', 'Other'],
    ['Telegram group', 'Other'],
  ])('should send channel %j to Salesforce as Lead Source %j', (channel, expected) => {
    const lead = makeStoredLead({ channels: [{ channel, direction: 'inbound', campaign: 'spring-promo' }] });

    expect(exportedRow(lead, 'salesforce')['Lead Source']).toBe(expected);
    expect(exportedRow(lead, 'hubspot')['Source Channel']).toBe(channel);
    expect(exportedRow(lead, 'generic')).toMatchObject({ Channel: channel, Campaign: 'spring-promo' });
  });

  it('should leave Lead Source empty without a channel so the wizard default applies', () => {
    expect(exportedRow(makeStoredLead({ channels: [] }), 'salesforce')['Lead Source']).toBe('');
  });
});

describe('names and required fields', () => {
  it.each([
    [{ fullName: 'Jane van der Berg' }, 'Jane', 'van der Berg'],
    [{ fullName: '  Олена   Коваленко ' }, 'Олена', 'Коваленко'],
    [{ fullName: 'Madonna' }, '', 'Madonna'],
    [{ fullName: 'Jane Doe', firstName: 'J.', lastName: 'Doe-Smith' }, 'J.', 'Doe-Smith'],
  ])('should split %o into %j / %j for HubSpot and Salesforce', (name, first, last) => {
    const lead = makeStoredLead({ person: { firstName: undefined, lastName: undefined, ...name } });

    for (const preset of ['hubspot', 'salesforce'] as const) {
      expect(exportedRow(lead, preset)).toMatchObject({ 'First Name': first, 'Last Name': last });
    }
  });

  it('should fill Salesforce required Last Name and Company when missing', () => {
    const lead = makeStoredLead({
      person: { fullName: undefined, firstName: undefined, lastName: undefined },
      company: { name: undefined },
    });

    expect(exportedRow(lead, 'salesforce')).toMatchObject({
      'Last Name': '[not provided]',
      Company: '[not provided]',
    });
    expect(exportedRow(lead, 'hubspot')).toMatchObject({ 'Last Name': '', 'Company Name': '' });
  });

  it('should title a Pipedrive lead with company, person and ICP grade', () => {
    expect(exportedRow(makeStoredLead(), 'pipedrive')['Lead - Title']).toBe('Acme – Jane Doe (ICP B)');
  });
});

describe('multiple emails and phones', () => {
  const lead = makeStoredLead({
    person: { emails: ['jane@acme.com', 'jane@gmail.com'], phones: ['+380441234567', '+380501112233'] },
  });

  it.each<[CsvPreset, Record<string, string>]>([
    ['hubspot', { Email: 'jane@acme.com', 'Phone Number': '+380441234567', 'Mobile Phone Number': '+380501112233' }],
    ['salesforce', { Email: 'jane@acme.com', Phone: '+380441234567', 'Mobile Phone': '+380501112233' }],
    [
      'pipedrive',
      {
        'Person - Email': 'jane@acme.com',
        'Person - Secondary email': 'jane@gmail.com',
        'Person - Phone': '+380441234567',
        'Person - Secondary phone': '+380501112233',
      },
    ],
    [
      'generic',
      { Email: 'jane@acme.com', 'Email 2': 'jane@gmail.com', Phone: '+380441234567', 'Phone 2': '+380501112233' },
    ],
  ])('should put the first %s value in the main column and the second in its own', (preset, expected) => {
    const actual = exportedRow(lead, preset);
    const joined = Object.values(actual).filter(
      (cell) => cell.includes('jane@acme.com') && cell.includes('jane@gmail.com'),
    );

    expect(actual).toMatchObject(expected);
    expect(joined).toEqual([]);
  });
});

describe('qualification summary', () => {
  it.each<[CsvPreset, string]>([
    ['salesforce', 'Description'],
    ['pipedrive', 'Note - Content'],
  ])('should describe stage, BANT, ICP, channel, reminder, sources and notes for %s in %s', (preset, summary) => {
    const lead = makeStoredLead({
      bant: { ...unknownBant(), budget: { status: 'yes', note: '10k approved' }, need: { status: 'partial' } },
      reminder: { dueAt: '2025-06-01', note: 'after budget cycle' },
      notes: '- asked for a demo',
    });

    const actual = exportedRow(lead, preset)[summary];

    expect(actual).toBe(
      [
        'Stage: MQL',
        'Temperature: Warm',
        'Budget: Yes (10k approved)',
        'Authority: Unknown',
        'Need: Partial',
        'Timing: Unknown',
        'ICP: 70 (grade B)',
        'Channel: LinkedIn (outbound)',
        'Contact after: 2025-06-01 (after budget cycle)',
        'Source: https://www.linkedin.com/in/jane-doe/',
        'Notes: - asked for a demo',
      ].join('\n'),
    );
  });

  it('should neutralise a note line that starts a formula', () => {
    const lead = makeStoredLead({ notes: 'call back\n=HYPERLINK("http://evil")' });

    const actual = exportedRow(lead, 'salesforce').Description;

    expect(actual).toMatch(/\nNotes: call back\n'=HYPERLINK\("http:\/\/evil"\)$/);
  });
});

describe('round trip', () => {
  it('should keep Cyrillic text through UTF-8 encoding with a BOM', () => {
    const lead = makeStoredLead({
      person: {
        fullName: 'Олена Коваленко',
        firstName: 'Олена',
        lastName: 'Коваленко',
        title: 'Директорка з продажу',
      },
      company: { name: 'ТОВ «Роги і копита», Київ' },
      notes: 'Зустріч у "Львові"\r\nї, є, ґ',
    });
    const bytes = new TextEncoder().encode(leadsToCsv([lead], 'generic'));

    const decoded = new TextDecoder('utf-8').decode(bytes);
    const actual = exportedRows([lead], 'generic')[0];

    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(decoded).toBe(leadsToCsv([lead], 'generic', { bom: false }));
    expect(actual).toMatchObject({
      'Full name': 'Олена Коваленко',
      'Job title': 'Директорка з продажу',
      Company: 'ТОВ «Роги і копита», Київ',
      Notes: 'Зустріч у "Львові"\r\nї, є, ґ',
    });
  });

  it('should bring back every stored value of a full lead in the generic preset', () => {
    const lead = makeStoredLead({
      id: '6f1c2a9e-0000-4000-8000-000000000001',
      person: {
        fullName: 'Jane "JD" Doe',
        firstName: 'Jane',
        lastName: 'Doe, Jr.',
        title: 'VP, Sales',
        headline: 'Helping teams sell\nwithout spam',
        location: 'Kyiv, Ukraine',
        emails: ['jane@acme.com', 'jane@gmail.com', 'jd@acme.io'],
        phones: ['+380441234567', '+14155552671', '044 123 45 67'],
        linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
        twitterUrl: 'https://x.com/janedoe',
        githubUrl: 'https://github.com/janedoe',
        websiteUrl: 'https://jane.dev',
        avatarUrl: 'https://cdn.example.com/a.png?size=200&v=2',
      },
      company: {
        name: 'Acme, Inc.',
        domain: 'acme.com',
        website: 'https://acme.com',
        industry: 'Software',
        size: '51-200',
        employeeCount: 120,
        location: 'Lviv',
        linkedinUrl: 'https://www.linkedin.com/company/acme/',
        description: 'We make "anvils"\r\nand rockets',
      },
      sources: [
        { url: LINKEDIN_URL, kind: 'linkedin-person', capturedAt: '2025-03-01T10:00:00.000Z' },
        { url: 'https://acme.com/team?a=1,2', kind: 'company-site', capturedAt: '2025-03-02T09:00:00.000Z' },
      ],
      channels: [
        { channel: 'LinkedIn', direction: 'outbound', campaign: 'Q2 founders', code: 'LI-42' },
        { channel: 'Referral', direction: 'inbound', campaign: 'partners', code: 'REF-7' },
      ],
      bant: {
        budget: { status: 'yes', note: 'approved, 10k' },
        authority: { status: 'partial', note: 'needs CFO sign-off' },
        need: { status: 'no', note: 'happy with "tool X"' },
        timing: { status: 'unknown', note: 'Q3?' },
      },
      icp: { score: 87, grade: 'A' },
      reminder: { dueAt: '2025-07-01T09:00:00.000Z', note: 'after holidays' },
      notes: 'First line\r\nSecond, with comma',
    });

    const cells = Object.values(exportedRow(lead, 'generic'));
    const exported = new Set(cells.flatMap((cell) => [cell, ...cell.split('\n')]));

    for (const [path, value] of storedLeaves(lead)) {
      expect(exported.has(String(value)), `${path} = ${JSON.stringify(value)}`).toBe(true);
    }
  });
});

/**
 * Every primitive in a lead with its path, except the index-only fields and the enums the generic preset
 * writes as words (covered by the mapping tests above).
 */
function storedLeaves(value: unknown, path = ''): [string, string | number][] {
  if (/^(identityKeys|searchText|stage|temperature|bant\.\w+\.status)$/.test(path)) return [];
  if (typeof value === 'string' || typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => storedLeaves(child, path ? `${path}.${key}` : key));
}
