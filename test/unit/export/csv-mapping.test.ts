import { describe, expect, it } from 'vitest';
import { CSV_PRESETS, csvFile, leadsToCsv } from '@/lib/export/csv';
import { FIELD_CHOICES, mappingColumns, mappingFromPreset, mappingProblems, type CsvMapping } from '@/lib/export/csv-mapping';
import { makeStoredLead } from '../../fixtures/leads';

const lead = makeStoredLead({ person: { phones: ['+380441234567'] } });

describe('mappingFromPreset', () => {
  it.each(Object.keys(CSV_PRESETS) as (keyof typeof CSV_PRESETS)[])('copies the %s preset to the byte', (preset) => {
    const mapping = mappingFromPreset(preset, 'mine', 'Mine');
    expect(csvFile([lead], mappingColumns(mapping))).toBe(leadsToCsv([lead], preset));
  });
});

describe('mappingColumns', () => {
  it('renames, reorders and drops columns as the user edited them', () => {
    const mapping: CsvMapping = {
      id: 'm',
      name: 'Ours',
      columns: [
        { source: 'hubspot:Lifecycle Stage', header: 'Stage (HubSpot)' },
        { source: 'generic:Full name', header: 'Name' },
        { source: 'generic:Phone', header: 'Tel' },
      ],
    };
    expect(csvFile([lead], mappingColumns(mapping), { bom: false })).toBe(
      'Stage (HubSpot),Name,Tel\r\nMarketing Qualified Lead,Jane Doe,+380441234567\r\n',
    );
  });

  it('leaves out a column whose field this version no longer has', () => {
    const mapping: CsvMapping = { id: 'm', name: 'Old', columns: [{ source: 'generic:Fax', header: 'Fax' }, { source: 'generic:Email', header: 'Email' }] };
    expect(mappingColumns(mapping).map((col) => col.header)).toEqual(['Email']);
  });
});

describe('FIELD_CHOICES', () => {
  it('offers every generic column and only the CRM columns the generic preset lacks', () => {
    const labels = FIELD_CHOICES.map((choice) => choice.label);
    expect(labels.slice(0, CSV_PRESETS.generic.length)).toEqual(CSV_PRESETS.generic.map((col) => col.header));
    expect(labels).toContain('Lifecycle Stage (HubSpot)');
    expect(labels).toContain('Rating (Salesforce)');
    expect(labels).not.toContain('Industry (Salesforce)');
    expect(new Set(FIELD_CHOICES.map((choice) => choice.source)).size).toBe(FIELD_CHOICES.length);
  });
});

describe('mappingProblems', () => {
  const valid = mappingFromPreset('hubspot', 'mine', 'My HubSpot');
  it.each<[string, CsvMapping, string[], string[]]>([
    ['a valid copy', valid, [], []],
    ['no name', { ...valid, name: '  ' }, [], ['Give the preset a name.']],
    ['a taken name', valid, ['my hubspot'], ['A preset named “My HubSpot” already exists.']],
    ['no columns', { ...valid, columns: [] }, [], ['Add at least one column.']],
    [
      'a blank and a repeated header',
      { ...valid, columns: [{ source: 'generic:Email', header: 'Email' }, { source: 'generic:Phone', header: ' email ' }, { source: 'generic:Notes', header: '' }] },
      [],
      ['The header “email” is used twice.', 'Column 3 needs a header.'],
    ],
    ['an unknown field', { ...valid, columns: [{ source: 'generic:Fax', header: 'Fax' }] }, [], ['Column 1 reads a field this version no longer has.']],
  ])('%s', (_case, mapping, otherNames, problems) => {
    expect(mappingProblems(mapping, otherNames)).toEqual(problems);
  });
});
