import Papa from 'papaparse';
import { canonicalGithubUrl, canonicalLinkedInPersonUrl, canonicalXUrl, normaliseEmail, registrableDomain } from '@/lib/canonical';
import { STAGE_LABEL } from '@/lib/export/lead-fields';
import { STAGES, unknownBant, type ChannelTag, type LeadInput, type Stage } from '@/lib/leads/types';

/** What an imported column fills in. */
export type ImportField =
  | 'ignore'
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'email'
  | 'phone'
  | 'location'
  | 'linkedinUrl'
  | 'twitterUrl'
  | 'githubUrl'
  | 'websiteUrl'
  | 'companyName'
  | 'companyDomain'
  | 'companyWebsite'
  | 'industry'
  | 'stage'
  | 'campaign'
  | 'notes';

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  ignore: 'Do not import',
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  title: 'Job title',
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  linkedinUrl: 'LinkedIn URL',
  twitterUrl: 'X URL',
  githubUrl: 'GitHub URL',
  websiteUrl: 'Personal website',
  companyName: 'Company',
  companyDomain: 'Company domain',
  companyWebsite: 'Company website',
  industry: 'Industry',
  stage: 'Stage',
  campaign: 'Campaign',
  notes: 'Notes',
};

/** Fields a row can hold several of (each in its own column, CRM.md §1.1); the others take the first filled one. */
const MULTI_VALUE: ReadonlySet<ImportField> = new Set(['email', 'phone']);

/**
 * Headers as CRM exports, purchased lists and our own presets write them, compared without case,
 * spaces or punctuation. English, Ukrainian and Russian.
 */
const HEADER_SYNONYMS: Readonly<Record<Exclude<ImportField, 'ignore'>, readonly string[]>> = {
  fullName: ['full name', 'name', 'person name', 'person - name', 'contact name', 'contact', "ім'я та прізвище", 'піб', 'фио', 'имя и фамилия'],
  firstName: ['first name', 'firstname', 'given name', "ім'я", 'имя'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'прізвище', 'фамилия'],
  title: ['job title', 'title', 'position', 'role', 'person - job title', 'посада', 'должность'],
  email: ['email', 'e-mail', 'email address', 'work email', 'business email', 'person - email', 'secondary email', 'person - secondary email', 'email 2', 'email 3', 'пошта', 'почта', 'ел. пошта', 'эл. почта'],
  phone: ['phone', 'phone number', 'mobile', 'mobile phone', 'mobile phone number', 'work phone', 'person - phone', 'person - secondary phone', 'secondary phone', 'phone 2', 'phone 3', 'телефон', 'мобільний', 'мобильный'],
  location: ['location', 'city', 'місто', 'город', 'локація'],
  linkedinUrl: ['linkedin', 'linkedin url', 'linkedin profile', 'person linkedin url'],
  twitterUrl: ['x url', 'twitter', 'twitter url', 'x'],
  githubUrl: ['github', 'github url'],
  websiteUrl: ['personal website', 'website url (personal)'],
  companyName: ['company', 'company name', 'organization', 'organisation', 'organization - name', 'account name', 'компанія', 'компания', 'організація', 'организация'],
  companyDomain: ['company domain', 'company domain name', 'domain'],
  companyWebsite: ['company website', 'website', 'website url', 'organization - website', 'сайт'],
  industry: ['industry', 'галузь', 'отрасль'],
  stage: ['stage', 'lead status', 'status', 'lifecycle stage', 'стадія', 'стадия'],
  campaign: ['campaign', 'кампанія', 'кампания'],
  notes: ['notes', 'note', 'description', 'note - content', 'comment', 'comments', 'нотатки', 'заметки', 'коментар', 'комментарий'],
};

function headerKey(header: string): string {
  return header.normalize('NFKC').toLocaleLowerCase().replace(/[\s\-_.:'’()]+/g, '');
}

const FIELD_BY_HEADER = new Map(
  Object.entries(HEADER_SYNONYMS).flatMap(([field, headers]) => headers.map((header) => [headerKey(header), field as ImportField])),
);

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
}

/** Reasons a file cannot be imported at all (row problems are reported per row instead). */
export class ImportFileError extends Error {}

/** RFC 4180 with the BOM, CRLF or LF, `,` `;` or tab as the delimiter (papaparse detects it). */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = result.data;
  if (headers.every((header) => !header.trim())) throw new ImportFileError('The file has no header row: the first line must name the columns.');
  if (rows.length === 0) throw new ImportFileError('The file has a header row but no leads under it.');
  return { headers: headers.map((header) => header.trim()), rows };
}

/**
 * A first guess at each column's field, for the user to correct: known headers map to their field;
 * a single-value field is taken by its first column only, so "Website" after "Company website" is left out.
 */
export function guessMapping(headers: readonly string[]): ImportField[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = FIELD_BY_HEADER.get(headerKey(header)) ?? 'ignore';
    if (field === 'ignore' || (taken.has(field) && !MULTI_VALUE.has(field))) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** `row` counts the leads in the file from 1 (the header is not one): what a spreadsheet shows as line row + 1. */
export type ImportedRow =
  | { ok: true; row: number; lead: LeadInput; warnings: string[] }
  | { ok: false; row: number; problems: string[] };

export interface ImportContext {
  fileName: string;
  channel?: ChannelTag;
}

/** Our stage labels and ids, and the CRM stage words CRM.md §4 maps ours to, read back. */
const STAGE_BY_LABEL = new Map<string, Stage>([
  ...STAGES.flatMap((stage): [string, Stage][] => [
    [headerKey(STAGE_LABEL[stage]), stage],
    [headerKey(stage), stage],
  ]),
  ...(
    [
      ['lead', 'contact-us'],
      ['new', 'contact-us'],
      ['subscriber', 'contact-us'],
      ['open - not contacted', 'contact-us'],
      ['marketing qualified lead', 'mql'],
      ['working - contacted', 'call'],
      ['connected', 'call'],
      ['sales qualified lead', 'sql'],
      ['opportunity', 'negotiation'],
      ['customer', 'closed-won'],
      ['closed - converted', 'closed-won'],
      ['unqualified', 'closed-lost'],
      ['closed - not converted', 'closed-lost'],
      ['bad timing', 'contact-later'],
    ] as const
  ).map(([label, stage]): [string, Stage] => [headerKey(label), stage]),
]);

function cellsOf(row: readonly string[], mapping: readonly ImportField[], field: ImportField): string[] {
  return mapping.flatMap((mapped, column) => (mapped === field && row[column]?.trim() ? [row[column].trim()] : []));
}

/**
 * One row as the lead a save would store, or the problems that keep it out. A row is a lead when it
 * names a person or gives a way to reach one; every address must be valid, since a wrong address in a
 * CRM costs more than a missing one.
 */
export function rowToLead(cells: readonly string[], row: number, mapping: readonly ImportField[], context: ImportContext): ImportedRow {
  const first = (field: ImportField) => cellsOf(cells, mapping, field)[0];
  const problems: string[] = [];
  const warnings: string[] = [];
  const emails = cellsOf(cells, mapping, 'email').flatMap((cell) =>
    cell.split(/[;,\s]+/).filter(Boolean).flatMap((raw) => {
      const email = normaliseEmail(raw);
      if (!email) problems.push(`“${raw}” is not an email address.`);
      return email ?? [];
    }),
  );
  const profile = (field: ImportField, canonical: (url: string) => string | undefined, what: string) => {
    const raw = first(field);
    const url = raw && canonical(raw);
    if (raw && !url) problems.push(`“${raw}” is not a ${what} URL.`);
    return url || undefined;
  };
  const linkedinUrl = profile('linkedinUrl', canonicalLinkedInPersonUrl, 'LinkedIn profile');
  const twitterUrl = profile('twitterUrl', canonicalXUrl, 'X profile');
  const githubUrl = profile('githubUrl', canonicalGithubUrl, 'GitHub profile');
  const firstName = first('firstName');
  const lastName = first('lastName');
  const fullName = first('fullName') ?? ([firstName, lastName].filter(Boolean).join(' ') || undefined);
  const phones = cellsOf(cells, mapping, 'phone');
  if (!fullName && emails.length === 0 && phones.length === 0 && !linkedinUrl && !twitterUrl && !githubUrl && problems.length === 0) {
    problems.push('No name, email, phone or profile: nothing tells who this lead is.');
  }
  if (problems.length > 0) return { ok: false, row, problems };
  const stageCell = first('stage');
  const knownStage = stageCell && STAGE_BY_LABEL.get(headerKey(stageCell));
  // A CRM's own stage names vary: an unknown one starts the lead at the beginning instead of losing it.
  if (stageCell && !knownStage) warnings.push(`Stage “${stageCell}” is not one we know: the lead starts at Contact us.`);
  const stage = knownStage || 'contact-us';

  const companyWebsite = first('companyWebsite');
  const campaign = first('campaign');
  const channel = context.channel && { ...context.channel, ...(campaign ? { campaign } : {}) };
  return {
    ok: true,
    row,
    warnings,
    lead: {
      person: {
        fullName,
        firstName,
        lastName,
        title: first('title'),
        location: first('location'),
        emails,
        phones,
        linkedinUrl,
        twitterUrl,
        githubUrl,
        websiteUrl: first('websiteUrl'),
      },
      company: {
        name: first('companyName'),
        domain: registrableDomain(first('companyDomain') ?? companyWebsite ?? ''),
        website: companyWebsite,
        industry: first('industry'),
      },
      source: { url: `import:${context.fileName}`, kind: 'generic' },
      ...(channel ? { channel } : {}),
      bant: unknownBant(),
      stage,
      notes: first('notes') ?? '',
    },
  };
}

export interface ImportPlan {
  leads: Extract<ImportedRow, { ok: true }>[];
  rejected: Extract<ImportedRow, { ok: false }>[];
}

/** Every row checked: the good ones to import, the bad ones with what is wrong. */
export function planImport(parsed: ParsedCsv, mapping: readonly ImportField[], context: ImportContext): ImportPlan {
  const plan: ImportPlan = { leads: [], rejected: [] };
  parsed.rows.forEach((cells, index) => {
    const result = rowToLead(cells, index + 1, mapping, context);
    if (result.ok) plan.leads.push(result);
    else plan.rejected.push(result);
  });
  return plan;
}
