import { describe, expect, it } from 'vitest';
import { leadFragment, leadIdFromFragment } from '@/lib/state/links';

describe('lead fragments', () => {
  it.each(['lead-1', '3f1c0b9e-6d2a-4d8e-9a51-0c7f2f3b8e11', 'a/b#c d'])('should read back the lead id %j', (leadId) => {
    expect(leadIdFromFragment(leadFragment(leadId))).toBe(leadId);
  });

  it.each(['', '#', '#lead=', '#search=olena', '#lead=%E0%A4%A'])('should find no lead in %j', (hash) => {
    expect(leadIdFromFragment(hash)).toBeUndefined();
  });
});
