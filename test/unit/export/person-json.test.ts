import { describe, expect, it } from 'vitest';
import { leadToPersonJson } from '@/lib/export/person-json';
import { makeStoredLead } from '../../fixtures/leads';

describe('leadToPersonJson', () => {
  it('holds every stored field and where the data came from', () => {
    const lead = makeStoredLead({ notes: 'Asked for pricing', reminder: { dueAt: '2026-02-01T09:00:00.000Z' } });
    const file = JSON.parse(leadToPersonJson(lead, new Date('2026-11-24T08:00:00Z'))) as Record<string, unknown>;
    const { searchText: _derived, ...stored } = lead;
    expect(file).toEqual({
      format: 'leadscout-person',
      version: 1,
      exportedAt: '2026-11-24T08:00:00.000Z',
      provenance: [{ url: 'https://www.linkedin.com/in/jane-doe/', capturedAt: '2025-03-12T10:30:00.000Z' }],
      record: stored,
    });
  });
});
