import type { PageKind, ProspectCompany, ProspectPerson } from '../types';

/** What one layer read about one prospect: only the fields it found. */
export interface Finding {
  person: Partial<ProspectPerson>;
  company: ProspectCompany;
}

/** What one layer read off a page. */
export interface LayerOutput {
  /** The prospect the page is about, if the layer found one. */
  subject?: Finding;
  /**
   * The subject is the publisher or seller of a page about something else (an article, a product):
   * it fills the company of a prospect another layer shows, and shows none by itself.
   */
  subjectIsPublisher?: boolean;
  /** Further prospects the page lists (a team page, search results). */
  listed?: Finding[];
  /**
   * The page still shows another profile than its URL names (a site that navigates without
   * reloading, caught mid-way): nothing on it may be filed under the URL, so the page shows no prospect.
   */
  showsAnotherProfile?: boolean;
}

/** The page as every layer sees it: the document plus what the URL and the document root tell. */
export interface PageContext {
  readonly doc: Document;
  /** The URL as given, echoed in `source.url`. */
  readonly url: string;
  /** `url` parsed; undefined when it is not a URL. */
  readonly location: URL | undefined;
  /** The page kind the URL alone suggests; layers still decide whether a prospect is there. */
  readonly siteKind: PageKind;
}

/**
 * One source of prospect data on a page. A layer is a pure function of the page: it reads, never
 * writes, and may throw on a page it does not understand (the pipeline contains that).
 */
export interface ExtractionLayer {
  /** Named in `source.extractors` when the layer contributed a value. */
  readonly name: string;
  /**
   * Whether a value from this layer shows that the page presents a prospect. Meta tags describe any
   * page, so they only add to a prospect that another layer found.
   */
  readonly confirmsProspect: boolean;
  extract(page: PageContext): LayerOutput;
}
