/**
 * The `microdata` layer: schema.org items written as `itemscope`/`itemtype`/`itemprop` attributes
 * (GitHub's user pages, many CMS themes). Each top-level item is read into the node shape JSON-LD
 * gives, so that one reader (json-ld.ts) decides who the page is about, whatever the syntax.
 */
import type { JsonLdNode } from '../json-ld/nodes';
import type { ExtractionLayer } from './layer';
import { schemaOrgProspects } from './json-ld';

export const microdataLayer: ExtractionLayer = {
  name: 'microdata',
  confirmsProspect: true,
  extract(page) {
    return schemaOrgProspects(readMicrodataItems(page.doc), page);
  },
};

/** More items than this is a generated catalogue, not a page about a prospect; the first are read. */
const MAX_ITEMS = 64;
/** How deep nested items are followed; real markup needs 3 or 4 levels. */
const MAX_DEPTH = 8;

/**
 * Every top-level microdata item of the page, in page order: an `itemscope` inside no other item.
 * An `itemprop` on an outermost item belongs to no item, so it does not make the item a property
 * (pages, schema.org's own examples among them, write `<p itemscope itemprop="Person" …>`).
 */
export function readMicrodataItems(doc: Document): JsonLdNode[] {
  return [...doc.querySelectorAll('[itemscope]')]
    .filter((item) => !item.parentElement?.closest('[itemscope]'))
    .slice(0, MAX_ITEMS)
    .map((item) => readItem(item, 0));
}

function readItem(item: Element, depth: number): JsonLdNode {
  const node: Record<string, unknown> = {};
  const types = (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean);
  if (types.length > 0) node['@type'] = types;
  const id = item.getAttribute('itemid');
  if (id) node['@id'] = id;
  for (const property of ownProperties(item)) {
    const value = property.hasAttribute('itemscope')
      ? depth < MAX_DEPTH
        ? readItem(property, depth + 1)
        : undefined
      : propertyValue(property);
    if (value === undefined) continue;
    for (const name of (property.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      node[name] = [...((node[name] as unknown[] | undefined) ?? []), value];
    }
  }
  return node;
}

/** The `itemprop` elements that belong to `item` itself, not to an item nested in it. */
function ownProperties(item: Element): Element[] {
  return [...item.querySelectorAll('[itemprop]')].filter((property) => property.parentElement?.closest('[itemscope]') === item);
}

/** A property's value as the microdata spec reads it from each kind of element. */
function propertyValue(element: Element): string | undefined {
  const attribute = VALUE_ATTRIBUTES[element.localName];
  const value = attribute ? element.getAttribute(attribute) : element.getAttribute('content');
  return value ?? element.textContent ?? undefined;
}

const VALUE_ATTRIBUTES: Record<string, string> = {
  meta: 'content',
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  iframe: 'src',
  embed: 'src',
  object: 'data',
  data: 'value',
  meter: 'value',
  time: 'datetime',
};

/*
 * Handles: any page with schema.org microdata, e.g. GitHub user pages (Person with worksFor,
 * homeLocation, url), team pages (several Person items), LocalBusiness contact pages.
 * Fixtures: test/fixtures/pages/github-user.html, team-microdata.html.
 */
