import type { Lead } from '@/lib/leads/types';
import { STAGE_LABEL, TEMPERATURE_LABEL, displayName, nameParts } from './lead-fields';

const CRLF = '\r\n';
/** RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF + one space). */
const MAX_LINE_OCTETS = 75;

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks are escaped in text values. */
function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(',', '\\,')
    .replaceAll(';', '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds at octet boundaries without splitting a UTF-8 character (a Cyrillic letter is two octets). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `20260120T100000Z`: the basic ISO format RFC 6350 uses for REV. */
function revisionStamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** A phone as a `tel:` URI: E.164 as is, anything else with only the characters a URI allows. */
function telUri(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A URI value is not a text value: only line breaks would break the line, and stored URLs have none. */
function uriProperty(name: string, url: string | undefined): string[] {
  return url && /^https?:\/\//i.test(url) ? [`${name}:${url.replace(/[\r\n]/g, '')}`] : [];
}

function textProperty(name: string, value: string | undefined): string[] {
  return value ? [`${name}:${escapeText(value)}`] : [];
}

/** Stage, temperature, grade and where the lead came from: what a CRM's contact note should carry. */
function qualificationNote(lead: Lead): string {
  const source = lead.sources[0];
  return [
    source ? `Captured from ${source.url} on ${source.capturedAt.slice(0, 10)}` : '',
    `Stage: ${STAGE_LABEL[lead.stage]}`,
    `Temperature: ${TEMPERATURE_LABEL[lead.temperature]}`,
    `ICP grade ${lead.icp.grade} (${lead.icp.score})`,
    ...lead.channels.map((tag) => `Channel: ${tag.channel}${tag.campaign ? ` (${tag.campaign})` : ''}`),
    lead.notes ? `Notes: ${lead.notes}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One lead as a vCard 4.0 (RFC 6350; CRM.md §3.1), CRLF line endings, folded. */
export function leadToVCard(lead: Lead): string {
  const { person, company } = lead;
  const { first, last } = nameParts(person);
  const name = displayName(person) || company.name || person.emails[0] || 'Unnamed lead';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `FN:${escapeText(name)}`,
    `N:${escapeText(last)};${escapeText(first)};;;`,
    ...textProperty('ORG', company.name),
    ...textProperty('TITLE', person.title),
    ...person.emails.map((email, index) => `EMAIL;TYPE=work${index === 0 ? ';PREF=1' : ''}:${escapeText(email)}`),
    ...person.phones.map((phone, index) => `TEL;VALUE=uri;TYPE=work,voice${index === 0 ? ';PREF=1' : ''}:${telUri(phone)}`),
    ...uriProperty('URL;TYPE=work', company.website ?? (company.domain ? `https://${company.domain}` : undefined)),
    ...uriProperty('X-SOCIALPROFILE;TYPE=linkedin', person.linkedinUrl),
    ...uriProperty('X-SOCIALPROFILE;TYPE=twitter', person.twitterUrl),
    ...uriProperty('X-SOCIALPROFILE;TYPE=github', person.githubUrl),
    ...uriProperty('URL;TYPE=home', person.websiteUrl),
    // ADR is structured (`;` separates its components): the location as the page wrote it is the locality.
    ...(person.location ? [`ADR;TYPE=work:;;;${escapeText(person.location)};;;`] : []),
    `CATEGORIES:${[`Grade ${lead.icp.grade}`, TEMPERATURE_LABEL[lead.temperature], STAGE_LABEL[lead.stage]].map(escapeText).join(',')}`,
    `NOTE:${escapeText(qualificationNote(lead))}`,
    `UID:urn:uuid:${lead.id}`,
    `REV:${revisionStamp(lead.updatedAt)}`,
    'END:VCARD',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** Several leads in one .vcf file: cards one after the other (RFC 6350 §3.1). */
export function leadsToVCard(leads: Iterable<Lead>): string {
  let file = '';
  for (const lead of leads) file += leadToVCard(lead);
  return file;
}
