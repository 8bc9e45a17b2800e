/**
 * The `rdfa` layer: schema.org written as RDFa Lite (`vocab`, `typeof`, `property`, `resource`),
 * Drupal's and WordPress themes' favourite. Read into the node shape JSON-LD gives, so that one
 * reader (json-ld.ts) decides who the page is about, whatever the syntax.
 */
import type { JsonLdNode } from '../json-ld/nodes';
import type { ExtractionLayer } from './layer';
import { schemaOrgProspects } from './json-ld';

export const rdfaLayer: ExtractionLayer = {
  name: 'rdfa',
  confirmsProspect: true,
  extract(page) {
    return schemaOrgProspects(readRdfaNodes(page.doc), page);
  },
};

/** More nodes than this is a generated catalogue, not a page about a prospect; the first are read. */
const MAX_NODES = 64;
/** How deep nested nodes are followed; real markup needs 3 or 4 levels. */
const MAX_DEPTH = 8;

/** Every top-level RDFa node (a `typeof` inside no other), in page order; a `property` on it belongs to no node. */
export function readRdfaNodes(doc: Document): JsonLdNode[] {
  return [...doc.querySelectorAll('[typeof]')]
    .filter((node) => !node.parentElement?.closest('[typeof]'))
    .slice(0, MAX_NODES)
    .map((node) => readNode(node, 0));
}

function readNode(element: Element, depth: number): JsonLdNode {
  const node: Record<string, unknown> = { '@type': terms(element.getAttribute('typeof')) };
  const id = element.getAttribute('resource') ?? element.getAttribute('about');
  if (id) node['@id'] = id;
  for (const property of ownProperties(element)) {
    const value = property.hasAttribute('typeof')
      ? depth < MAX_DEPTH
        ? readNode(property, depth + 1)
        : undefined
      : propertyValue(property);
    if (value === undefined) continue;
    for (const name of terms(property.getAttribute('property'))) {
      node[name] = [...((node[name] as unknown[] | undefined) ?? []), value];
    }
  }
  return node;
}

/** The `property` elements that belong to `element` itself, not to a node nested in it. */
function ownProperties(element: Element): Element[] {
  return [...element.querySelectorAll('[property]')].filter((property) => property.parentElement?.closest('[typeof]') === element);
}

/**
 * Terms without their vocabulary: `schema:name`, `http://schema.org/name` and `name` (under
 * `vocab="https://schema.org/"`) are all `name`; types keep a `schema:` prefix typesOf understands.
 */
function terms(attribute: string | null): string[] {
  return (attribute ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => term.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** A property's value as RDFa reads it: `content`, then the link it makes, then its text. */
function propertyValue(element: Element): string | undefined {
  const value =
    element.getAttribute('content') ??
    element.getAttribute('href') ??
    element.getAttribute('src') ??
    element.getAttribute('resource') ??
    (element.localName === 'time' ? element.getAttribute('datetime') : null);
  return value ?? element.textContent ?? undefined;
}

/*
 * Handles: any page with schema.org RDFa Lite, e.g. a company's contact page (Organization with a
 * ContactPoint) or a staff profile (Person with worksFor).
 * Fixtures: test/fixtures/pages/contact-rdfa.html.
 */
