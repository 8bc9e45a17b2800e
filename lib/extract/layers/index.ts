import { crunchbaseLayer } from '../sites/crunchbase';
import { githubLayer } from '../sites/github';
import { linkedInLayer } from '../sites/linkedin';
import { linkedInEmbeddedLayer } from '../sites/linkedin-embedded';
import { xLayer } from '../sites/x';
import { contactLinksLayer } from './contact-links';
import { hCardLayer } from './h-card';
import { jsonLdLayer } from './json-ld';
import { landmarksLayer } from './landmarks';
import type { ExtractionLayer } from './layer';
import { metaLayer } from './meta';
import { microdataLayer } from './microdata';
import { rdfaLayer } from './rdfa';

/**
 * Every layer, most stable first: a value from an earlier layer wins, later layers only fill blanks.
 * Embedded structured data first (JSON-LD, microdata, RDFa, h-card), then the data a site embeds
 * for its own scripts (LinkedIn's voyager JSON), then the contact links and landmarks a page offers
 * on purpose, then each site's DOM. Meta tags come last although they are no
 * site-specific DOM: the LinkedIn layer checks the card it reads against the URL, while a title cannot
 * be checked and lags behind in-app navigation.
 */
export const LAYERS: readonly ExtractionLayer[] = [
  jsonLdLayer,
  microdataLayer,
  rdfaLayer,
  hCardLayer,
  linkedInEmbeddedLayer,
  contactLinksLayer,
  landmarksLayer,
  linkedInLayer,
  githubLayer,
  xLayer,
  crunchbaseLayer,
  metaLayer,
];
