import { BANT_CRITERIA, type Lead, type Stage } from '@/lib/leads/types';
import {
  BANT_CRITERION_LABEL,
  BANT_STATUS_LABEL,
  STAGE_LABEL,
  TEMPERATURE_LABEL,
  displayName,
  nameParts,
} from './lead-fields';

/** The CRM a CSV file is shaped for (CONTRACT.md §6, CRM.md §1). */
export type CsvPreset = 'hubspot' | 'salesforce' | 'pipedrive' | 'generic';

/**
 * One CSV column: the header the target's importer maps, and how to read the cell from a lead.
 * Presets are plain lists of these; a user's own mapping (csv-mapping.ts) picks and renames them.
 */
export interface CsvColumn {
  header: string;
  /** The raw cell text; formula neutralising and quoting happen when the row is written. */
  value: (lead: Lead) => string;
}

/** Excel only reads a CSV as UTF-8 when the file starts with a BOM (CRM.md §1.1). */
export const UTF8_BOM = '\uFEFF';

const CRLF = '\r\n';

/**
 * Salesforce rejects a lead without Last Name or Company (CRM.md §1.3); a placeholder keeps the row importable
 * and visibly incomplete instead of failing the whole lead.
 */
const NOT_PROVIDED = '[not provided]';

/**
 * How many emails and phones the generic preset keeps, each in its own column (never joined, CRM.md §1.1).
 * The header must be known before the first row so exports can stream; pages rarely yield more than two.
 */
const GENERIC_CONTACT_SLOTS = 3;

/**
 * HubSpot `lifecyclestage` labels (CRM.md §4); CSV imports need the label, not "MQL".
 * Call keeps MQL because HubSpot has no stage for it. Lost and "contact later" leave the cell empty:
 * HubSpot never moves a lifecycle backwards, and an empty cell leaves the stored stage alone.
 */
export const HUBSPOT_LIFECYCLE_STAGE: Record<Stage, string> = {
  'contact-us': 'Lead',
  mql: 'Marketing Qualified Lead',
  call: 'Marketing Qualified Lead',
  sql: 'Sales Qualified Lead',
  negotiation: 'Opportunity',
  'closed-won': 'Customer',
  'closed-lost': '',
  'contact-later': '',
};

/** HubSpot `hs_lead_status` labels (CRM.md §4). A booked or held call means the prospect was reached. */
export const HUBSPOT_LEAD_STATUS: Record<Stage, string> = {
  'contact-us': 'New',
  mql: 'Open',
  call: 'Connected',
  sql: 'In Progress',
  negotiation: 'Open Deal',
  'closed-won': 'Open Deal',
  'closed-lost': 'Unqualified',
  'contact-later': 'Bad Timing',
};

/**
 * Salesforce default Lead Status picklist (CRM.md §4). "Contact later" stays open rather than
 * "Closed - Not Converted" so the lead remains in the reps' open views; the follow-up date is in Description.
 */
const SALESFORCE_LEAD_STATUS: Record<Stage, string> = {
  'contact-us': 'Open - Not Contacted',
  mql: 'Open - Not Contacted',
  call: 'Working - Contacted',
  sql: 'Working - Contacted',
  negotiation: 'Closed - Converted',
  'closed-won': 'Closed - Converted',
  'closed-lost': 'Closed - Not Converted',
  'contact-later': 'Working - Contacted',
};

/**
 * Channel name (lower-cased) → Salesforce default LeadSource value (CRM.md §4). A CSV cannot read the org's
 * picklist, and a restricted picklist rejects unknown values, so anything else becomes `Other`.
 */
const SALESFORCE_LEAD_SOURCE_BY_CHANNEL: Readonly<Record<string, string>> = {
  linkedin: 'Web',
  github: 'Web',
  'x (twitter)': 'Web',
  'web research': 'Web',
  'inbound form': 'Web',
  referral: 'Partner Referral',
};
const SALESFORCE_FALLBACK_LEAD_SOURCE = 'Other';

function column(header: string, value: CsvColumn['value']): CsvColumn {
  return { header, value };
}

function orEmpty(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

const firstName = (lead: Lead) => nameParts(lead.person).first;
const lastName = (lead: Lead) => nameParts(lead.person).last;
const email = (index: number) => (lead: Lead) => lead.person.emails[index] ?? '';
const phone = (index: number) => (lead: Lead) => lead.person.phones[index] ?? '';
const jobTitle = (lead: Lead) => orEmpty(lead.person.title);
const companyName = (lead: Lead) => orEmpty(lead.company.name);
/** The captured URL, else the company domain as an https URL, so the CRM gets a website whenever we know one. */
export const companyWebsite = (lead: Lead) =>
  lead.company.website ?? (lead.company.domain ? `https://${lead.company.domain}` : '');
const primaryChannel = (lead: Lead) => orEmpty(lead.channels[0]?.channel);
const firstSource = (lead: Lead) => lead.sources[0];

function salesforceLeadSource(lead: Lead): string {
  const channel = lead.channels[0]?.channel;
  if (channel === undefined) return '';
  return SALESFORCE_LEAD_SOURCE_BY_CHANNEL[channel.toLowerCase()] ?? SALESFORCE_FALLBACK_LEAD_SOURCE;
}

/** "Acme – Jane Doe (ICP A)": Pipedrive requires a lead title (CRM.md §1.4). */
export function pipedriveLeadTitle(lead: Lead): string {
  const who = [lead.company.name, displayName(lead.person)].filter(Boolean).join(' – ');
  return `${who} (ICP ${lead.icp.grade})`;
}

/**
 * Qualification in prose, for CRMs without our custom fields: Salesforce Description and Pipedrive's note
 * (CRM.md §1.3–1.4). Keeps the exact stage, since each CRM's status only approximates it.
 */
export function qualificationSummary(lead: Lead): string {
  const bant = BANT_CRITERIA.map((criterion) => {
    const { status, note } = lead.bant[criterion];
    const answer = BANT_STATUS_LABEL[status];
    return `${BANT_CRITERION_LABEL[criterion]}: ${note ? `${answer} (${note})` : answer}`;
  });
  const channels = lead.channels.map(
    (tag) => `Channel: ${tag.channel} (${tag.direction})${tag.campaign ? `, campaign ${tag.campaign}` : ''}`,
  );
  const reminder = lead.reminder
    ? [`Contact after: ${lead.reminder.dueAt}${lead.reminder.note ? ` (${lead.reminder.note})` : ''}`]
    : [];
  const sources = lead.sources.map((source) => `Source: ${source.url}`);
  const notes = lead.notes ? [`Notes: ${lead.notes}`] : [];
  return [
    `Stage: ${STAGE_LABEL[lead.stage]}`,
    `Temperature: ${TEMPERATURE_LABEL[lead.temperature]}`,
    ...bant,
    `ICP: ${lead.icp.score} (grade ${lead.icp.grade})`,
    ...channels,
    ...reminder,
    ...sources,
    ...notes,
  ].join('\n');
}

/** One line per list item, so aligned columns (URL, kind, date) read as a table inside a spreadsheet cell. */
function linesOf<T>(items: readonly T[], read: (item: T) => string | undefined): string {
  return items.map((item) => read(item) ?? '').join('\n');
}

function slotColumns(label: string, read: (index: number) => CsvColumn['value']): CsvColumn[] {
  return Array.from({ length: GENERIC_CONTACT_SLOTS }, (_, index) =>
    column(index === 0 ? label : `${label} ${index + 1}`, read(index)),
  );
}

/** Custom HubSpot properties (CRM.md §1.2): enum values are our own ids, which the admin uses as option values. */
const HUBSPOT_BANT_COLUMNS = BANT_CRITERIA.map((criterion) =>
  column(`BANT ${BANT_CRITERION_LABEL[criterion]}`, (lead) => lead.bant[criterion].status),
);

const GENERIC_BANT_COLUMNS = BANT_CRITERIA.flatMap((criterion) => [
  column(BANT_CRITERION_LABEL[criterion], (lead) => BANT_STATUS_LABEL[lead.bant[criterion].status]),
  column(`${BANT_CRITERION_LABEL[criterion]} note`, (lead) => orEmpty(lead.bant[criterion].note)),
]);

/** Column lists per target; headers are the labels each importer auto-maps (CRM.md §1.2–1.4). */
export const CSV_PRESETS: Readonly<Record<CsvPreset, readonly CsvColumn[]>> = {
  hubspot: [
    column('First Name', firstName),
    column('Last Name', lastName),
    column('Email', email(0)),
    column('Job Title', jobTitle),
    column('Phone Number', phone(0)),
    column('Mobile Phone Number', phone(1)),
    column('Company Name', companyName),
    column('Company Domain Name', (lead) => orEmpty(lead.company.domain)),
    // HubSpot's contact "Website URL" is the company's site; a personal site is the fallback.
    column('Website URL', (lead) => companyWebsite(lead) || orEmpty(lead.person.websiteUrl)),
    column('LinkedIn URL', (lead) => orEmpty(lead.person.linkedinUrl)),
    column('Lifecycle Stage', (lead) => HUBSPOT_LIFECYCLE_STAGE[lead.stage]),
    column('Lead Status', (lead) => HUBSPOT_LEAD_STATUS[lead.stage]),
    column('Lead Temperature', (lead) => lead.temperature),
    ...HUBSPOT_BANT_COLUMNS,
    column('ICP Score', (lead) => String(lead.icp.score)),
    column('ICP Tier', (lead) => lead.icp.grade),
    column('Source Channel', primaryChannel),
    // Our id as a unique custom property lets a re-import update instead of duplicate (CRM.md §2.6).
    column('Prospect Key', (lead) => lead.id),
    // Provenance: GDPR Art. 14 asks where personal data came from (CRM.md §1.2).
    column('Captured From URL', (lead) => orEmpty(firstSource(lead)?.url)),
    column('Captured At', (lead) => orEmpty(firstSource(lead)?.capturedAt)),
  ],
  salesforce: [
    column('First Name', firstName),
    column('Last Name', (lead) => lastName(lead) || NOT_PROVIDED),
    column('Title', jobTitle),
    column('Company', (lead) => companyName(lead) || NOT_PROVIDED),
    column('Email', email(0)),
    column('Phone', phone(0)),
    column('Mobile Phone', phone(1)),
    column('Website', companyWebsite),
    column('Lead Source', salesforceLeadSource),
    column('Lead Status', (lead) => SALESFORCE_LEAD_STATUS[lead.stage]),
    column('Rating', (lead) => TEMPERATURE_LABEL[lead.temperature]),
    column('Industry', (lead) => orEmpty(lead.company.industry)),
    column('Description', qualificationSummary),
  ],
  pipedrive: [
    column('Person - Name', (lead) => displayName(lead.person)),
    column('Person - Email', email(0)),
    column('Person - Secondary email', email(1)),
    column('Person - Phone', phone(0)),
    column('Person - Secondary phone', phone(1)),
    column('Person - Job title', jobTitle),
    column('Organization - Name', companyName),
    column('Organization - Website', companyWebsite),
    column('Lead - Title', pipedriveLeadTitle),
    // Pipedrive's default lead labels are exactly hot / warm / cold (CRM.md §4).
    column('Lead - Labels', (lead) => lead.temperature),
    column('Note - Content', qualificationSummary),
  ],
  // Every stored field except identityKeys and searchText, which are derived from the others for the database.
  generic: [
    column('ID', (lead) => lead.id),
    column('Created at', (lead) => lead.createdAt),
    column('Updated at', (lead) => lead.updatedAt),
    column('Full name', (lead) => orEmpty(lead.person.fullName)),
    column('First name', (lead) => orEmpty(lead.person.firstName)),
    column('Last name', (lead) => orEmpty(lead.person.lastName)),
    column('Job title', jobTitle),
    column('Headline', (lead) => orEmpty(lead.person.headline)),
    column('Location', (lead) => orEmpty(lead.person.location)),
    ...slotColumns('Email', email),
    ...slotColumns('Phone', phone),
    column('LinkedIn URL', (lead) => orEmpty(lead.person.linkedinUrl)),
    column('X URL', (lead) => orEmpty(lead.person.twitterUrl)),
    column('GitHub URL', (lead) => orEmpty(lead.person.githubUrl)),
    column('Website', (lead) => orEmpty(lead.person.websiteUrl)),
    column('Avatar URL', (lead) => orEmpty(lead.person.avatarUrl)),
    column('Company', companyName),
    column('Company domain', (lead) => orEmpty(lead.company.domain)),
    column('Company website', (lead) => orEmpty(lead.company.website)),
    column('Industry', (lead) => orEmpty(lead.company.industry)),
    column('Company size', (lead) => orEmpty(lead.company.size)),
    column('Employees', (lead) => orEmpty(lead.company.employeeCount)),
    column('Company location', (lead) => orEmpty(lead.company.location)),
    column('Company LinkedIn URL', (lead) => orEmpty(lead.company.linkedinUrl)),
    column('Company description', (lead) => orEmpty(lead.company.description)),
    column('Stage', (lead) => STAGE_LABEL[lead.stage]),
    column('Temperature', (lead) => TEMPERATURE_LABEL[lead.temperature]),
    ...GENERIC_BANT_COLUMNS,
    column('ICP score', (lead) => String(lead.icp.score)),
    column('ICP grade', (lead) => lead.icp.grade),
    column('Channel', (lead) => linesOf(lead.channels, (tag) => tag.channel)),
    column('Channel direction', (lead) => linesOf(lead.channels, (tag) => tag.direction)),
    column('Campaign', (lead) => linesOf(lead.channels, (tag) => tag.campaign)),
    column('Channel code', (lead) => linesOf(lead.channels, (tag) => tag.code)),
    column('Source URLs', (lead) => linesOf(lead.sources, (source) => source.url)),
    column('Source page kinds', (lead) => linesOf(lead.sources, (source) => source.kind)),
    column('Sources captured at', (lead) => linesOf(lead.sources, (source) => source.capturedAt)),
    column('Reminder due', (lead) => orEmpty(lead.reminder?.dueAt)),
    column('Reminder note', (lead) => orEmpty(lead.reminder?.note)),
    column('Notes', (lead) => lead.notes),
  ],
};

/** Values that cannot hold a function call, so they reach the CRM as clean phones and numbers (CRM.md §5.1). */
const STRICT_E164 = /^\+[1-9]\d{6,14}$/;
const SIGNED_DECIMAL = /^-?\d+(\.\d+)?$/;
/** A spreadsheet evaluates a cell whose first character, after spaces and NBSP, is one of these… */
const FORMULA_AT_CELL_START = /^[ \u00A0]*[=+\-@\t\r\n]/;
/**
 * …and re-evaluates after every embedded line break. The lookahead excludes CR and LF, so in a CRLF the `'`
 * lands after the LF, never between the two.
 */
const FORMULA_AFTER_LINE_BREAK = /([\r\n])(?=[ \u00A0]*[=+\-@\t])/g;

/**
 * Prefixes `'` to every line a spreadsheet would run as a formula (CRM.md §5.1). Quoting alone does not
 * stop evaluation, so this runs before RFC 4180 quoting.
 */
function neutraliseFormula(value: string): string {
  if (STRICT_E164.test(value) || SIGNED_DECIMAL.test(value)) return value;
  const linesEscaped = value.replace(FORMULA_AFTER_LINE_BREAK, "$1'");
  return FORMULA_AT_CELL_START.test(value) ? `'${linesEscaped}` : linesEscaped;
}

/**
 * Most cells (names, emails, ids) start harmlessly and hold nothing to quote: they are written as they
 * are after one test, which keeps a 100k-lead export fast.
 */
const PLAIN_CELL = /^(?:[^ \u00A0=+\-@\t\r\n",][^",\r\n]*)?$/;

/** One field: formula-neutralised, then quoted per RFC 4180 §2.6–2.7 when it holds `,` `"` CR or LF. */
export function csvCell(value: string): string {
  if (PLAIN_CELL.test(value)) return value;
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + CRLF;
}

/** What a file is shaped by: a preset's name, or the columns of a user's own mapping. */
export type CsvColumns = CsvPreset | readonly CsvColumn[];

function columnsOf(target: CsvColumns): readonly CsvColumn[] {
  return typeof target === 'string' ? CSV_PRESETS[target] : target;
}

/** The header line (CRLF-terminated), without the BOM. */
export function csvHeader(target: CsvColumns): string {
  return csvLine(columnsOf(target).map((col) => col.header));
}

/** One CRLF-terminated line per lead, produced lazily so large exports can be written in chunks. */
export function* csvRows(leads: Iterable<Lead>, target: CsvColumns): Generator<string> {
  const columns = columnsOf(target);
  for (const lead of leads) yield csvLine(columns.map((col) => col.value(lead)));
}

/**
 * The whole file. The BOM is on by default for Excel; `{ bom: false }` gives strict RFC 4180 for scripts.
 * Cells that would run as formulas arrive with a leading `'` (CRM.md §5.1 asks that users be told so).
 */
export function leadsToCsv(leads: Lead[], preset: CsvPreset, opts: { bom?: boolean } = {}): string {
  return csvFile(leads, preset, opts);
}

/** `leadsToCsv` for a preset or a user's own mapping. */
export function csvFile(leads: Iterable<Lead>, target: CsvColumns, opts: { bom?: boolean } = {}): string {
  const bom = opts.bom === false ? '' : UTF8_BOM;
  return bom + csvHeader(target) + [...csvRows(leads, target)].join('');
}
