import { describe, expect, it } from 'vitest';
import { prospectChoices } from '@/lib/state/prospect-choices';
import { makeDraft } from '../../fixtures/leads';

describe('prospectChoices', () => {
  it.each([
    ['a name and a title', { fullName: 'Jane Doe', title: 'CTO', headline: 'Builder' }, { name: 'Acme' }, { name: 'Jane Doe', detail: 'CTO' }],
    ['a headline only', { fullName: 'Jane Doe', title: undefined, headline: 'Builder of things' }, { name: 'Acme' }, { name: 'Jane Doe', detail: 'Builder of things' }],
    ['a company only', { fullName: 'Jane Doe', title: undefined }, { name: 'Acme' }, { name: 'Jane Doe', detail: 'Acme' }],
    ['nothing but a name', { fullName: 'Jane Doe', title: undefined }, { name: undefined }, { name: 'Jane Doe' }],
    ['no name', { fullName: undefined, title: 'CTO' }, { name: 'Acme' }, { name: 'Unnamed prospect', detail: 'CTO' }],
  ])('should name a listed prospect with %s', (_case, person, company, expected) => {
    const listed = makeDraft({ person, company });

    expect(prospectChoices([listed])).toEqual([expected]);
  });

  it('should keep the page order', () => {
    const list = ['Ann', 'Bob', 'Cy'].map((fullName) => makeDraft({ person: { fullName } }));

    expect(prospectChoices(list).map((choice) => choice.name)).toEqual(['Ann', 'Bob', 'Cy']);
  });
});
