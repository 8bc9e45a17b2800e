import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { readProspects } from '@/lib/extract/read';
import { emptyDraft } from '@/lib/extract/types';
import { FIXTURE_PAGES_DIR, loadFixture, parsePage } from './pages';

const URL_OF_PAGE = 'https://www.linkedin.com/in/jane-doe/';

function hostilePage(body: string, head = ''): Document {
  return parsePage(`<html><head>${head}</head><body>${body}</body></html>`);
}

function jsonLdBlock(text: string): string {
  return `<script type="application/ld+json">${text}</script>`;
}

const HUGE = 'A'.repeat(1_000_000);

describe('extractProspect on hostile and broken input', () => {
  it.each([
    ['markup as a name', hostilePage('<section data-member-id="1"><h1>&lt;img src=x onerror=alert(1)&gt;</h1></section>'), 'linkedin-person'],
    ['a script in a JSON-LD name', hostilePage('', jsonLdBlock('{"@type":"Person","name":"<script>alert(1)<\\/script>"}')), 'linkedin-person'],
    ['a megabyte-long name', hostilePage(`<section data-member-id="1"><h1>${HUGE}</h1></section>`), 'none'],
    ['a megabyte-long e-mail link', hostilePage(`<a href="mailto:${HUGE}@acme.example">x</a><a href="tel:${HUGE}">y</a>`), 'none'],
    ['a megabyte-long title', hostilePage('', `<title>${HUGE}</title>`), 'none'],
    ['broken JSON-LD', hostilePage('', jsonLdBlock('{"@type": "Person", "name": ') + jsonLdBlock('}}}]]]') + jsonLdBlock('') + jsonLdBlock('"just a string"')), 'none'],
    ['deeply nested JSON-LD', hostilePage('', jsonLdBlock(`${'['.repeat(5000)}{"@type":"Person","name":"Deep"}${']'.repeat(5000)}`)), 'none'],
    ['JSON-LD of the wrong shapes', hostilePage('', jsonLdBlock('{"@type":{"x":1},"name":[[[]]],"worksFor":"Acme","sameAs":42,"address":[null]}')), 'none'],
    ['a malformed percent-encoding', hostilePage('<a href="mailto:%E0%A4%A">x</a><a href="tel:%">y</a>'), 'none'],
    ['a document with no body', parsePage('<?xml version="1.0"?><root><h1>Jane</h1></root>'), 'none'],
    ['a document with no root element', emptiedDocument(), 'none'],
  ])('should read %s without failing', (_case, doc, kind) => {
    expect(() => readProspects(doc, URL_OF_PAGE)).not.toThrow();
    expect(extractProspect(doc, URL_OF_PAGE).source.kind).toBe(kind);
    expect(extractProspects(doc, URL_OF_PAGE)).toEqual([]);
  });

  it('should keep page text as inert text, never as markup', () => {
    const doc = hostilePage('', jsonLdBlock('{"@type":"Person","name":"<img src=x onerror=alert(1)>"}'));

    expect(extractProspect(doc, 'https://acme.example/').person.fullName).toBe('<img src=x onerror=alert(1)>');
  });

  it('should refuse a name far longer than any name rather than store it', () => {
    const doc = hostilePage(`<section data-member-id="1"><h1>${HUGE}</h1></section>`);

    expect(extractProspect(doc, URL_OF_PAGE)).toStrictEqual(emptyDraft(URL_OF_PAGE, 'none'));
  });

  it.each([[''], ['not a url'], ['javascript:alert(1)']])('should not throw on the URL %j', (url) => {
    const doc = hostilePage('<a href="mailto:sales@acme.example">x</a>');

    expect(extractProspect(doc, url).person.emails).toEqual(['sales@acme.example']);
  });

  it('should give an empty draft when the document itself fails', () => {
    const failing = new Proxy({} as Document, {
      get() {
        throw new Error('the page broke');
      },
    });

    expect(extractProspect(failing, URL_OF_PAGE)).toStrictEqual(emptyDraft(URL_OF_PAGE, 'none'));
    expect(extractProspects(failing, URL_OF_PAGE)).toEqual([]);
  });
});

describe('extractProspect and the page it reads', () => {
  const fixtures = readdirSync(FIXTURE_PAGES_DIR).filter((name) => name.endsWith('.html'));

  it.each(fixtures)('should leave %s exactly as it found it', (fixture) => {
    const doc = loadFixture(fixture);
    const before = doc.documentElement.outerHTML;

    extractProspect(doc, URL_OF_PAGE);
    extractProspects(doc, URL_OF_PAGE);

    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

function emptiedDocument(): Document {
  const doc = parsePage('<html><body><h1>Jane</h1></body></html>');
  doc.removeChild(doc.documentElement);
  return doc;
}
