/**
 * Text as drafts carry it: whitespace collapsed, trimmed, and refused (undefined) when empty or longer
 * than `maxLength`. Page text is untrusted: a 1 MB "name" is not a name, and truncating it would
 * store something the page never said.
 */
export function cleanText(value: string | null | undefined, maxLength: number): string | undefined {
  // Collapsing whitespace can shorten a value, but not a megabyte to a name: refuse before the regex runs.
  if (!value || value.length > maxLength * 4) return undefined;
  const text = value.replace(/[\s\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
  return text && text.length <= maxLength ? text : undefined;
}

/** Upper bounds of each kind of field, generous for real data and far below an attack. */
export const TEXT_LIMITS = {
  name: 200,
  title: 300,
  headline: 500,
  location: 200,
  /** A raw e-mail address or phone number, before it is validated. */
  contactPoint: 254,
  url: 2048,
  description: 5000,
} as const;

/** `textContent` of the first element matching `selector` under `root`, if any. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  return root.querySelector(selector)?.textContent ?? undefined;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  apos: "'",
  gt: '>',
  lt: '<',
  nbsp: ' ',
  quot: '"',
};

/**
 * Decodes the character references that CMSes leave inside JSON-LD strings (`Smith &amp; Co`).
 * Only the common named ones and numeric ones: this is cleanup, not an HTML parser.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (reference, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? reference;
    const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
  });
}
