/**
 * Which pages the toolbar icon marks as a known lead's: their LinkedIn, GitHub and X profiles, told
 * from the identity keys the store indexes ('linkedin:<slug>', 'github:<login>', 'x:<handle>',
 * lib/leads/identity.ts). Pure: the browser's declarativeContent rules are built from this
 * (lib/badge/known-lead-badge.ts).
 *
 * The keys are grouped in buckets by kind and first character, one rule per bucket: every rule
 * carries the marked icon's pixels, so one rule per lead would store them 100k times, while a
 * bucket is small enough to rebuild from its index range after one save.
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
export const PROFILE_KEY_KINDS = ['linkedin', 'github', 'x'] as const;
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

/** Every identity key in `bucket` lies within this index range (inclusive bounds). */
export function bucketKeyRange(bucket: string): [lower: string, upper: string] {
  return [bucket, `${bucket}\u{10FFFF}`];
}

export function bucketRuleId(bucket: string): string {
  return `${RULE_ID_PREFIX}${bucket}`;
}

export function isBucketRuleId(id: string): boolean {
  return id.startsWith(RULE_ID_PREFIX);
}

/**
 * The page addresses of one profile. LinkedIn slugs are lower-case in the key and in LinkedIn's own
 * links, and LinkedIn serves every profile page under `/in/<slug>/` (it redirects the form without
 * the slash), so one path prefix does, overlay and detail pages included: one condition per lead,
 * since Chrome's cost of every rule change grows with the conditions registered. GitHub logins and X
 * handles are written in any case, so a case-insensitive pattern matches the profile itself.
 */
export function profilePageFilters(key: string): PageUrlFilter[] {
  const parsed = parseKey(key);
  if (!parsed) return [];
  const { kind, value } = parsed;
  const schemes = ['https'];
  switch (kind) {
    case 'linkedin': {
      return [{ hostSuffix: '.linkedin.com', pathPrefix: `/in/${encodeURIComponent(value)}/`, schemes }];
    }
    case 'github':
      return /^[a-z\d-]+$/.test(value) ? [{ urlMatches: `^https://(www\\.)?github\\.com/(?i:${value})/?(\\?.*)?$`, schemes }] : [];
    case 'x':
      return /^\w+$/.test(value)
        ? [{ urlMatches: `^https://((www|mobile)\\.)?(x|twitter)\\.com/(?i:${value})/?(\\?.*)?$`, schemes }]
        : [];
  }
}

/** The rules for these identity keys (any keys: those naming no profile are left out), one per bucket. */
export function bucketRules(keys: Iterable<string>): BucketRule[] {
  const buckets = new Map<string, PageUrlFilter[]>();
  for (const key of keys) {
    const bucket = bucketOf(key);
    if (!bucket) continue;
    const conditions = buckets.get(bucket) ?? [];
    conditions.push(...profilePageFilters(key));
    buckets.set(bucket, conditions);
  }
  return [...buckets]
    .filter(([, conditions]) => conditions.length > 0)
    .map(([bucket, conditions]) => ({ id: bucketRuleId(bucket), conditions }));
}
