/**
 * Which pages the toolbar icon marks as a known lead's: their LinkedIn, GitHub and X profiles, and a
 * company lead's LinkedIn page, told from the identity keys the store indexes ('linkedin:<slug>',
 * 'github:<login>', 'x:<handle>', 'linkedin-company:<slug>', lib/leads/identity.ts). Pure: the browser's declarativeContent rules are built from this
 * (lib/badge/known-lead-badge.ts).
 *
 * The keys are grouped in buckets by kind and first character, one rule per bucket: every rule
 * carries the marked icon's pixels, which one rule per lead would store thousands of times.
 */

/** The part of `chrome.events.UrlFilter` the rules use. */
export interface PageUrlFilter {
  hostSuffix?: string;
  pathEquals?: string;
  pathPrefix?: string;
  urlMatches?: string;
  schemes: string[];
}

export interface BucketRule {
  /** The declarativeContent rule id. */
  id: string;
  conditions: PageUrlFilter[];
}

/** Identity key kinds that name a profile page. */
const PROFILE_KEY_KINDS = ['linkedin', 'linkedin-company', 'github', 'x'] as const;
type ProfileKind = (typeof PROFILE_KEY_KINDS)[number];

const RULE_ID_PREFIX = 'known-lead:';

function parseKey(key: string): { kind: ProfileKind; value: string } | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon) as ProfileKind;
  const value = key.slice(colon + 1);
  return colon > 0 && value && PROFILE_KEY_KINDS.includes(kind) ? { kind, value } : undefined;
}

/** The bucket an identity key falls in ('linkedin:o' for 'linkedin:olena'); undefined for keys naming no profile page. */
export function bucketOf(key: string): string | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  const [first] = Array.from(parsed.value);
  return `${parsed.kind}:${first}`;
}

export function bucketRuleId(bucket: string): string {
  return `${RULE_ID_PREFIX}${bucket}`;
}

/**
 * The conditions that mark the profiles of one bucket's keys (`values` without the kind). LinkedIn
 * slugs are lower-case in the key and in LinkedIn's own links, and LinkedIn serves every profile page
 * under `/in/<slug>/` (it redirects the form without the slash), so one path prefix per lead does,
 * overlay and detail pages included. GitHub logins and X handles are written in any case, so the
 * bucket's profiles are one case-insensitive pattern: far cheaper for Chrome than a pattern per lead,
 * and Chrome redoes its matcher for every condition registered at each rule change.
 */
export function bucketConditions(kind: ProfileKind, values: readonly string[]): PageUrlFilter[] {
  const schemes = ['https'];
  const alternatives = (valid: RegExp) => values.filter((value) => valid.test(value)).join('|');
  switch (kind) {
    case 'linkedin':
      return values.map((slug) => ({ hostSuffix: '.linkedin.com', pathPrefix: `/in/${encodeURIComponent(slug)}/`, schemes }));
    case 'linkedin-company':
      return values.map((slug) => ({ hostSuffix: '.linkedin.com', pathPrefix: `/company/${encodeURIComponent(slug)}/`, schemes }));
    case 'github': {
      const logins = alternatives(/^[a-z\d-]+$/);
      return logins ? [{ urlMatches: `^https://(www\\.)?github\\.com/(?i:${logins})/?(\\?.*)?$`, schemes }] : [];
    }
    case 'x': {
      const handles = alternatives(/^\w+$/);
      return handles ? [{ urlMatches: `^https://((www|mobile)\\.)?(x|twitter)\\.com/(?i:${handles})/?(\\?.*)?$`, schemes }] : [];
    }
  }
}

/** The rules for these identity keys (any keys: those naming no profile are left out), one per bucket. */
export function bucketRules(keys: Iterable<string>): BucketRule[] {
  const buckets = new Map<string, { kind: ProfileKind; values: string[] }>();
  for (const key of keys) {
    const parsed = parseKey(key);
    const bucket = bucketOf(key);
    if (!parsed || !bucket) continue;
    const entry = buckets.get(bucket) ?? { kind: parsed.kind, values: [] };
    entry.values.push(parsed.value);
    buckets.set(bucket, entry);
  }
  return [...buckets]
    .map(([bucket, { kind, values }]) => ({ id: bucketRuleId(bucket), conditions: bucketConditions(kind, values) }))
    .filter((rule) => rule.conditions.length > 0);
}
