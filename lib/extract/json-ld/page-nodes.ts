import type { PageContext } from '../layers/layer';
import { readJsonLdNodes, type JsonLdNode } from './nodes';

/**
 * The page's JSON-LD nodes, parsed once per reading of the page: the JSON-LD layer reads them, and
 * telling what the page is about (walls.ts) looks at them too.
 */
export function jsonLdNodesOf(page: PageContext): JsonLdNode[] {
  let nodes = parsed.get(page);
  if (!nodes) {
    nodes = readJsonLdNodes(page.doc);
    parsed.set(page, nodes);
  }
  return nodes;
}

const parsed = new WeakMap<PageContext, JsonLdNode[]>();
