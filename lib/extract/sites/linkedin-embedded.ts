/**
 * The `data:linkedin` layer: the profile a logged-in LinkedIn page embeds as JSON in
 * `<code id="bpr-guid-…">` blocks (the voyager API responses it was rendered from). It is there
 * before the Experience card renders, so it gives the current position even when the rep captures
 * as soon as the top card shows. The blocks pile up as LinkedIn navigates without reloading and
 * carry every member the page mentions ("People also viewed", the viewer), so only the profile whose
 * `publicIdentifier` is the URL's slug is read, and only the positions whose URN names that profile.
 * A block that does not parse gives nothing; the others still count.
 */
import { canonicalLinkedInPersonUrl, linkedInSlug } from '@/lib/canonical/profiles';
import { cleanText, decodeCharacterReferences, TEXT_LIMITS } from '../clean-text';
import { parseLenientJson } from '../json-ld/lenient-json';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from '../layers/layer';
import { joinName } from '../names';
import { salesNavigatorLeadId } from '../site-kind';
import { linkedInSelectors as selectors } from './linkedin.selectors';

export const linkedInEmbeddedLayer: ExtractionLayer = {
  name: 'data:linkedin',
  confirmsProspect: true,
  extract(page) {
    const slug = linkedInSlug(page.url);
    const isProfilePage = page.siteKind === 'linkedin-person' && page.location && !salesNavigatorLeadId(page.location);
    return slug && isProfilePage ? profileOf(new EmbeddedBlocks(page.doc), slug, page) : {};
  },
};

type Entity = Record<string, unknown>;

function profileOf(blocks: EmbeddedBlocks, slug: string, page: PageContext): LayerOutput {
  const profile =
    blocks.entitiesWith(slug, encodeURIComponent(slug)).find((entity) => isProfileOf(entity, slug)) ??
    blocks.entitiesWith('publicIdentifier').find((entity) => isProfileOf(entity, slug));
  if (!profile) return {};
  const memberId = memberIdOf(profile);
  const position = memberId ? currentPosition(blocks.entitiesWith(`(${memberId},`), memberId) : undefined;
  const finding: Finding = {
    person: {
      fullName: joinName(text(profile['firstName']), text(profile['lastName'])),
      headline: cleanText(text(profile['headline']) ?? text(profile['occupation']), TEXT_LIMITS.headline),
      title: cleanText(text(position?.['title']), TEXT_LIMITS.title),
      location: cleanText(locationOf(profile, blocks), TEXT_LIMITS.location),
      linkedinUrl: canonicalLinkedInPersonUrl(page.url),
    },
    company: { name: cleanText(text(position?.['companyName']), TEXT_LIMITS.name) },
  };
  return finding.person.fullName ? { subject: finding } : {};
}

/**
 * The page's blocks, each parsed only when a search needs it: a long session's page carries
 * megabytes of them, and the profile with its positions sits in a few.
 */
class EmbeddedBlocks {
  private readonly texts: string[];
  private readonly parsed = new Map<number, Entity[]>();

  constructor(doc: Document) {
    this.texts = [...doc.querySelectorAll(selectors.embeddedData.selector)].map(blockText);
  }

  /** The objects of every block whose JSON contains one of `needles`, in page order. */
  entitiesWith(...needles: string[]): Entity[] {
    return this.texts.flatMap((json, index) => (needles.some((needle) => json.includes(needle)) ? this.entitiesOf(index) : []));
  }

  private entitiesOf(index: number): Entity[] {
    let entities = this.parsed.get(index);
    if (!entities) {
      entities = parseLenientJson(this.texts[index]).flatMap(objectsIn);
      this.parsed.set(index, entities);
    }
    return entities;
  }
}

/** A block's JSON, whether written as text or hidden in an HTML comment (where entities stay encoded). */
function blockText(block: Element): string {
  return [...block.childNodes]
    .map((node) => (node.nodeType === COMMENT_NODE ? decodeCharacterReferences(node.textContent ?? '') : (node.textContent ?? '')))
    .join('');
}

const COMMENT_NODE = 8;

/** Every object in a parsed block, breadth first, up to a bound: a huge block is not worth the time. */
function objectsIn(root: unknown): Entity[] {
  const found: Entity[] = [];
  const queue: unknown[] = [root];
  for (let index = 0; index < queue.length && found.length < MAX_OBJECTS_PER_BLOCK; index++) {
    const value = queue[index];
    if (Array.isArray(value)) queue.push(...value);
    else if (isEntity(value)) {
      found.push(value);
      queue.push(...Object.values(value).filter((child) => typeof child === 'object' && child !== null));
    }
  }
  return found;
}

const MAX_OBJECTS_PER_BLOCK = 20_000;

function isEntity(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProfileOf(entity: Entity, slug: string): boolean {
  const identifier = text(entity['publicIdentifier']);
  return identifier !== undefined && safeDecode(identifier).toLowerCase() === slug && text(entity['firstName']) !== undefined;
}

/** "urn:li:fsd_profile:ACoAAB1x" → "ACoAAB1x", the member id that the URNs of their positions carry. */
function memberIdOf(profile: Entity): string | undefined {
  const urn = text(profile['entityUrn']) ?? text(profile['objectUrn']);
  const id = urn?.slice(urn.lastIndexOf(':') + 1);
  return id && /^[\w-]{4,}$/.test(id) ? id : undefined;
}

/**
 * The member's ongoing position that started last; the first one listed when none has dates.
 * A position is the member's when its URN names them: `urn:li:fsd_profilePosition:(ACoAAB1x,2233)`.
 */
function currentPosition(entities: readonly Entity[], memberId: string): Entity | undefined {
  const positions = entities.filter(
    (entity) => text(entity['entityUrn'])?.includes(`(${memberId},`) && text(entity['companyName']) && text(entity['title']),
  );
  const dated = positions.filter((position) => datesOf(position) !== undefined);
  if (dated.length === 0) return positions[0];
  const ongoing = dated.filter((position) => !datesOf(position)?.['end'] && !datesOf(position)?.['endDate']);
  return ongoing.sort((left, right) => startOf(right) - startOf(left))[0];
}

/** `dateRange` in the current API, `timePeriod` in the older one. */
function datesOf(position: Entity): Entity | undefined {
  const dates = position['dateRange'] ?? position['timePeriod'];
  return isEntity(dates) ? dates : undefined;
}

function startOf(position: Entity): number {
  const dates = datesOf(position);
  const start = dates?.['start'] ?? dates?.['startDate'];
  if (!isEntity(start)) return 0;
  return (Number(start['year']) || 0) * 12 + (Number(start['month']) || 0);
}

/** `locationName` in the older API; a reference to a Geo entity in the current one. */
function locationOf(profile: Entity, blocks: EmbeddedBlocks): string | undefined {
  const named = text(profile['locationName']) ?? text(profile['geoLocationName']);
  if (named) return named;
  const geoLocation = profile['geoLocation'];
  const geoUrn = isEntity(geoLocation) ? text(geoLocation['*geo']) ?? text(geoLocation['geoUrn']) : undefined;
  const geo = geoUrn && blocks.entitiesWith(geoUrn).find((entity) => entity['entityUrn'] === geoUrn);
  return geo ? text(geo['defaultLocalizedName']) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/*
 * Handles: logged-in LinkedIn person pages that embed their voyager data (current `dash` API and the
 * older one), however they were reached.
 * Fixtures: test/fixtures/pages/linkedin-profile-embedded.html (Experience not rendered yet; blocks of
 * the previous profile, of "People also viewed" and a broken block beside the profile's own);
 * linkedin-profile.html and linkedin-profile-public.html embed none.
 */
