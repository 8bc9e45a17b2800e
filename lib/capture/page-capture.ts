import { TEXT_LIMITS } from '@/lib/extract/clean-text';
import { MAX_CONTACT_POINTS, MAX_LISTED_PROSPECTS } from '@/lib/extract/fields';
import type { PageReading } from '@/lib/extract/read';
import {
  COMPANY_SIZES,
  PAGE_KINDS,
  type ProspectCompany,
  type ProspectDraft,
  type ProspectPerson,
} from '@/lib/extract/types';

/** What the capture script returns: the reading of the page, and where the rep came to it from. */
export interface PageCapture extends PageReading {
  /** The page's `document.referrer` ('' when there is none): it tells the channel the rep came through. */
  referrer?: string;
}

/**
 * The capture script's result, if it has the shape of a reading of the page (lib/extract/read.ts).
 * It was produced in the page's renderer, which a hostile page may have tampered with, so nothing
 * about it is taken on trust: every field must be one a draft has, of its type and within the
 * bounds the capture script keeps to. The popup renders its strings as text only.
 */
export function readPageCapture(value: unknown): PageCapture | undefined {
  if (!isRecord(value) || !hasOnlyFields(value, ['countryHint', 'draft', 'list', 'referrer'])) return undefined;
  const { countryHint, draft, list, referrer } = value;
  if (!isCountryHint(countryHint) || !isDraft(draft) || !isDraftList(list)) return undefined;
  if (referrer !== undefined && !isText(referrer, MAX_PAGE_URL_LENGTH)) return undefined;
  return { countryHint, draft, list, referrer };
}

/** The longest text the capture script keeps in a field (cleanText refuses longer). */
const MAX_TEXT_LENGTH = Math.max(...Object.values(TEXT_LIMITS));
/** The page's own address is as the browser gives it: longer than a field, still not unbounded. */
const MAX_PAGE_URL_LENGTH = 32_768;
/** More than the extractor has layers (lib/extract/layers), each named once per draft. */
const MAX_EXTRACTORS = 10;

type TextFieldOf<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T];

// The text fields of a person and a company, all of them: the compiler tells when a draft gains one.
const PERSON_TEXT_FIELDS = fieldNames<TextFieldOf<ProspectPerson>>({
  fullName: true,
  firstName: true,
  lastName: true,
  title: true,
  headline: true,
  location: true,
  linkedinUrl: true,
  salesNavigatorId: true,
  twitterUrl: true,
  githubUrl: true,
  websiteUrl: true,
  avatarUrl: true,
});

const COMPANY_TEXT_FIELDS = fieldNames<TextFieldOf<ProspectCompany>>({
  name: true,
  domain: true,
  website: true,
  industry: true,
  size: true,
  location: true,
  linkedinUrl: true,
  description: true,
});

function fieldNames<Field extends string>(fields: Record<Field, true>): Field[] {
  return Object.keys(fields) as Field[];
}

function isCountryHint(value: unknown): value is string | undefined {
  return value === undefined || (typeof value === 'string' && /^[A-Z]{2}$/.test(value));
}

function isDraftList(value: unknown): value is ProspectDraft[] {
  return Array.isArray(value) && value.length <= MAX_LISTED_PROSPECTS && value.every(isDraft);
}

function isDraft(value: unknown): value is ProspectDraft {
  return (
    isRecord(value) &&
    hasOnlyFields(value, ['person', 'company', 'source']) &&
    isPerson(value.person) &&
    isCompany(value.company) &&
    isSource(value.source)
  );
}

function isPerson(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasOnlyFields(value, [...PERSON_TEXT_FIELDS, 'emails', 'phones']) &&
    PERSON_TEXT_FIELDS.every((field) => isOptionalText(value[field])) &&
    isTextList(value.emails, MAX_CONTACT_POINTS) &&
    isTextList(value.phones, MAX_CONTACT_POINTS)
  );
}

function isCompany(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasOnlyFields(value, [...COMPANY_TEXT_FIELDS, 'employeeCount']) &&
    COMPANY_TEXT_FIELDS.every((field) => isOptionalText(value[field])) &&
    (value.size === undefined || isOneOf(value.size, COMPANY_SIZES)) &&
    (value.employeeCount === undefined || Number.isFinite(value.employeeCount))
  );
}

function isSource(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasOnlyFields(value, ['url', 'kind', 'extractors']) &&
    isText(value.url, MAX_PAGE_URL_LENGTH) &&
    isOneOf(value.kind, PAGE_KINDS) &&
    isTextList(value.extractors, MAX_EXTRACTORS)
  );
}

function isOneOf(value: unknown, values: readonly string[]): boolean {
  return typeof value === 'string' && values.includes(value);
}

function hasOnlyFields(record: Record<string, unknown>, fields: readonly string[]): boolean {
  return Object.keys(record).every((field) => fields.includes(field));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, maxLength = MAX_TEXT_LENGTH): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

/** Text or missing: the form and the merge trim it. */
function isOptionalText(value: unknown): boolean {
  return value === undefined || isText(value);
}

function isTextList(value: unknown, maxItems: number): value is string[] {
  return Array.isArray(value) && value.length <= maxItems && value.every((item) => isText(item));
}
