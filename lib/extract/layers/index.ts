import { linkedInLayer } from '../sites/linkedin';
import { contactLinksLayer } from './contact-links';
import { jsonLdLayer } from './json-ld';
import type { ExtractionLayer } from './layer';
import { metaLayer } from './meta';

/**
 * Every layer, most stable first: a value from an earlier layer wins, later layers only fill blanks.
 * Embedded structured data first, then the contact links a page offers on purpose, then site
 * landmarks. Meta tags come last although they are no site-specific DOM: the LinkedIn layer checks the
 * card it reads against the URL, while a title cannot be checked and lags behind in-app navigation.
 */
export const LAYERS: readonly ExtractionLayer[] = [jsonLdLayer, contactLinksLayer, linkedInLayer, metaLayer];
