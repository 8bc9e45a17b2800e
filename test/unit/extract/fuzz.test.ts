/**
 * Fuzzing the extraction seams (CONTRACT.md §2–3) with a seeded PRNG, so that a failure replays:
 * our saved pages (and the corpus's, when it is there) mutated node by node, hostile strings in
 * them, and random DOMs made of the very markup the layers look for. extractProspect,
 * extractProspects and parseContactText must never throw and never change the document.
 *
 * Speed is not asserted here: happy-dom on a loaded CI machine is no measure of a browser. The
 * 50 ms budget is measured in real Chromium on a 4 MB page by `npm run bench` (extract.large_page_ms).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { parseContactText } from '@/lib/extract/text';
import { CORPORA_DIR } from '../../corpus/corpus';
import { FIXTURE_PAGES_DIR, parsePage } from './pages';

/** mulberry32: a tiny seeded PRNG, enough to pick mutations reproducibly. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n: number) => Math.floor(next() * n),
    pick: <T,>(values: readonly T[]): T => values[Math.floor(next() * values.length)],
  };
}
type Random = ReturnType<typeof createRandom>;

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u202eJane Doe\u202c \u200f\u200e',
  '\ud800 lone \udfff surrogates',
  '\u0000\u0001\u001f control',
  'A'.repeat(1_000_000),
  '{"@type":"Person","name":',
  'jane [at] acme [dot] com (собака) +380 44 123 45 67',
  'Олена Коваленко — Керівниця відділу продажів, ТОВ «Фінлайтікс»',
  '   ',
];

/** The markup the layers read, so that random documents reach deep into them. */
const ATTRIBUTE_SETS: ReadonlyArray<Record<string, string>> = [
  { itemscope: '', itemtype: 'https://schema.org/Person' },
  { itemscope: '', itemtype: 'https://schema.org/Organization' },
  { itemprop: 'name' },
  { itemprop: 'jobTitle' },
  { itemprop: 'worksFor', itemscope: '', itemtype: 'https://schema.org/Organization' },
  { itemprop: 'email' },
  { itemprop: 'telephone' },
  { vocab: 'https://schema.org/', typeof: 'Person' },
  { property: 'name' },
  { property: 'worksFor', typeof: 'Organization' },
  { class: 'h-card' },
  { class: 'p-name' },
  { class: 'p-org h-card' },
  { class: 'p-job-title' },
  { class: 'u-email', href: 'mailto:jane@acme.com' },
  { href: 'tel:+380441234567' },
  { href: 'mailto:' },
  { href: 'https://www.linkedin.com/in/jane-doe/' },
  { 'aria-label': 'Contact info' },
  { 'data-member-id': '1' },
  {},
];
const TAGS = ['div', 'span', 'a', 'section', 'h1', 'h2', 'p', 'li', 'ul', 'main', 'header', 'article', 'table', 'td'];

const MUTATIONS = {
  drop(doc: Document, random: Random) {
    randomElement(doc, random)?.remove();
  },
  duplicate(doc: Document, random: Random) {
    const element = randomElement(doc, random);
    element?.after(element.cloneNode(true));
  },
  shuffle(doc: Document, random: Random) {
    const parent = randomElement(doc, random);
    const children = [...(parent?.children ?? [])];
    for (const child of children.sort(() => random.next() - 0.5)) parent?.append(child);
  },
  corruptJsonLd(doc: Document, random: Random) {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      const text = script.textContent ?? '';
      const cut = random.below(text.length + 1);
      script.textContent = `${text.slice(0, cut)}${random.pick(['', ',', '}', '/*', '\u0000', '<!--', ']]>'])}${text.slice(cut + random.below(20))}`;
    }
  },
  hostileText(doc: Document, random: Random) {
    const element = randomElement(doc, random);
    if (element) element.textContent = random.pick(HOSTILE_STRINGS);
  },
  hostileAttribute(doc: Document, random: Random) {
    randomElement(doc, random)?.setAttribute(random.pick(['href', 'content', 'itemprop', 'class', 'lang']), random.pick(HOSTILE_STRINGS));
  },
  deepNesting(doc: Document, random: Random) {
    let innermost: Element = doc.createElement('div');
    const outermost = innermost;
    for (let depth = 0; depth < 400; depth++) {
      const child = doc.createElement(random.pick(TAGS));
      innermost.append(child);
      innermost = child;
    }
    innermost.textContent = random.pick(HOSTILE_STRINGS);
    (doc.body ?? doc.documentElement).append(outermost);
  },
};

function randomElement(doc: Document, random: Random): Element | undefined {
  const elements = doc.body?.querySelectorAll('*') ?? [];
  return elements.length > 0 ? elements[random.below(elements.length)] : undefined;
}

function randomDocument(random: Random): Document {
  const doc = parsePage(`<!doctype html><html lang="${random.pick(['en', 'uk-UA', 'ru', ''])}"><head></head><body></body></html>`);
  const grow = (parent: Element, depth: number) => {
    for (let count = random.below(depth > 5 ? 2 : 5); count > 0; count--) {
      const element = doc.createElement(random.pick(TAGS));
      for (const [name, value] of Object.entries(random.pick(ATTRIBUTE_SETS))) element.setAttribute(name, value);
      if (random.next() < 0.6) element.textContent = random.pick(HOSTILE_STRINGS.filter((text) => text.length < 1000));
      parent.append(element);
      grow(element, depth + 1);
    }
  };
  grow(doc.body, 0);
  if (random.next() < 0.5) {
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = random.pick(['{"@type":"Person","name":"Jane Doe",}', '[{"@graph":[{"@type":"Organization"}]}', 'null', '<!-- {} -->']);
    doc.head.append(script);
  }
  return doc;
}

/**
 * Pages to mutate: every saved page of ours, plus a few small ones of the corpus when it is there
 * (its megabyte LinkedIn pages would make this a slow test, not a better one).
 */
function seedPages(): Array<[string, string]> {
  const ours = readdirSync(FIXTURE_PAGES_DIR).filter((file) => file.endsWith('.html')).map((file) => path.join(FIXTURE_PAGES_DIR, file));
  const corpusPages = [
    'schemaorg-examples/examples/eg-0001/microdata.html',
    'microformats-tests/tests/microformats-v2/h-card/nested.html',
    'extruct-samples/samples/misc/microdata.4.html',
  ].map((file) => path.join(CORPORA_DIR, file));
  return [...ours, ...corpusPages.filter(existsSync)].map((file) => [path.basename(file), readFileSync(file, 'utf8')]);
}

const URLS = [
  'https://www.linkedin.com/in/jane-doe/',
  'https://www.linkedin.com/search/results/people/?keywords=cto',
  'https://github.com/janedoe',
  'https://x.com/janedoe',
  'https://www.acme.com.ua/contacts',
  'not a url',
];

/** Runs both seams on `doc` and reports what went wrong: a throw or a changed document. */
function expectUntouchedAndCalm(doc: Document, url: string): void {
  const before = doc.documentElement.outerHTML;

  expect(() => extractProspect(doc, url)).not.toThrow();
  expect(() => extractProspects(doc, url)).not.toThrow();
  expect(() => parseContactText(doc.body?.textContent ?? '', { defaultCountry: 'UA' })).not.toThrow();
  expect(doc.documentElement.outerHTML === before).toBe(true);
}

describe('extraction under fuzzing', () => {
  const pages = seedPages();
  const mutationNames = Object.keys(MUTATIONS) as Array<keyof typeof MUTATIONS>;

  it.each(pages)('should never throw nor change %s, however it is mutated', (_name, html) => {
    const random = createRandom(html.length);

    for (let round = 0; round < 2; round++) {
      const doc = parsePage(html);
      for (let step = 0; step < 4; step++) MUTATIONS[random.pick(mutationNames)](doc, random);

      expectUntouchedAndCalm(doc, random.pick(URLS));
    }
  });

  it.each(Array.from({ length: 20 }, (_, seed) => [seed]))('should never throw nor change random document #%i', (seed) => {
    const random = createRandom(seed);
    const doc = randomDocument(random);

    expectUntouchedAndCalm(doc, random.pick(URLS));
  });

  it.each(Array.from({ length: 20 }, (_, seed) => [seed]))('should never throw on random text #%i', (seed) => {
    const random = createRandom(1000 + seed);
    const text = Array.from({ length: 1 + random.below(12) }, () => random.pick(HOSTILE_STRINGS)).join(random.pick(['\n', ' | ', ' ', '\r\n']));

    expect(() => parseContactText(text, { defaultCountry: random.pick(['UA', 'us', '', 'ZZZ']) })).not.toThrow();
  });
});
