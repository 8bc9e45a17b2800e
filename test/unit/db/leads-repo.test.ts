import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLeadsRepo, type LeadsRepo } from '@/lib/db/leads-repo';
import { PersonSuppressedError, saltedHash } from '@/lib/db/suppression';
import { openLeadsDb } from '@/lib/db/open';
import type { ProspectCompany } from '@/lib/extract/types';
import type { LeadPage } from '@/lib/messaging/protocol';
import { LINKEDIN_URL, makeLeadInput, makePerson, TEST_SETTINGS } from '../../fixtures/leads';

/** A minute later on every call, so that each save has its own update time. */
function minuteClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2026, 0, 5, 9, minutes++));
}

function olena(fields: Parameters<typeof makePerson>[0] = {}) {
  return makeLeadInput({ person: makePerson({ fullName: 'Olena Kovalenko', ...fields }) });
}

function person(fullName: string, email: string) {
  return makeLeadInput({ person: makePerson({ fullName, emails: [email] }), company: {} });
}

async function saveThree(repo: LeadsRepo): Promise<void> {
  await repo.save(person('Olena Kovalenko', 'olena@finlytics.io'));
  await repo.save(person('Taras Melnyk', 'taras@brightforge.com.ua'));
  await repo.save(person('Iryna Shevchenko', 'iryna@finlytics.io'));
}

function names(page: LeadPage): (string | undefined)[] {
  return page.leads.map((lead) => lead.person.fullName);
}

describe('createLeadsRepo', () => {
  let repo: LeadsRepo;

  beforeEach(() => {
    repo = createLeadsRepo(openLeadsDb(), async () => TEST_SETTINGS, minuteClock());
  });

  describe('save', () => {
    it('should create a lead for a person not seen before', async () => {
      const actual = await repo.save(olena({ emails: ['olena@finlytics.io'] }));

      expect(actual.outcome).toBe('created');
      expect(actual.lead).toMatchObject({
        person: { fullName: 'Olena Kovalenko' },
        createdAt: '2026-01-05T09:00:00.000Z',
      });
      expect(await repo.list()).toEqual({ leads: [actual.lead], total: 1 });
    });

    it('should merge a second save of the same email into the same record', async () => {
      const first = await repo.save(olena({ emails: ['olena@finlytics.io'] }));

      const second = await repo.save(olena({ emails: ['OLENA@finlytics.io'], title: 'CTO' }));

      expect(second.outcome).toBe('merged');
      expect(second.lead.id).toBe(first.lead.id);
      expect((await repo.list()).leads).toEqual([second.lead]);
    });

    it.each([
      'https://www.linkedin.com/in/olena-kovalenko/',
      'https://ua.linkedin.com/in/olena-kovalenko',
      'https://www.linkedin.com/in/Olena-Kovalenko/overlay/contact-info/?trk=public_profile',
      'https://linkedin.com/in/olena-kovalenko/details/experience/#top',
    ])('should merge a save by the LinkedIn URL variant %s into the same record', async (variant) => {
      await repo.save(olena({ linkedinUrl: LINKEDIN_URL }));

      const actual = await repo.save(olena({ linkedinUrl: variant }));

      expect(actual.outcome).toBe('merged');
      expect((await repo.list()).total).toBe(1);
    });

    it('should merge a save that knows the person by another key it shares with the record', async () => {
      await repo.save(olena({ emails: ['olena@finlytics.io'] }));

      const actual = await repo.save(olena({ emails: ['olena@finlytics.io'], linkedinUrl: LINKEDIN_URL }));

      expect(actual.lead.identityKeys).toEqual([
        'email:olena@finlytics.io',
        'name:olena kovalenko@finlytics.io',
        'linkedin:olena-kovalenko',
      ]);
      expect((await repo.list()).total).toBe(1);
    });

    it('should fold every record the save bridges into the oldest, deleting the others, in the one save', async () => {
      const byEmail = await repo.save(olena({ emails: ['olena@gmail.com'] }));
      const byLinkedIn = await repo.save(olena({ linkedinUrl: LINKEDIN_URL, title: 'CTO' }));
      const byPhone = await repo.save(olena({ phones: ['+380441234567'], location: 'Kyiv' }));

      const actual = await repo.save(olena({ emails: ['olena@gmail.com'], linkedinUrl: LINKEDIN_URL, phones: ['+380441234567'] }));
      const { leads } = await repo.list();

      expect(actual.lead.id).toBe(byEmail.lead.id);
      expect(actual.absorbedIds).toEqual([byLinkedIn.lead.id, byPhone.lead.id]);
      expect(leads).toEqual([actual.lead]);
      expect(actual.lead.person).toMatchObject({ title: 'CTO', location: 'Kyiv', emails: ['olena@gmail.com'] });
      expect(actual.lead.history).toHaveLength(4);
    });

    it('should not key a role mailbox: two people reached through info@ stay two leads', async () => {
      await repo.save(person('Olena Kovalenko', 'info@finlytics.io'));
      await repo.save(person('Taras Melnyk', 'info@finlytics.io'));

      expect((await repo.list()).total).toBe(2);
    });

    it('should merge the same full name at the same company domain', async () => {
      const first = await repo.save(makeLeadInput({ person: makePerson({ fullName: 'Olena Kovalenko' }), company: { domain: 'finlytics.io' } }));

      const second = await repo.save(
        makeLeadInput({ person: makePerson({ fullName: 'OLENA  KOVALENKO', title: 'CTO' }), company: { website: 'https://finlytics.io' } }),
      );

      expect(second).toMatchObject({ outcome: 'merged', lead: { id: first.lead.id } });
    });

    it('should keep one lead per company captured with no person on it, apart from the people who work there', async () => {
      const contactPage = (emails: string[], company: ProspectCompany) =>
        makeLeadInput({ person: makePerson({ fullName: undefined, emails }), company, source: { url: 'https://finlytics.io/contact', kind: 'company-site' } });
      const first = await repo.save(contactPage(['sales@finlytics.io'], { name: 'Finlytics', website: 'https://finlytics.io/' }));
      await repo.save(person('Olena Kovalenko', 'olena@finlytics.io'));

      const again = await repo.save(contactPage(['info@finlytics.io'], { name: 'Finlytics', domain: 'finlytics.io' }));

      expect(again).toMatchObject({ outcome: 'merged', lead: { id: first.lead.id, person: { emails: ['info@finlytics.io', 'sales@finlytics.io'] } } });
      expect((await repo.list()).total).toBe(2);
    });

    it('should merge into the lead the rep chose, and remember the leads the rep kept apart on both sides', async () => {
      const chosen = await repo.save(person('Olena Kovalenko', 'olena@finlytics.io'));
      const other = await repo.save(person('Olena Kovalenko', 'okovalenko@gmail.com'));

      const merged = await repo.save(person('Олена Коваленко', 'olena.k@finlytics.io'), { mergeInto: chosen.lead.id });
      const separate = await repo.save(person('Olena Kowalenko', 'ok@brightforge.com.ua'), { keepSeparateFrom: [other.lead.id] });

      expect(merged).toMatchObject({ outcome: 'merged', lead: { id: chosen.lead.id } });
      expect(merged.lead.person.emails).toEqual(['olena.k@finlytics.io', 'olena@finlytics.io']);
      expect(separate.outcome).toBe('created');
      expect(separate.lead.keptApartFrom).toEqual([other.lead.id]);
      expect((await repo.get(other.lead.id))?.keptApartFrom).toEqual([separate.lead.id]);
    });

    it('should keep two people apart', async () => {
      await repo.save(person('Olena Kovalenko', 'olena@finlytics.io'));
      await repo.save(person('Taras Melnyk', 'taras@finlytics.io'));

      expect((await repo.list()).total).toBe(2);
    });

    it('should not merge people it can only tell by name', async () => {
      await repo.save(olena());
      await repo.save(olena());

      expect((await repo.list()).total).toBe(2);
    });

    it('should merge 20 saves of one person made at once into one record with everything in it', async () => {
      const saves = Array.from({ length: 20 }, (_, n) =>
        makeLeadInput({
          person: makePerson({ linkedinUrl: LINKEDIN_URL, emails: [`olena${n}@finlytics.io`] }),
          channel: { channel: `Campaign ${n}`, direction: 'outbound' },
        }),
      );

      const results = await Promise.all(saves.map((input) => repo.save(input)));
      const { leads, total } = await repo.list();

      expect(total).toBe(1);
      expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
      expect(new Set(results.map((r) => r.lead.id))).toEqual(new Set([leads[0].id]));
      // E-mails are capped at 5; every one stays an identity key.
      expect(leads[0].person.emails).toHaveLength(5);
      expect(leads[0].channels).toHaveLength(20);
      expect(leads[0].sources).toHaveLength(20);
      expect(leads[0].history).toHaveLength(20);
      expect(leads[0].identityKeys).toEqual(expect.arrayContaining(saves.map((s) => `email:${s.person.emails[0]}`)));
    });

    it('should report a full disk as a quota error and leave the stored lead as it was', async () => {
      const stored = (await repo.save(olena({ emails: ['olena@finlytics.io'] }))).lead;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });

      const failed = repo.save(olena({ emails: ['olena@finlytics.io'], title: 'CTO' }));

      await expect(failed).rejects.toMatchObject({ name: 'QuotaExceededError' });
      vi.restoreAllMocks();
      expect(await repo.list()).toEqual({ leads: [stored], total: 1 });
    });
  });

  describe('findByPerson and areKnown', () => {
    const lookups: [string, ReturnType<typeof makePerson>, boolean][] = [
      ['an unknown person', makePerson({ fullName: 'Taras Melnyk', emails: ['taras@finlytics.io'] }), false],
      ['the same name with a work address at her company', makePerson({ emails: ['o.kovalenko@finlytics.io'] }), true],
      ['a person with no identity key', makePerson(), false],
      ['the same email', makePerson({ emails: ['Olena@Finlytics.io'] }), true],
      ['a LinkedIn URL variant', makePerson({ linkedinUrl: 'https://ua.linkedin.com/in/olena-kovalenko/?trk=1' }), true],
      ['the phone written locally', makePerson({ phones: ['044 123 4567'] }), true],
    ];
    const storeOlena = () => repo.save(olena({ emails: ['olena@finlytics.io'], linkedinUrl: LINKEDIN_URL, phones: ['+380441234567'] }));

    it.each(lookups)('should find the stored lead for %s', async (_case, lookup, found) => {
      const stored = await storeOlena();

      const actual = await repo.findByPerson(lookup);

      expect(actual).toEqual(found ? stored.lead : null);
    });

    it('should say the same of every person asked about at once', async () => {
      await storeOlena();

      expect(await repo.areKnown(lookups.map(([, lookup]) => ({ person: lookup })))).toEqual(lookups.map(([, , found]) => found));
    });
  });

  describe('get', () => {
    it('should answer a stored lead by id, and null for an id it does not hold', async () => {
      const stored = await repo.save(olena({ emails: ['olena@finlytics.io'] }));

      expect(await repo.get(stored.lead.id)).toEqual(stored.lead);
      expect(await repo.get('no-such-lead')).toBeNull();
    });
  });

  describe('list', () => {
    it('should list the most recently updated first', async () => {
      await saveThree(repo);
      await repo.save(person('Olena Kovalenko', 'olena@finlytics.io'));

      const actual = await repo.list();

      expect(names(actual)).toEqual(['Olena Kovalenko', 'Iryna Shevchenko', 'Taras Melnyk']);
    });

    it.each([
      [{ offset: 0, limit: 2 }, ['Iryna Shevchenko', 'Taras Melnyk']],
      [{ offset: 2, limit: 2 }, ['Olena Kovalenko']],
      [{ offset: 5, limit: 2 }, []],
      [{ offset: 1, limit: 0 }, []],
    ])('should page with %o', async (page, expected) => {
      await saveThree(repo);

      const actual = await repo.list(page);

      expect(names(actual)).toEqual(expected);
      expect(actual.total).toBe(3);
    });

    it.each([
      ['finlytics', ['Iryna Shevchenko', 'Olena Kovalenko']],
      ['  TARAS ', ['Taras Melnyk']],
      ['brightforge.com.ua', ['Taras Melnyk']],
      ['nobody', []],
    ])('should filter by the query %j', async (query, expected) => {
      await saveThree(repo);

      const actual = await repo.list({ query });

      expect(names(actual)).toEqual(expected);
      expect(actual.total).toBe(expected.length);
    });

    it('should page within the matches and count them all', async () => {
      await saveThree(repo);

      const actual = await repo.list({ query: 'finlytics', offset: 1, limit: 1 });

      expect(names(actual)).toEqual(['Olena Kovalenko']);
      expect(actual.total).toBe(2);
    });

    it('should read a page through a cursor, never the whole store', async () => {
      await saveThree(repo);
      const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');

      await repo.list({ limit: 1 });

      expect(getAll).not.toHaveBeenCalled();
    });
  });
  describe('deletePerson', () => {
    it('should delete the lead and put nothing on the suppression list when not asked to', async () => {
      const saved = (await repo.save(olena({ emails: ['olena@finlytics.io'] }))).lead;

      const deleted = await repo.deletePerson(saved.id, { suppress: false });

      expect(deleted).toBe(true);
      expect(await repo.get(saved.id)).toBeNull();
      expect(await repo.isSuppressed(makePerson({ emails: ['olena@finlytics.io'] }))).toBe(false);
      expect(await repo.save(olena({ emails: ['olena@finlytics.io'] }))).toMatchObject({ outcome: 'created' });
    });

    it('should answer false for a lead that is not there', async () => {
      expect(await repo.deletePerson('gone', { suppress: true })).toBe(false);
    });

    it('should refuse a company lead deleted on request, by its domain, and say so before a save', async () => {
      const finlytics = { name: 'Finlytics', domain: 'finlytics.io' };
      const contactPage = makeLeadInput({ person: makePerson({ fullName: undefined, emails: ['sales@finlytics.io'] }), company: finlytics });
      const saved = (await repo.save(contactPage)).lead;

      await repo.deletePerson(saved.id, { suppress: true });

      expect(await repo.isSuppressed(contactPage.person, { website: 'https://www.finlytics.io/' })).toBe(true);
      expect(await repo.isSuppressed(makePerson({ emails: ['olena@finlytics.io'] }), finlytics)).toBe(false);
      await expect(repo.save(contactPage)).rejects.toBeInstanceOf(PersonSuppressedError);
    });

    it('should refuse every later save of the person by any of their keys, and store only salted hashes', async () => {
      const saved = (await repo.save(olena({ emails: ['olena@finlytics.io'], linkedinUrl: LINKEDIN_URL }))).lead;

      await repo.deletePerson(saved.id, { suppress: true });

      await expect(repo.save(olena({ emails: ['OLENA@finlytics.io'] }))).rejects.toBeInstanceOf(PersonSuppressedError);
      await expect(repo.save(olena({ linkedinUrl: `${LINKEDIN_URL}?trk=feed` }))).rejects.toBeInstanceOf(PersonSuppressedError);
      expect(await repo.isSuppressed(makePerson({ linkedinUrl: LINKEDIN_URL }))).toBe(true);
      expect(await repo.isSuppressed(makePerson({ emails: ['taras@brightforge.com.ua'] }))).toBe(false);
      expect(await repo.list()).toEqual({ leads: [], total: 0 });
      const db = await openLeadsDb();
      const entries = await db.getAll('suppression');
      const [salt] = (await db.get('meta', 'suppressionSalts')) ?? [];
      db.close();
      expect(entries.map((entry) => entry.hash).toSorted()).toEqual(
        (await Promise.all(saved.identityKeys.map((key) => saltedHash(salt, key)))).toSorted(),
      );
      expect(JSON.stringify(entries)).not.toMatch(/olena|finlytics/);
    });
  });
});
