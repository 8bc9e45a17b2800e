/**
 * The saved pages written to stand for unseen ones (test/unit/extract/unseen-pages.test.ts), captured
 * in real Chromium through the popup: the fields the popup fills and the people it offers, as the
 * parsed-document tests read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';

type FilledField = 'Full name' | 'Job title' | 'Company' | 'Email' | 'Phone';

interface Expected {
  fixture: string;
  url: string;
  fields: Record<FilledField, string>;
  listed: string[];
}

const PAGES: Expected[] = [
  {
    fixture: 'contact-uk.html',
    url: 'https://kvant-it.com.ua/kontakty/',
    fields: { 'Full name': '', 'Job title': '', Company: 'Квант ІТ', Email: 'sales@kvant-it.com.ua', Phone: '+380442901234' },
    listed: [],
  },
  {
    fixture: 'contact-ru.html',
    url: 'https://promavtomatika.ru/kontakty',
    fields: { 'Full name': '', 'Job title': '', Company: 'ПромАвтоматика', Email: 'zakaz@promavtomatika.ru', Phone: '+74951203456' },
    listed: [],
  },
  {
    fixture: 'team-table.html',
    url: 'https://promavtomatika.ru/o-kompanii/rukovodstvo/',
    fields: { 'Full name': '', 'Job title': '', Company: 'ПромАвтоматика', Email: '', Phone: '' },
    listed: ['Соколов Дмитрий Андреевич', 'Кузнецова Анна Сергеевна', 'Морозов Игорь Викторович'],
  },
  {
    fixture: 'team-classed.html',
    url: 'https://www.brightwater-health.nl/en/about/team',
    fields: { 'Full name': '', 'Job title': '', Company: 'Brightwater Health', Email: '', Phone: '' },
    listed: ['Dr. Anna van der Berg', "Seán O'Brien", 'Lotte Jansen'],
  },
  {
    fixture: 'team-figcaption.html',
    url: 'https://agroline.com.ua/komanda',
    fields: { 'Full name': '', 'Job title': '', Company: 'Агролайн', Email: '', Phone: '+380432551234' },
    listed: ['Ігор Власенко', 'Оксана Гнатюк', 'Тарас Білик'],
  },
  {
    fixture: 'github-org.html',
    url: 'https://github.com/routeway',
    fields: { 'Full name': '', 'Job title': '', Company: 'Routeway', Email: 'hello@routeway.pl', Phone: '' },
    listed: [],
  },
  {
    fixture: 'x-profile-emoji.html',
    url: 'https://x.com/mariia_bond',
    fields: { 'Full name': 'Mariia Bondarenko', 'Job title': '', Company: '', Email: '', Phone: '' },
    listed: [],
  },
  {
    fixture: 'linkedin-profile-public-ru.html',
    url: 'https://ru.linkedin.com/in/ekaterina-volkova-5f6e7d',
    fields: { 'Full name': 'Екатерина Волкова', 'Job title': 'Руководитель отдела продаж', Company: 'Steppe Logic', Email: '', Phone: '' },
    listed: [],
  },
  {
    fixture: 'linkedin-company-ru.html',
    url: 'https://www.linkedin.com/company/steppe-logic/about/',
    fields: { 'Full name': '', 'Job title': '', Company: 'Steppe Logic', Email: '', Phone: '' },
    listed: [],
  },
  {
    fixture: 'crunchbase-person.html',
    url: 'https://www.crunchbase.com/person/anna-nowak-routeway',
    fields: { 'Full name': 'Anna Nowak', 'Job title': 'Co-Founder & CEO', Company: 'Routeway', Email: '', Phone: '' },
    listed: [],
  },
];

describe('pages written to be unseen, captured in Chromium through the popup', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    for (const { fixture, url } of PAGES) session.serve(url, fixturePage(fixture));
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(PAGES)('should fill the popup from $fixture', async ({ url, fields, listed }) => {
    const { popup: opened, tabId } = await session.popupFor(url);
    const popup = await opened.ready();

    for (const [label, value] of Object.entries(fields) as Array<[FilledField, string]>) expect(await popup.field(label).inputValue()).toBe(value);
    const result = (await popup.page.evaluate(
      (id) => chrome.runtime.sendMessage({ kind: 'request', name: 'captureTab', data: { tabId: id } }),
      tabId,
    )) as CaptureResult;
    expect(result.ok && result.list.map(({ person }) => person.fullName)).toEqual(listed);
    await popup.page.close();
  });
});
