/**
 * The `json-ld` layer: schema.org Person and Organization (with its subtypes) as pages embed them,
 * the most stable source there is. The page's subject is the `mainEntity` of its page node
 * (LinkedIn's public ProfilePage), else its top-level people and organisations; a person or an
 * organisation that is only credited on an article (author, publisher…) is not a prospect.
 */
import { cleanText, TEXT_LIMITS } from '../clean-text';
import {
  companyLinkedInUrl,
  companySizeFor,
  composeLocation,
  draftEmails,
  isSocialProfile,
  profileLinks,
  unique,
  webUrl,
  writtenPhones,
} from '../fields';
import {
  isNode,
  NodeIndex,
  textValue,
  textValues,
  typesOf,
  urlValues,
  valuesOf,
  type JsonLdNode,
} from '../json-ld/nodes';
import { jsonLdNodesOf } from '../json-ld/page-nodes';
import { joinName } from '../names';
import type { ProspectCompany } from '../types';
import { isAboutSomethingElse } from '../walls';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from './layer';

export const jsonLdLayer: ExtractionLayer = {
  name: 'json-ld',
  confirmsProspect: true,
  extract(page) {
    return schemaOrgProspects(jsonLdNodesOf(page), page);
  },
};

/**
 * The prospects schema.org nodes describe, whatever syntax carried them: JSON-LD here, microdata and
 * RDFa once read into the same node shape (microdata.ts, rdfa.ts).
 */
export function schemaOrgProspects(nodes: readonly JsonLdNode[], page: PageContext): LayerOutput {
  return nodes.length === 0 ? {} : prospectsOf(new JsonLdReader(nodes, page), page);
}

function prospectsOf(reader: JsonLdReader, page: PageContext): LayerOutput {
  const candidates = reader.subjectCandidates();
  if (isAboutSomethingElse(page)) return contentPageProspects(reader, candidates);
  const people = candidates.filter(isPerson);
  // An organisation without a name (a news site's bare `{"@type": "Organization", "url": …}`) names no prospect.
  const organisation = candidates.find((node) => isOrganisation(node) && textValue(node['name'] ?? node['legalName'], TEXT_LIMITS.name));
  const subjectPerson = reader.mainEntities().find(isPerson) ?? (people.length === 1 ? people[0] : undefined);
  if (subjectPerson) return { subject: reader.personFinding(subjectPerson, organisation) };
  const subject = organisation && reader.organisationFinding(organisation);
  if (people.length === 0) return { subject };
  return { subject, listed: people.map((person) => reader.personFinding(person, organisation)) };
}

/**
 * On an article, a product or the like (walls.ts), the organisation the markup names is the site's
 * publisher or seller: it names the company of a prospect another layer shows (the site owner's
 * h-card on a post of their own), and shows none itself. The people are those credited on the work
 * (a byline, an author box), unless the page names one as its main entity (a profile).
 */
function contentPageProspects(reader: JsonLdReader, candidates: readonly JsonLdNode[]): LayerOutput {
  const organisation = candidates.find((node) => isOrganisation(node) && textValue(node['name'] ?? node['legalName'], TEXT_LIMITS.name));
  const profile = reader.mainEntities().find(isPerson);
  if (profile) return { subject: reader.personFinding(profile, organisation) };
  return organisation ? { subject: reader.organisationFinding(organisation), subjectIsPublisher: true } : {};
}

class JsonLdReader {
  private readonly index: NodeIndex;

  constructor(
    private readonly nodes: readonly JsonLdNode[],
    private readonly page: PageContext,
  ) {
    this.index = new NodeIndex(nodes);
  }

  /** What the page's own page nodes name as their main entity: the subject, outright. */
  mainEntities(): JsonLdNode[] {
    return this.nodes.filter(isWebPage).flatMap((webPage) => this.index.nodesOf(webPage['mainEntity']));
  }

  /**
   * The main entities, then the other top-level nodes, minus those only credited on an article or a
   * page (its author). A credit may be a copy of the node with its `@id` (`"author": {"@id": …,
   * "name": …}`), so nodes are matched by `@id` too.
   */
  subjectCandidates(): JsonLdNode[] {
    const credits = this.nodes.flatMap((node) => creditPropertiesOf(node).flatMap((key) => this.index.nodesOf(node[key])));
    const creditedIds = new Set<unknown>(credits.map((node) => node['@id']).filter((id) => typeof id === 'string'));
    const isCredited = (node: JsonLdNode) => credits.includes(node) || creditedIds.has(node['@id']);
    const others = this.nodes.filter((node) => !isWebPage(node) && !isCredited(node));
    return unique([...this.mainEntities(), ...others]);
  }

  /**
   * A person and the company they work for now: their current `worksFor`, else the organisation the
   * page itself is about (a team member's page on the company's site).
   */
  personFinding(person: JsonLdNode, pageOrganisation: JsonLdNode | undefined): Finding {
    const firstName = textValue(person['givenName'], TEXT_LIMITS.name);
    const lastName = textValue(person['familyName'], TEXT_LIMITS.name);
    const employer = this.currentEmployer(person) ?? pageOrganisation;
    // `"worksFor": "Acme"` (and GitHub's microdata `worksFor` "@acme") names the company as text only.
    const namedOnly = valuesOf(person['worksFor']).filter((value) => typeof value === 'string');
    const employerName = employer ? undefined : companyNameText(textValue(namedOnly, TEXT_LIMITS.name));
    return {
      person: {
        fullName: textValue(person['name'], TEXT_LIMITS.name) ?? joinName(firstName, lastName),
        firstName,
        lastName,
        title: textValue(person['jobTitle'], TEXT_LIMITS.title),
        location: this.locationOf(person['address']) ?? this.locationOf(person['homeLocation']),
        emails: draftEmails(textValues(person['email'], TEXT_LIMITS.contactPoint)),
        phones: writtenPhones(textValues(person['telephone'], TEXT_LIMITS.contactPoint)),
        ...profileLinks(this.urls(person['url'], person['sameAs'])),
        avatarUrl: this.urls(person['image'])[0],
      },
      company: employer ? this.company(employer) : { ...(employerName && { name: employerName }) },
    };
  }

  /** An organisation the page is about: its contact points are how the prospect is reached (CONTRACT.md §2). */
  organisationFinding(organisation: JsonLdNode): Finding {
    const contactPoints = [organisation, ...this.index.nodesOf(organisation['contactPoint'])];
    return {
      person: {
        emails: draftEmails(contactPoints.flatMap((point) => textValues(point['email'], TEXT_LIMITS.contactPoint))),
        phones: writtenPhones(contactPoints.flatMap((point) => textValues(point['telephone'], TEXT_LIMITS.contactPoint))),
      },
      company: this.company(organisation),
    };
  }

  /**
   * LinkedIn's public company pages put in `numberOfEmployees` the members who list the company, not
   * its head count: there the size is the About list's range (dom:linkedin).
   */
  private company(organisation: JsonLdNode): ProspectCompany {
    const urls = this.urls(organisation['url'], organisation['sameAs']);
    return {
      name: textValue(organisation['name'], TEXT_LIMITS.name) ?? textValue(organisation['legalName'], TEXT_LIMITS.name),
      website: this.urls(organisation['url']).find((url) => !isSocialProfile(url)),
      linkedinUrl: companyLinkedInUrl(urls),
      industry: textValue(organisation['industry'], TEXT_LIMITS.title),
      ...(this.page.siteKind === 'linkedin-company' ? {} : employeesOf(organisation['numberOfEmployees'])),
      location: this.locationOf(organisation['address']) ?? this.locationOf(organisation['location']),
      description: textValue(organisation['description'], TEXT_LIMITS.description),
    };
  }

  /**
   * The organisation of the first `worksFor` with no end date. Both shapes in use are read: the
   * schema.org Role wrapper (`{ "@type": "OrganizationRole", "worksFor": {…}, "endDate": … }`) and
   * LinkedIn's organisation with a `member` role.
   */
  private currentEmployer(person: JsonLdNode): JsonLdNode | undefined {
    for (const entry of this.index.nodesOf(person['worksFor'])) {
      const isRole = typesOf(entry).some((type) => type.endsWith('Role'));
      const organisation = isRole ? this.index.nodesOf(entry['worksFor'])[0] : entry;
      const role = isRole ? entry : this.index.nodesOf(entry['member'])[0];
      if (organisation && !role?.['endDate']) return organisation;
    }
    return undefined;
  }

  private locationOf(value: unknown): string | undefined {
    for (const place of valuesOf(value)) {
      const node = this.index.resolve(place);
      const location =
        typeof place === 'string'
          ? cleanText(place, TEXT_LIMITS.location)
          : node && (this.addressOf(node) ?? textValue(node['name'], TEXT_LIMITS.location));
      if (location) return location;
    }
    return undefined;
  }

  private addressOf(node: JsonLdNode): string | undefined {
    const address = this.index.resolve(node['address']) ?? node;
    return composeLocation(
      textValue(address['addressLocality'], TEXT_LIMITS.location),
      textValue(address['addressRegion'], TEXT_LIMITS.location),
      textValue(address['addressCountry'], TEXT_LIMITS.location),
    );
  }

  /** Absolute http(s) URLs of the given properties, relative ones resolved against the page. */
  private urls(...values: unknown[]): string[] {
    return unique(values.flatMap(urlValues).map((url) => webUrl(url, this.page.location?.href)));
  }
}

/** "@acme" → "acme": GitHub and X write a company as its handle. */
function companyNameText(text: string | undefined): string | undefined {
  return text?.replace(/^@(?=\S)/, '');
}

function employeesOf(value: unknown): Pick<ProspectCompany, 'employeeCount' | 'size'> {
  for (const item of valuesOf(value)) {
    const quantity: JsonLdNode = isNode(item) ? item : { value: item };
    const count = wholeNumber(quantity['value']);
    if (count !== undefined) return { employeeCount: count, size: companySizeFor(count) };
    const range = typeof quantity['value'] === 'string' ? /^(.+?)\s*[-–—]\s*(.+)$/.exec(quantity['value']) : null;
    const upper = wholeNumber(range?.[2] ?? quantity['maxValue']) ?? wholeNumber(range?.[1] ?? quantity['minValue']);
    if (upper !== undefined) return { size: companySizeFor(upper) };
  }
  return {};
}

/** A head count as pages write it: 120, "120", "1,200", "10 000", "10001+". */
function wholeNumber(value: unknown): number | undefined {
  const digits = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d[\d\s,.'’]*\+?$/.test(digits)) return undefined;
  const count = Number(digits.replace(/\D/g, ''));
  return Number.isSafeInteger(count) && count > 0 ? count : undefined;
}

const PERSON_TYPES = new Set(['Person']);
/** Organization and the subtypes sales prospects use; LocalBusiness alone has ~150 subtypes, caught by name. */
const ORGANISATION_TYPES = new Set([
  'Organization',
  'Corporation',
  'LocalBusiness',
  'NGO',
  'Airline',
  'Consortium',
  'ProfessionalService',
  'FinancialService',
  'LegalService',
  'AccountingService',
  'Attorney',
  'Notary',
  'Dentist',
  'Physician',
  'Hospital',
  'Hotel',
  'Restaurant',
  'RealEstateAgent',
]);
const ORGANISATION_TYPE_NAME =
  /(?:Organization|Organisation|Business|Corporation|Agency|Store|Shop|Restaurant|Dealer|Contractor|Salon|Clinic|Pharmacy|Team|Office|CreditUnion)$/;
const WEB_PAGE_TYPE_NAME = /Page$/;
/** Works whose credits (author, publisher…) are not what the page is about. */
const CREATIVE_WORK_TYPE_NAME = /(?:Article|Posting|Review|Recipe|Report|Comment|Question|Answer|VideoObject|Book)$/;
const CREDIT_PROPERTIES = [
  'author',
  'publisher',
  'creator',
  'editor',
  'contributor',
  'reviewedBy',
  'copyrightHolder',
  'sourceOrganization',
  'accountablePerson',
];
const PAGE_CREDIT_PROPERTIES = ['author', 'creator', 'editor', 'contributor', 'reviewedBy'];

function isPerson(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => PERSON_TYPES.has(type));
}

function isOrganisation(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => ORGANISATION_TYPES.has(type) || ORGANISATION_TYPE_NAME.test(type));
}

function isWebPage(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => WEB_PAGE_TYPE_NAME.test(type));
}

/** A work credits its author, publisher and the like; a page (WebPage, ProfilePage…) only its author: its publisher is the site's owner. */
function creditPropertiesOf(node: JsonLdNode): readonly string[] {
  if (typesOf(node).some((type) => CREATIVE_WORK_TYPE_NAME.test(type))) return CREDIT_PROPERTIES;
  return isWebPage(node) ? PAGE_CREDIT_PROPERTIES : [];
}

/*
 * Handles: any page with schema.org JSON-LD, e.g. LinkedIn public profiles (ProfilePage → Person with
 * worksFor), company sites (Organization, LocalBusiness), team pages (several Person nodes).
 * Fixtures: test/fixtures/pages/linkedin-profile-public.html, company-contact.html, news-article.html.
 */
