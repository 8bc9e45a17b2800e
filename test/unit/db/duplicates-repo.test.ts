import { beforeEach, describe, expect, it } from 'vitest';
import { createDuplicatesRepo, type DuplicatesRepo } from '@/lib/db/duplicates-repo';
import { createLeadsRepo, type LeadsRepo } from '@/lib/db/leads-repo';
import { openLeadsDb } from '@/lib/db/open';
import { makeLeadInput, makePerson, TEST_SETTINGS } from '../../fixtures/leads';

function minuteClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2026, 0, 5, 9, minutes++));
}

const FINLYTICS = { name: 'Finlytics', domain: 'finlytics.io' };

function atFinlytics(fullName: string, fields: Parameters<typeof makePerson>[0] = {}) {
  return makeLeadInput({ person: makePerson({ fullName, linkedinUrl: undefined, ...fields }), company: FINLYTICS });
}

describe('createDuplicatesRepo', () => {
  let leads: LeadsRepo;
  let duplicates: DuplicatesRepo;

  beforeEach(() => {
    const db = openLeadsDb();
    const clock = minuteClock();
    leads = createLeadsRepo(db, async () => TEST_SETTINGS, clock);
    duplicates = createDuplicatesRepo(db, async () => TEST_SETTINGS, clock);
  });

  describe('forCapture', () => {
    it('should offer a stored Latin spelling of a Cyrillic name at the same company, with what the popup shows', async () => {
      const stored = await leads.save({ ...atFinlytics('Oleksandr Shevchenko'), stage: 'call' });

      const actual = await duplicates.forCapture(makePerson({ fullName: 'Олександр Шевченко' }), FINLYTICS);

      expect(actual).toEqual([
        { id: stored.lead.id, name: 'Oleksandr Shevchenko', company: 'Finlytics', stage: 'call', lastCapturedAt: stored.lead.createdAt },
      ]);
    });

    it('should not offer the capture’s own record, nor a lead the rep kept apart from it, nor someone else', async () => {
      const own = await leads.save(atFinlytics('Oleksandr Shevchenko', { emails: ['o.shevchenko@finlytics.io'] }));
      const apart = await leads.save(atFinlytics('Aleksandr Shevchenko'), { keepSeparateFrom: [own.lead.id] });
      await leads.save(atFinlytics('Taras Melnyk'));

      const actual = await duplicates.forCapture(makePerson({ fullName: 'Oleksandr Shevchenko', emails: ['o.shevchenko@finlytics.io'] }), FINLYTICS);

      expect(apart.lead.keptApartFrom).toEqual([own.lead.id]);
      expect(actual).toEqual([]);
    });
  });

  describe('forLeads, merge and keepSeparate', () => {
    it('should list the possible duplicates of stored leads, merge two into the survivor, and forget them after', async () => {
      const latin = await leads.save(atFinlytics('Iryna Bondar', { emails: ['iryna@finlytics.io'] }));
      const cyrillic = await leads.save(atFinlytics('Ірина Бондар', { phones: ['+380441234567'] }));
      const alone = await leads.save(atFinlytics('Taras Melnyk'));

      const found = await duplicates.forLeads([latin.lead.id, cyrillic.lead.id, alone.lead.id]);
      const merged = await duplicates.merge(latin.lead.id, cyrillic.lead.id);

      expect(found.map(({ leadId, duplicates: others }) => [leadId, others.map((other) => other.id)])).toEqual([
        [latin.lead.id, [cyrillic.lead.id]],
        [cyrillic.lead.id, [latin.lead.id]],
      ]);
      expect(merged).toMatchObject({ id: latin.lead.id, person: { emails: ['iryna@finlytics.io'], phones: ['+380441234567'] } });
      expect(await leads.get(cyrillic.lead.id)).toBeNull();
      expect((await leads.list()).total).toBe(2);
      expect(await duplicates.forLeads([latin.lead.id])).toEqual([]);
    });

    it('should stop offering two leads the rep kept separate', async () => {
      const one = await leads.save(atFinlytics('Iryna Bondar'));
      const other = await leads.save(atFinlytics('Irina Bondar', { emails: ['irina@finlytics.io'] }));

      await duplicates.keepSeparate(one.lead.id, other.lead.id);

      expect(await duplicates.forLeads([one.lead.id, other.lead.id])).toEqual([]);
      expect((await leads.list()).total).toBe(2);
    });

    it('should not offer a merged lead to a lead that was kept apart from one of its records', async () => {
      const ukrainian = await leads.save(atFinlytics('Ірина Бондар'));
      const latin = await leads.save(atFinlytics('Iryna Bondar'), { keepSeparateFrom: [ukrainian.lead.id] });
      const russian = await leads.save(atFinlytics('Irina Bondar'));

      await duplicates.merge(russian.lead.id, latin.lead.id);

      expect(await duplicates.forLeads([ukrainian.lead.id, russian.lead.id])).toEqual([]);
    });

        it('should merge nothing when a lead is gone or both are the same', async () => {
      const one = await leads.save(atFinlytics('Iryna Bondar'));

      expect(await duplicates.merge(one.lead.id, 'gone')).toBeNull();
      expect(await duplicates.merge(one.lead.id, one.lead.id)).toBeNull();
      expect(await leads.get(one.lead.id)).toEqual(one.lead);
    });
  });
});
