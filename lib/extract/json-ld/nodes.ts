/**
 * JSON-LD as pages publish it, read without a JSON-LD processor: top-level nodes (arrays and `@graph`
 * flattened), `@id` references resolved within the page, `@type` reduced to the bare schema.org name.
 */
import { cleanText, decodeCharacterReferences } from '../clean-text';
import { parseLenientJson } from './lenient-json';

export type JsonLdNode = Readonly<Record<string, unknown>>;

/** Blocks larger than this are skipped unread: no prospect needs them, and parsing them costs. */
export const MAX_JSON_LD_BLOCK_CHARS = 256 * 1024;
/** Pages with more blocks than this are generated junk; the first ones are the page's own. */
const MAX_JSON_LD_BLOCKS = 64;
/** How deep references and nesting are followed; real markup needs 3 or 4 levels. */
const MAX_DEPTH = 8;

/** The nodes of every JSON-LD block of the page, in page order. */
export function readJsonLdNodes(doc: Document): JsonLdNode[] {
  const scripts = [...doc.querySelectorAll('script[type]')].filter((script) =>
    /^\s*application\/ld\+json\s*(;|$)/i.test(script.getAttribute('type') ?? ''),
  );
  return scripts
    .slice(0, MAX_JSON_LD_BLOCKS)
    .map((script) => script.textContent ?? '')
    .filter((text) => text.length <= MAX_JSON_LD_BLOCK_CHARS)
    .flatMap(parseLenientJson)
    .flatMap((value) => topLevelNodes(value, 0));
}

function topLevelNodes(value: unknown, depth: number): JsonLdNode[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item) => topLevelNodes(item, depth + 1));
  if (!isNode(value)) return [];
  const graph = value['@graph'];
  return graph === undefined ? [value] : topLevelNodes(graph, depth + 1);
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `@type` names without a schema.org prefix: `"schema:Person"` and `"http://schema.org/Person"` are `Person`. */
export function typesOf(node: JsonLdNode): string[] {
  return valuesOf(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** A property's values as a list, whether the page wrote one value or an array. */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Resolves `{ "@id": … }` references against the page's nodes. */
export class NodeIndex {
  private readonly byId = new Map<string, JsonLdNode>();

  constructor(nodes: readonly JsonLdNode[]) {
    for (const node of nodes) this.add(node, 0);
  }

  /** The node a value stands for: itself when it is a node with content, the referenced node for a bare `@id`. */
  resolve(value: unknown): JsonLdNode | undefined {
    if (!isNode(value)) return undefined;
    const id = value['@id'];
    const isBareReference = typeof id === 'string' && Object.keys(value).every((key) => key === '@id');
    return isBareReference ? this.byId.get(id) : value;
  }

  /** The nodes a property points at, references resolved. */
  nodesOf(value: unknown): JsonLdNode[] {
    return valuesOf(value)
      .map((item) => this.resolve(item))
      .filter((node): node is JsonLdNode => node !== undefined);
  }

  private add(node: JsonLdNode, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const id = node['@id'];
    const hasContent = Object.keys(node).some((key) => key !== '@id');
    if (typeof id === 'string' && hasContent && !this.byId.has(id)) this.byId.set(id, node);
    for (const value of Object.values(node)) {
      for (const item of valuesOf(value)) if (isNode(item)) this.add(item, depth + 1);
    }
  }
}

/**
 * The first text of a property: a string or number, the `@value` of a value object, or the `name`
 * of a node (`"jobTitle": { "@type": "DefinedTerm", "name": "CTO" }`). Character references decoded.
 */
export function textValue(value: unknown, maxLength: number): string | undefined {
  for (const item of valuesOf(value)) {
    const text = plainText(item);
    const cleaned = text === undefined ? undefined : cleanText(decodeCharacterReferences(text), maxLength);
    if (cleaned) return cleaned;
  }
  return undefined;
}

function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (!isNode(value)) return undefined;
  const inner = value['@value'] ?? value['name'];
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : undefined;
}

/** Every text of a property (`"email": ["a@x.com", "b@x.com"]`). */
export function textValues(value: unknown, maxLength: number): string[] {
  return valuesOf(value)
    .map((item) => textValue(item, maxLength))
    .filter((text): text is string => text !== undefined);
}

/** URLs a property gives, as strings or as nodes with `url`, `contentUrl` or `@id`. */
export function urlValues(value: unknown): string[] {
  return valuesOf(value)
    .map((item) => (isNode(item) ? (item['url'] ?? item['contentUrl'] ?? item['@id']) : item))
    .flatMap(valuesOf)
    .filter((url): url is string => typeof url === 'string');
}
