/**
 * The microformats community test suite, its cases with an h-card: the name, job title, organisation,
 * e-mail and phone of every prospect the page shows (by the rules of `expectedOf`, from the expected
 * mf2 JSON), against our drafts: the page's subject and every prospect it lists. A page whose cards are
 * no prospect (a post's author, a product's brand) is scored as one field: whether we return none.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import type { ProspectDraft } from '@/lib/extract/types';
import { parsePage } from '../unit/extract/pages';
import { describeCorpus } from './corpus';
import { Scoreboard, sameText } from './scoreboard';

/** The parsers' own base for these fragments (microformats-tests README). */
const PAGE_URL = 'http://example.com/';

/** Fields right, as the h-card layer reaches them now (measured): a lower score is a regression. */
const MIN_RIGHT = 123;
/** Values we read differently from what the product should return: none now, and any is a regression. */
const MAX_WRONG = 0;

interface Mf2Item {
  type: string[];
  properties: Record<string, unknown[]>;
  children?: Mf2Item[];
}

/**
 * What a sales rep should get from a page, per the page's top-level microformats (the product's
 * rules, documented in lib/extract/layers/h-card.ts and README "Microformats"):
 * - an h-card is a prospect of the page;
 * - a review (h-review, h-review-aggregate) is about its `item`: the business or person reviewed;
 * - a feed's `author` is the site's owner;
 * - a résumé is its holder: the résumé's name (else its contact card's), title and contact points from
 *   the contact card, the company from the contact card's org (a contact card named other than the
 *   holder names it) or the current position (an experience with no end); affiliations and schools are
 *   no employer;
 * - an event lists its people (attendees, organisers, performers, speakers), each scored; its venue is
 *   where it happens, not a prospect;
 * - a post, news item, recipe, product or citation shows no prospect: its author is an article's author
 *   and its brand a shop's maker. Such pages are scored as one field, `none`: whether we return none.
 */
interface Expected {
  /** The prospects, each as the fields we should read. */
  prospects: Array<Record<string, string>>;
  /** Why the page's cards are no prospect, when it has none. */
  noProspect?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  'h-entry': "a post's author",
  'h-news': "a news item's author",
  'h-recipe': "a recipe's author",
  'h-product': "a product's brand",
  'h-cite': "a citation's author",
};

function expectedOf(items: readonly Mf2Item[]): Expected {
  const prospects: Array<Record<string, string>> = [];
  const reasons: string[] = [];
  for (const item of items) {
    const [type] = item.type;
    const cards = (property: string) => (item.properties[property] ?? []).filter(isItem).filter((card) => card.type.includes('h-card'));
    if (type === 'h-card') prospects.push(expectedFields(item));
    else if (type === 'h-review' || type === 'h-review-aggregate') prospects.push(...cards('item').map(expectedFields));
    else if (type === 'h-feed') prospects.push(...cards('author').map(expectedFields));
    else if (type === 'h-resume') prospects.push(resumeFields(item, cards));
    else if (type === 'h-event') {
      prospects.push(...['attendee', 'organizer', 'performer', 'speaker'].flatMap(cards).map(expectedFields));
      if (cards('location').length > 0) reasons.push("an event's venue");
    } else if (CONTENT_TYPES[type]) reasons.push(CONTENT_TYPES[type]);
  }
  const scored = prospects.filter((fields) => Object.keys(fields).length > 0);
  return scored.length > 0 || reasons.length === 0 ? { prospects: scored } : { prospects: [], noProspect: reasons.join(', ') };
}

function resumeFields(resume: Mf2Item, cards: (property: string) => Mf2Item[]): Record<string, string> {
  const [contact] = cards('contact');
  const current = cards('experience').find((experience) => !experience.properties.end);
  const contactName = contact && firstText(contact, 'name');
  const fullName = firstText(resume, 'name') ?? contactName;
  const fields = {
    fullName,
    title: (contact && jobTitleOf(contact)) ?? (current && jobTitleOf(current)),
    company: (contact && firstText(contact, 'org')) ?? (contactName !== fullName ? contactName : undefined) ?? (current && firstText(current, 'name')),
    email: contact && firstText(contact, 'email'),
    phone: contact && firstText(contact, 'tel'),
  };
  return definedFields(fields);
}

function jobTitleOf(card: Mf2Item): string | undefined {
  return firstText(card, 'job-title') ?? firstText(card, 'title') ?? firstText(card, 'role');
}

function definedFields(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())));
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
  return definedFields({
    fullName: isOrganisation ? undefined : name,
    title: jobTitleOf(card),
    company: isOrganisation ? name : org,
    email: firstText(card, 'email'),
    phone: firstText(card, 'tel'),
  });
}

/**
 * Names compared without their spaces: the suite joins a name's value-class parts by nothing, as mf2
 * parsing says ("JohnDoe"); we join them by a space, as a reader reads them.
 */
function agrees(field: string) {
  return (expected: string, actual: string): boolean => {
    if (field === 'email') return expected.replace(/^mailto:/i, '').trim().toLowerCase() === actual;
    if (field === 'phone') return actual.replace(/\D/g, '') === expected.replace(/\D/g, '');
    if (field === 'fullName') return sameText(expected.replace(/\s+/g, ''), actual.replace(/\s+/g, ''));
    return sameText(expected, actual);
  };
}

function fieldsOf(draft: ProspectDraft): Record<string, string | undefined> {
  return {
    fullName: draft.person.fullName,
    title: draft.person.title,
    company: draft.company.name,
    email: draft.person.emails[0],
    phone: draft.person.phones[0],
  };
}

/** Our draft for an expected prospect: the one of the same name, else the one at its place on the page. */
function draftFor(expected: Record<string, string>, index: number, drafts: readonly ProspectDraft[]): ProspectDraft | undefined {
  const name = expected.fullName ?? expected.company;
  const named = drafts.find((draft) => {
    const ours = expected.fullName ? draft.person.fullName : draft.company.name;
    return ours !== undefined && agrees('fullName')(name, ours);
  });
  return named ?? drafts[index];
}

describeCorpus('microformats-tests', (corpusDir) => {
  const cases: string[] = JSON.parse(readFileSync(path.join(corpusDir, 'hcard-related-cases.json'), 'utf8'));
  const board = new Scoreboard('microformats h-card');

  afterAll(() => board.print());

  it(`should read at least ${MIN_RIGHT} fields of the prospects the pages show right`, () => {
    for (const name of cases) {
      const [html, json] = ['html', 'json'].map((ext) => path.join(corpusDir, `${name}.${ext}`));
      if (!existsSync(html) || !existsSync(json)) continue;
      const caseName = name.replace(/^tests\//, '');
      const expected = expectedOf((JSON.parse(readFileSync(json, 'utf8')) as { items: Mf2Item[] }).items);
      const page = parsePage(readFileSync(html, 'utf8'));
      const subject = extractProspect(page, PAGE_URL);
      const drafts = [...(subject.source.kind === 'none' ? [] : [subject]), ...extractProspects(page, PAGE_URL)];
      if (expected.noProspect) {
        const shown = drafts.map((draft) => draft.person.fullName ?? draft.company.name ?? draft.source.kind).join(', ');
        board.score(caseName, `none (${expected.noProspect})`, 'none', drafts.length === 0 ? 'none' : shown);
        continue;
      }
      expected.prospects.forEach((fields, index) => {
        const actual = fieldsOf(draftFor(fields, index, drafts) ?? subject);
        for (const [field, value] of Object.entries(fields)) board.score(caseName, field, value, actual[field], agrees(field));
      });
    }

    expect(board.count('right')).toBeGreaterThanOrEqual(MIN_RIGHT);
    expect(board.count('wrong')).toBeLessThanOrEqual(MAX_WRONG);
  });
});
