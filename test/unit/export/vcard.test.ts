import { describe, expect, it } from 'vitest';
import { leadToVCard, leadsToVCard } from '@/lib/export/vcard';
import { makeStoredLead } from '../../fixtures/leads';

/** Unfolds (RFC 6350 §3.2) and splits into `NAME;PARAMS` → value, rejecting lines a reader would reject. */
function readCard(card: string): { lines: string[]; props: Map<string, string[]> } {
  expect(card.endsWith('\r\n')).toBe(true);
  const physical = card.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const lines = physical.reduce<string[]>((logical, line) => {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
    return logical;
  }, []);
  const props = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    props.set(name, [...(props.get(name) ?? []), line.slice(colon + 1)]);
  }
  return { lines, props };
}

describe('leadToVCard', () => {
  it('writes the properties CRM.md §3.1 maps, in a card that starts and ends right', () => {
    const lead = makeStoredLead({
      id: '6f1c0d2e-1111-4222-8333-944445555666',
      updatedAt: '2026-01-20T10:00:00.000Z',
      person: {
        title: 'VP Sales',
        emails: ['jane@acme.com', 'jane.doe@gmail.com'],
        phones: ['+380441234567'],
        linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
      },
      company: { name: 'Acme Inc.', website: 'https://acme.com' },
    });
    const { lines, props } = readCard(leadToVCard(lead));
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(props.get('FN')).toEqual(['Jane Doe']);
    expect(props.get('N')).toEqual(['Doe;Jane;;;']);
    expect(props.get('ORG')).toEqual(['Acme Inc.']);
    expect(props.get('TITLE')).toEqual(['VP Sales']);
    expect(props.get('EMAIL;TYPE=work;PREF=1')).toEqual(['jane@acme.com']);
    expect(props.get('EMAIL;TYPE=work')).toEqual(['jane.doe@gmail.com']);
    expect(props.get('TEL;VALUE=uri;TYPE=work,voice;PREF=1')).toEqual(['tel:+380441234567']);
    expect(props.get('URL;TYPE=work')).toEqual(['https://acme.com']);
    expect(props.get('X-SOCIALPROFILE;TYPE=linkedin')).toEqual(['https://www.linkedin.com/in/jane-doe/']);
    expect(props.get('UID')).toEqual(['urn:uuid:6f1c0d2e-1111-4222-8333-944445555666']);
    expect(props.get('REV')).toEqual(['20260120T100000Z']);
    expect(props.get('CATEGORIES')).toEqual(['Grade B,Warm,MQL']);
  });

  it.each([
    ['a comma', 'Acme, Inc.', 'Acme\\, Inc.'],
    ['a semicolon', 'R&D; Labs', 'R&D\\; Labs'],
    ['a backslash', 'C:\\Temp', 'C:\\\\Temp'],
    ['a line break', 'Acme\nLabs', 'Acme\\nLabs'],
  ])('escapes %s in text values', (_case, name, escaped) => {
    const { props } = readCard(leadToVCard(makeStoredLead({ company: { name } })));
    expect(props.get('ORG')).toEqual([escaped]);
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const title = 'Директор з розвитку бізнесу в Центральній та Східній Європі, Україна';
    const card = leadToVCard(makeStoredLead({ person: { title } }));
    const { props } = readCard(card);
    expect(props.get('TITLE')).toEqual([title.replace(',', '\\,')]);
    expect(card).toContain('\r\n ');
  });

  it('never lets a non-web URL or a line break through a URI property', () => {
    const { props } = readCard(
      leadToVCard(makeStoredLead({ person: { websiteUrl: 'javascript:alert(1)' }, company: { website: undefined, domain: 'acme.com' } })),
    );
    expect(props.get('URL;TYPE=home')).toBeUndefined();
    expect(props.get('URL;TYPE=work')).toEqual(['https://acme.com']);
  });

  it('keeps the qualification and the source in NOTE', () => {
    const { props } = readCard(leadToVCard(makeStoredLead({ notes: 'Met at Web Summit' })));
    const note = props.get('NOTE')?.[0] ?? '';
    expect(note).toContain('Captured from https://www.linkedin.com/in/jane-doe/ on 2025-03-12');
    expect(note).toContain('Stage: MQL\\nTemperature: Warm\\nICP grade B (70)');
    expect(note).toContain('Notes: Met at Web Summit');
  });

  it('names a lead without a name after its company so FN is never empty', () => {
    const lead = makeStoredLead({ person: { fullName: undefined, firstName: undefined, lastName: undefined } });
    expect(readCard(leadToVCard(lead)).props.get('FN')).toEqual(['Acme']);
  });
});

describe('leadsToVCard', () => {
  it('puts one card per lead in one file', () => {
    const file = leadsToVCard([makeStoredLead({ id: 'a' }), makeStoredLead({ id: 'b' })]);
    expect(file.match(/^BEGIN:VCARD$/gm)).toHaveLength(2);
    expect(file.match(/^UID:urn:uuid:(a|b)$/gm)).toEqual(['UID:urn:uuid:a', 'UID:urn:uuid:b']);
  });
});
