import { describe, expect, it } from 'vitest';
import { positionOfHeadline } from '@/lib/extract/sites/linkedin-headline';

describe('positionOfHeadline', () => {
  it.each([
    ['Head of Sales at Lvivware | B2B SaaS', { title: 'Head of Sales', company: 'Lvivware' }],
    ['CTO @ Finlytics', { title: 'CTO', company: 'Finlytics' }],
    ['Директорка з продажу в компанії Cargotrack', { title: 'Директорка з продажу', company: 'Cargotrack' }],
    ['Менеджер з продажу у Нова пошта', { title: 'Менеджер з продажу', company: 'Нова пошта' }],
    ['Директор по продажам в компании «Техносфера» | АСУ ТП', { title: 'Директор по продажам', company: 'Техносфера' }],
    ['Руководитель отдела в Яндекс', { title: 'Руководитель отдела', company: 'Яндекс' }],
  ])('should read %j', (headline, expected) => {
    expect(positionOfHeadline(headline)).toEqual(expected);
  });

  it.each([['Helping fintechs scale | ex-Monobank'], ['Спеціаліст в галузі фінансів'], ['Building logistics platforms | ex-DHL at heart']])(
    'should read no position in %j',
    (headline) => {
      expect(positionOfHeadline(headline)).toBeUndefined();
    },
  );
});
