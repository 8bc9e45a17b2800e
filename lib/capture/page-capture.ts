import type { ProspectDraft } from '@/lib/extract/types';

/** What the capture script returns from the page: the main prospect and, on list pages, the others. */
export interface PageCapture {
  draft: ProspectDraft;
  list: ProspectDraft[];
}

/**
 * The capture script's result, if it has the shape the popup relies on. It was produced in the page's
 * renderer, which a hostile page may have tampered with, so nothing about it is taken on trust; the
 * popup renders its strings as text only.
 */
export function readPageCapture(value: unknown): PageCapture | undefined {
  if (!isRecord(value) || !isDraft(value.draft)) return undefined;
  const list = Array.isArray(value.list) ? value.list.filter(isDraft) : [];
  return { draft: value.draft, list };
}

function isDraft(value: unknown): value is ProspectDraft {
  if (!isRecord(value)) return false;
  const { person, company, source } = value;
  return (
    isRecord(person) &&
    isStringList(person.emails) &&
    isStringList(person.phones) &&
    hasTextFields(person, ['emails', 'phones']) &&
    isRecord(company) &&
    hasTextFields(company, ['employeeCount']) &&
    (company.employeeCount === undefined || Number.isFinite(company.employeeCount)) &&
    isRecord(source) &&
    typeof source.url === 'string' &&
    typeof source.kind === 'string' &&
    isStringList(source.extractors)
  );
}

/** Every field but `except` is text or missing: the form and the merge trim them. */
function hasTextFields(record: Record<string, unknown>, except: string[]): boolean {
  return Object.entries(record).every(
    ([field, value]) => except.includes(field) || value === undefined || typeof value === 'string',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
