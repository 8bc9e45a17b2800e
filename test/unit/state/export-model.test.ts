import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { csvFile } from '@/lib/export/csv';
import { mappingColumns } from '@/lib/export/csv-mapping';
import type { Lead } from '@/lib/leads/types';
import { ExportModel } from '@/lib/state/export-model';
import { fakeExportPorts } from '../../fixtures/export-deps';
import { deferred, fakeRequest } from '../../fixtures/fake-background';
import { makeStoredLead } from '../../fixtures/leads';

const LEADS: Lead[] = Array.from({ length: 2500 }, (_, index) => {
  const id = `lead-${String(index).padStart(4, '0')}`;
  return makeStoredLead({ id, searchText: index % 2 ? 'globex' : 'acme', person: { fullName: `Person ${index}` } });
});

function setUp({ query = '', selected = [] as string[], failChunks = false } = {}) {
  const ports = fakeExportPorts(() => LEADS);
  if (failChunks) ports.readChunk.mockRejectedValue(new Error('The database is blocked'));
  const request = fakeRequest({ listLeads: () => ({ leads: [], total: LEADS.length }) });
  const context = { query: signal(query), matching: signal(query ? 1250 : LEADS.length), selectedIds: signal(selected) };
  const model = new ExportModel({ ...ports, request }, context);
  const file = () => (ports.download as unknown as { mock: { calls: [{ name: string; type: string; parts: string[] }][] } }).mock.calls[0]?.[0];
  return { model, ports, request, context, file };
}

describe('ExportModel', () => {
  it('offers the scopes the dashboard has, choosing the narrowest on open', async () => {
    const { model } = setUp({ query: 'globex', selected: ['lead-0001'] });
    await model.open();
    expect(model.scopeOptions.value.map((option) => option.label)).toEqual([
      'All leads (2,500)',
      'Leads matching “globex” (1,250)',
      'Selected leads (1)',
    ]);
    expect(model.scopeKind.value).toBe('selected');
  });

  it('streams every lead into the chosen CSV preset with a BOM, reporting progress by chunk', async () => {
    const { model, file } = setUp();
    await model.open();
    const progress: string[] = [];
    const stop = model.announcement.subscribe((text) => progress.push(text));

    await model.run();
    stop();

    expect(file().name).toBe('leadscout-leads-2026-11-24.csv');
    expect(file().parts.join('')).toBe(csvFile(LEADS, 'hubspot'));
    expect(progress).toContain('Exported 1,000 of 2,500 leads…');
    expect(model.announcement.value).toBe('Exported 2,500 leads to leadscout-leads-2026-11-24.csv');
  });

  it('writes only the leads the search matches, without a BOM when switched off', async () => {
    const { model, file } = setUp({ query: 'globex' });
    await model.open();
    model.chooseColumns('generic');
    model.setBom(false);

    await model.run();

    const expected = LEADS.filter((lead) => lead.searchText === 'globex');
    expect(file().parts.join('')).toBe(csvFile(expected, 'generic', { bom: false }));
  });

  it('writes the selected leads as vCards', async () => {
    const { model, file } = setUp({ selected: ['lead-0002', 'lead-0001'] });
    await model.open();
    model.chooseFormat('vcard');

    await model.run();

    expect(file().type).toBe('text/vcard;charset=utf-8');
    expect(file().parts.join('').match(/^FN:.*$/gm)).toEqual(['FN:Person 2', 'FN:Person 1']);
  });

  it('offers one person’s JSON only when exactly one lead is ticked', async () => {
    const { model, context, file } = setUp({ selected: ['lead-0007'] });
    await model.open();
    expect(model.formatOptions.value.map((option) => option.value)).toEqual(['csv', 'vcard', 'json']);

    model.chooseFormat('json');
    await model.run();
    expect(JSON.parse(file().parts.join(''))).toMatchObject({ format: 'leadscout-person', record: { id: 'lead-0007' } });
    expect(file().name).toBe('leadscout-lead-2026-11-24.json');

    context.selectedIds.value = ['lead-0007', 'lead-0008'];
    expect(model.formatOptions.value.map((option) => option.value)).toEqual(['csv', 'vcard']);
  });

  it('says what failed, downloads nothing and lets the rep try again', async () => {
    const { model, ports } = setUp({ failChunks: true });
    await model.open();

    await model.run();

    expect(model.announcement.value).toBe('Export failed: The database is blocked. Nothing was changed; try again.');
    expect(ports.download).not.toHaveBeenCalled();
    expect(model.canExport.value).toBe(true);
  });

  it('runs one export at a time', async () => {
    const { model, ports } = setUp();
    const first = deferred<void>();
    await model.open();
    ports.readChunk.mockImplementationOnce(async () => {
      await first.promise;
      return { leads: [], done: true };
    });
    const running = model.run();
    await model.run();
    first.resolve();
    await running;
    expect(ports.readChunk).toHaveBeenCalledOnce();
  });

  describe('own presets', () => {
    it('copies a preset, edits its columns and saves it as a choice of its own', async () => {
      const { model, ports } = setUp();
      await model.open();
      model.chooseColumns('salesforce');
      model.editColumns();
      const editor = model.editor;
      expect(editor.mapping.value?.name).toBe('My Salesforce');

      editor.rename('Salesforce, our org');
      editor.setHeader(0, 'Given name');
      editor.move(1, -1);
      editor.remove(2);
      editor.add();
      await model.saveEditedColumns();

      const [saved] = ports.storedMappings();
      expect(saved.name).toBe('Salesforce, our org');
      expect(saved.columns.slice(0, 2).map((col) => col.header)).toEqual(['Last Name', 'Given name']);
      expect(model.columnsChoice.value).toBe(saved.id);
      expect(model.columnOptions.value.at(-1)).toEqual({ value: saved.id, label: 'Salesforce, our org' });
      expect(editor.isOpen.value).toBe(false);
    });

    it('exports with the saved preset', async () => {
      const { model, ports, file } = setUp();
      await model.open();
      model.editColumns();
      model.editor.remove(0);
      await model.saveEditedColumns();

      await model.run();

      expect(file().parts.join('')).toBe(csvFile(LEADS, mappingColumns(ports.storedMappings()[0])));
    });

    it('keeps the editor open with the problems when the preset cannot be saved', async () => {
      const { model, ports } = setUp();
      await model.open();
      model.editColumns();
      model.editor.rename('HubSpot');

      await model.saveEditedColumns();

      expect(model.editorProblems.value).toEqual(['A preset named “HubSpot” already exists.']);
      expect(model.editor.isOpen.value).toBe(true);
      expect(ports.storedMappings()).toEqual([]);
    });

    it('deletes an own preset and falls back to all fields', async () => {
      const { model, ports } = setUp();
      await model.open();
      model.editColumns();
      await model.saveEditedColumns();

      await model.deleteOwnMapping();

      expect(ports.storedMappings()).toEqual([]);
      expect(model.columnsChoice.value).toBe('generic');
    });
  });
});
