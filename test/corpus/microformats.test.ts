/**
 * The microformats community test suite, its cases with an h-card: the first h-card's name, job
 * title, organisation, e-mail and phone, as the expected mf2 JSON has them, against our draft.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractProspect } from '@/lib/extract';
import { parsePage } from '../unit/extract/pages';
import { describeCorpus } from './corpus';
import { Scoreboard, sameText } from './scoreboard';

/** The parsers' own base for these fragments (microformats-tests README). */
const PAGE_URL = 'http://example.com/';

/** Fields right, as the h-card layer reaches them now (measured): a lower score is a regression. */
const MIN_RIGHT = 48;
/**
 * Values we read differently from the suite, as measured now (an implied name with an extra word,
 * a p-name split by a tag): more is a regression.
 */
const MAX_WRONG = 2;

interface Mf2Item {
  type: string[];
  properties: Record<string, unknown[]>;
  children?: Mf2Item[];
}

/** The first h-card of a parse: a top-level item, else the first nested in one (an h-entry's author). */
function firstHCard(items: readonly Mf2Item[]): Mf2Item | undefined {
  for (const item of items) {
    if (item.type.includes('h-card')) return item;
    const nested = firstHCard([...Object.values(item.properties).flat().filter(isItem), ...(item.children ?? [])]);
    if (nested) return nested;
  }
  return undefined;
}

function isItem(value: unknown): value is Mf2Item {
  return typeof value === 'object' && value !== null && Array.isArray((value as Mf2Item).type);
}

/** A property's first value as text: a nested item stands for its `value` or its name. */
function firstText(card: Mf2Item, property: string): string | undefined {
  const [value] = card.properties[property] ?? [];
  if (typeof value === 'string') return value;
  if (isItem(value)) return (value as { value?: string }).value ?? firstText(value, 'name');
  if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') {
    return (value as { value: string }).value;
  }
  return undefined;
}

/** An organisation's own card (its name is its org) describes a company, not a person. */
function expectedFields(card: Mf2Item): Record<string, string> {
  const name = firstText(card, 'name');
  const org = firstText(card, 'org');
  const isOrganisation = card.type.includes('h-org') || (name !== undefined && name === org);
  const fields = {
    fullName: isOrganisation ? undefined : name,
    title: firstText(card, 'job-title') ?? firstText(card, 'role'),
    company: isOrganisation ? name : org,
    email: firstText(card, 'email'),
    phone: firstText(card, 'tel'),
  };
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())));
}

function agrees(field: string) {
  return (expected: string, actual: string): boolean => {
    if (field === 'email') return expected.replace(/^mailto:/i, '').trim().toLowerCase() === actual;
    if (field === 'phone') return actual.replace(/\D/g, '') === expected.replace(/\D/g, '');
    return sameText(expected, actual);
  };
}

describeCorpus('microformats-tests', (corpusDir) => {
  const cases: string[] = JSON.parse(readFileSync(path.join(corpusDir, 'hcard-related-cases.json'), 'utf8'));
  const board = new Scoreboard('microformats h-card');

  afterAll(() => board.print());

  it(`should read at least ${MIN_RIGHT} fields of the first h-card right`, () => {
    for (const name of cases) {
      const [html, json] = ['html', 'json'].map((ext) => path.join(corpusDir, `${name}.${ext}`));
      if (!existsSync(html) || !existsSync(json)) continue;
      const card = firstHCard((JSON.parse(readFileSync(json, 'utf8')) as { items: Mf2Item[] }).items);
      if (!card) continue;
      const draft = extractProspect(parsePage(readFileSync(html, 'utf8')), PAGE_URL);
      const actual: Record<string, string | undefined> = {
        fullName: draft.person.fullName,
        title: draft.person.title,
        company: draft.company.name,
        email: draft.person.emails[0],
        phone: draft.person.phones[0],
      };
      for (const [field, expected] of Object.entries(expectedFields(card))) {
        board.score(name.replace(/^tests\//, ''), field, expected, actual[field], agrees(field));
      }
    }

    expect(board.count('right')).toBeGreaterThanOrEqual(MIN_RIGHT);
    expect(board.count('wrong')).toBeLessThanOrEqual(MAX_WRONG);
  });
});
