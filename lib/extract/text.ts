/**
 * Selection capture, the seam of CONTRACT.md §3: a prospect from a block of plain text the rep
 * selected or pasted (an e-mail signature, a contact block), in English, Ukrainian or Russian.
 * Pure and never throwing: text in, draft out. Runs in the background (it needs the phone metadata
 * and the Public Suffix List through `finishReading`), never in the page.
 */
import { isFreeMailDomain, registrableDomain } from '@/lib/canonical/domain';
import { normaliseEmail } from '@/lib/canonical/email';
import { normalisePhone } from '@/lib/canonical/phone';
import { cleanText, TEXT_LIMITS } from './clean-text';
import { companyLinkedInUrl, fillBlanks, MAX_CONTACT_POINTS, profileLinks, unique, webUrl } from './fields';
import { finishReading } from './finish';
import { emptyDraft, type ProspectDraft } from './types';
import { deobfuscateEmails, EMAIL_CANDIDATE, emailsInText } from './layers/text-contacts';

export interface ParseContactTextOptions {
  /** ISO 3166 alpha-2 country of numbers written without a country code (`067 123 45 67` in 'UA'). */
  defaultCountry?: string;
}

/**
 * A selection longer than this is a page, not a contact block: only its start is read, so that a
 * runaway selection cannot stall the background.
 */
export const MAX_CONTACT_TEXT_LENGTH = 20_000;

/** The prospect a block of text describes; kind 'none' with empty person and company when it names none. */
export function parseContactText(text: string, opts: ParseContactTextOptions = {}): ProspectDraft {
  try {
    return parse(typeof text === 'string' ? text.slice(0, MAX_CONTACT_TEXT_LENGTH) : '', opts);
  } catch {
    return emptyDraft('', 'none');
  }
}

function parse(text: string, { defaultCountry }: ParseContactTextOptions): ProspectDraft {
  const countryHint = /^[a-z]{2}$/i.test(defaultCountry ?? '') ? defaultCountry?.toUpperCase() : undefined;
  const emails = textEmails(text);
  const urls = textUrls(text);
  const phones = textPhones(text, countryHint);
  const segments = textSegments(text).filter((segment) => !isContactSegment(segment));

  const fullName = segments.find(isPersonName);
  const titleSegment = segments.find((segment) => segment !== fullName && hasRoleWord(segment));
  const [title, companyInTitle] = titleSegment ? splitTitleAndCompany(titleSegment) : [];
  const company = companyInTitle ?? segments.find((segment) => segment !== fullName && hasLegalSuffix(segment))
    ?? companyLineAfter(segments, titleSegment, fullName);

  const draft = emptyDraft('', 'generic');
  const { websiteUrl, ...profiles } = profileLinks(urls);
  const namesCompany = company !== undefined || emails.some(isBusinessEmail);
  Object.assign(draft.person, withoutUndefined({ fullName, title, ...profiles }));
  Object.assign(draft.company, withoutUndefined({
    name: company,
    linkedinUrl: companyLinkedInUrl(urls),
    website: namesCompany ? websiteUrl : undefined,
  }));
  if (!namesCompany && websiteUrl) draft.person.websiteUrl = websiteUrl;
  draft.person.emails = emails;
  draft.person.phones = phones;

  const finished = finishReading({ countryHint, draft, list: [] }).draft;
  fillBlanks(finished.company, { name: nameFromDomain(finished.company.domain) });
  if (isEmpty(finished)) return emptyDraft('', 'none');
  finished.source.extractors = ['text'];
  return finished;
}

/**
 * E-mail addresses, also in the forms people write to keep them from harvesters:
 * `jane [at] acme [dot] com`, `jane(at)acme.com`, `jane (собака) acme.com`, `jane @ acme.com`,
 * `jane at acme dot com`.
 */
export function textEmails(text: string): string[] {
  return unique(emailsInText(text).map(normaliseEmail)).slice(0, MAX_CONTACT_POINTS);
}

/** Web addresses, with or without a scheme: `https://acme.com/`, `www.acme.com`, `linkedin.com/in/jane`, `acme.com.ua`. */
function textUrls(text: string): string[] {
  const withoutEmails = deobfuscateEmails(text).replace(EMAIL_CANDIDATE, ' ');
  const candidates = withoutEmails.match(URL_CANDIDATE) ?? [];
  return unique(
    candidates.map((candidate) => {
      const trimmed = candidate.replace(/[.,;:!?)\]»"']+$/, '');
      return webUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    }),
  );
}

const URL_CANDIDATE =
  /(?:https?:\/\/|www\.)[^\s<>"'«»]{1,2048}|(?<![\p{L}\p{N}@.-])(?:[a-z\d-]{1,63}\.){1,8}(?:com|net|org|io|ai|co|dev|app|tech|biz|info|eu|ua|ru|kz|by|pl|de|uk|us|ca)(?:\/[^\s<>"'«»]*)?(?![\p{L}\p{N}-])/giu;

/**
 * Phone numbers: every run of 7 to 15 digits that reads as a valid number (with `defaultCountry` for
 * one written without a country code), and any number on a line that says it is a phone. Fax numbers
 * are no way to reach a person.
 */
function textPhones(text: string, countryHint: string | undefined): string[] {
  const lines = deobfuscateEmails(text).replace(EMAIL_CANDIDATE, ' ').replace(URL_CANDIDATE, ' ').split(/\r?\n/);
  const raws = lines.flatMap((line) => {
    if (FAX_LABEL.test(line)) return [];
    const labelled = PHONE_LABEL.test(line);
    return (line.match(PHONE_CANDIDATE) ?? []).filter((candidate) => {
      const digits = candidate.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15 && (labelled || normalisePhone(candidate, countryHint) !== undefined);
    });
  });
  return unique(raws.map((raw) => raw.trim())).slice(0, MAX_CONTACT_POINTS);
}

const PHONE_CANDIDATE = /(?:\+|00)?\d[\d\s().\u2010-\u2015-]{5,24}\d/g;
const PHONE_LABEL = /(?:^|[^\p{L}])(?:tel|phone|mobile|mob|cell|office|direct|whatsapp|viber|телефон|тел|моб|мобільний|мобильный|роб|раб)(?![\p{L}])/iu;
const FAX_LABEL = /(?:^|[^\p{L}])(?:fax|факс)(?![\p{L}])/iu;

/**
 * The text's lines, each cut at the separators signatures put between name, title and company
 * (`Jane Doe | CEO | Acme`, `Jane Doe – CEO`), without greetings and in the limits of a field.
 */
function textSegments(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/\s*[|•·]\s*|\s+[-–—]\s+/))
    .map((segment) => cleanText(segment, TEXT_LIMITS.title))
    .filter((segment): segment is string => segment !== undefined && !isGreeting(segment));
}

function isContactSegment(segment: string): boolean {
  const plain = deobfuscateEmails(segment);
  return CONTAINS_EMAIL.test(plain) || CONTAINS_URL.test(plain) || /\d{3}/.test(segment) || PHONE_LABEL.test(segment);
}

// Global patterns keep state between `test` calls: plain copies for yes/no questions.
const CONTAINS_EMAIL = new RegExp(EMAIL_CANDIDATE.source, 'u');
const CONTAINS_URL = new RegExp(URL_CANDIDATE.source, 'iu');

function isGreeting(segment: string): boolean {
  const words = segment.toLowerCase().split(/[\s,!.]+/).filter(Boolean);
  return words.length <= 4 && words.some((word) => GREETING_WORDS.has(word));
}

const GREETING_WORDS = new Set([
  'regards', 'thanks', 'thank', 'cheers', 'sincerely', 'best', 'yours', 'hi', 'hello', 'dear',
  'повагою', 'дякую', 'вітаю', 'привіт', 'шановний', 'шановна',
  'уважением', 'спасибо', 'привет', 'здравствуйте', 'уважаемый', 'уважаемая', 'благодарю',
]);

/**
 * Two to four capitalised words of letters (Latin or Cyrillic), initials allowed, credentials after
 * a comma ignored: "Jane Doe", "J. R. Smith, PhD", "Олена Коваленко", "ІВАН ПЕТРЕНКО". Not a title or a company.
 */
function isPersonName(segment: string): boolean {
  const name = segment.split(',')[0].trim();
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => NAME_WORD.test(word)) &&
    !hasRoleWord(segment) &&
    !hasLegalSuffix(segment)
  );
}

const NAME_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}[\p{Lu}'’-]+)$/u;

function hasRoleWord(segment: string): boolean {
  return segment
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => ROLE_WORDS.has(word) || ROLE_STEMS.some((stem) => word.startsWith(stem)));
}

/** Whole words that name a role in English. */
const ROLE_WORDS = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cpo', 'cro', 'vp', 'svp', 'evp', 'founder', 'co-founder', 'cofounder',
  'head', 'director', 'manager', 'engineer', 'developer', 'lead', 'president', 'officer', 'partner', 'owner',
  'consultant', 'specialist', 'analyst', 'architect', 'designer', 'recruiter', 'coordinator', 'assistant',
  'chief', 'principal', 'executive', 'sdr', 'bdr', 'representative', 'associate', 'advisor', 'administrator',
  'accountant', 'strategist', 'scientist', 'researcher', 'producer', 'editor', 'marketer', 'chairman', 'intern',
]);

/** Word beginnings that name a role in Ukrainian and Russian, whatever the case ending. */
const ROLE_STEMS = [
  'директор', 'керівни', 'менеджер', 'засновни', 'співзасновни', 'інженер', 'розробни', 'голова', 'фахів',
  'спеціаліст', 'аналітик', 'консультант', 'власни', 'партнер', 'начальни', 'заступни', 'бухгалтер', 'рекрутер',
  'руководител', 'основател', 'сооснователь', 'инженер', 'разработчик', 'глава', 'специалист', 'владел',
  'начальник', 'заместител', 'президент', 'продаж', 'маркетолог', 'дизайнер', 'архітектор', 'архитектор',
];

/** A company written with its legal form: "Acme Inc.", "Finlytics LLC", "ТОВ «Фінлайтікс»", "ООО «Ромашка»". */
function hasLegalSuffix(segment: string): boolean {
  return LEGAL_FORM.test(segment);
}

const LEGAL_FORM =
  /(?:^|[\s,«"])(?:llc|l\.l\.c\.|inc\.?|ltd\.?|limited|gmbh|llp|corp\.?|corporation|plc|s\.a\.|srl|ag|b\.v\.|bv|sp\. z o\.o\.|тов|тзов|ооо|пат|прат|ат|ао|зао|оао|пао|фоп|ип)(?=$|[\s,.«»"])/iu;

/** "Head of Sales at Acme" → title and company; "at", "@", Ukrainian "в"/"у", Russian "в" before a capital. */
function splitTitleAndCompany(segment: string): [string, string | undefined] {
  const match = /^(.+?)\s+(?:at|@|в|у)\s+([\p{Lu}\p{N}«"].*)$/u.exec(segment);
  return match ? [match[1], match[2]] : [segment, undefined];
}

/** In "Name / Title / Company" signatures the company stands alone on the line after the title. */
function companyLineAfter(segments: readonly string[], title: string | undefined, name: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const next = segments[segments.indexOf(title) + 1];
  const looksLikeCompany = next !== undefined && next !== name && /^[\p{Lu}\p{N}«"]/u.test(next) && !next.includes(',');
  return looksLikeCompany && next.split(/\s+/).length <= 5 && !hasRoleWord(next) ? next : undefined;
}

function isBusinessEmail(email: string): boolean {
  return registrableDomain(email.split('@')[1]) !== undefined && !isFreeMailDomain(email);
}

/** "acme.com.ua" → "Acme": a company name from its domain when the text names none. */
function nameFromDomain(domain: string | undefined): string | undefined {
  const label = domain?.split('.')[0];
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : undefined;
}

function isEmpty({ person, company }: ProspectDraft): boolean {
  const { emails, phones, ...rest } = person;
  return emails.length === 0 && phones.length === 0 && Object.keys(rest).length === 0 && Object.keys(company).length === 0;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
