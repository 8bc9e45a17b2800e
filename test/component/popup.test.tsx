import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import { extractProspect } from '@/lib/extract';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { settingsItem } from '@/lib/settings/settings';
import type { PopupDeps } from '@/lib/state/popup-model';
import { fakeRequest, type FakeHandlers } from '../fixtures/fake-background';
import { makeDraft, makeStoredLead } from '../fixtures/leads';

const CAPTURED: CaptureResult = { ok: true, draft: makeDraft(), list: [], title: 'Jane Doe | LinkedIn' };

function renderPopup(handlers: FakeHandlers = {}) {
  const request = fakeRequest({
    captureTab: () => CAPTURED,
    findLead: () => null,
    findDuplicates: () => [],
    isSuppressed: () => false,
    saveLead: ({ lead }) => ({ ok: true, outcome: 'created', lead: makeStoredLead({ person: lead.person }) }),
    ...handlers,
  });
  const deps: PopupDeps = {
    request,
    settings: settingsItem,
    findTargetTab: async () => ({ id: 7, url: 'https://www.linkedin.com/in/jane-doe/' }),
    openDashboard: vi.fn(),
  };
  render(<App deps={deps} />);
  return { request, deps };
}

function field(name: string): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

async function captured(): Promise<void> {
  await waitFor(() => expect(field('Full name').value).toBe('Jane Doe'));
}

function answer(criterion: string, status: string): void {
  fireEvent.click(within(screen.getByRole('group', { name: criterion })).getByRole('radio', { name: status }));
}

function scoring() {
  return within(screen.getByRole('region', { name: 'Scoring' }));
}

describe('Popup App', () => {
  afterEach(() => {
    cleanup();
  });

  it('should fill the labelled fields from the captured draft', async () => {
    renderPopup();

    await captured();

    expect(field('Job title').value).toBe('VP of Sales');
    expect(field('Company').value).toBe('Acme');
    expect(field('Email').value).toBe('jane@acme.com');
    expect(field('Phone').value).toBe('+380441234567');
    expect((screen.getByRole('combobox', { name: 'Channel' }) as HTMLSelectElement).value).toBe('linkedin');
  });

  it('should offer the four BANT groups and all eight stages', async () => {
    renderPopup();
    await captured();

    for (const criterion of ['Budget', 'Authority', 'Need', 'Timing']) {
      const radios = within(screen.getByRole('group', { name: criterion })).getAllByRole('radio');
      expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual(['Unknown', 'No', 'Partial', 'Yes']);
    }
    const stages = within(screen.getByRole('combobox', { name: 'Stage' })).getAllByRole('option');
    expect(stages.map((option) => option.textContent)).toEqual([
      'Contact us',
      'MQL',
      'Call',
      'SQL',
      'Negotiation',
      'Closed – won',
      'Closed – lost',
      'Contact in the future',
    ]);
  });

  it('should turn Hot when all four answers are Yes and apply the suggested stage', async () => {
    renderPopup();
    await captured();
    expect(scoring().getByText('Cold')).toBeTruthy();

    for (const criterion of ['Budget', 'Authority', 'Need', 'Timing']) answer(criterion, 'Yes');
    fireEvent.click(await screen.findByRole('button', { name: 'Use suggested stage' }));

    expect(await scoring().findByText('Hot')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Stage' }) as HTMLSelectElement).value).toBe('sql'));
  });

  it('should show the ICP grade with what matched and what is missing', async () => {
    renderPopup({ captureTab: () => ({ ...CAPTURED, draft: makeDraft({ company: { size: '1-10' } }) }) });
    await captured();

    expect(scoring().getByText('Grade B')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'ICP fit reasons' })).getByText('Company of 51–1000 people')).toBeTruthy();
    expect(screen.getByText('Grade A needs 5 more points — Company of 51–1000 people would add 30')).toBeTruthy();

    fireEvent.input(field('Job title'), { target: { value: 'Student' } });

    expect(await scoring().findByText('Grade D')).toBeTruthy();
  });

  it('should send the edited lead on Save and announce a new lead', async () => {
    const { request } = renderPopup();
    await captured();

    fireEvent.input(field('Company'), { target: { value: 'Acme Corp' } });
    answer('Need', 'Yes');
    fireEvent.input(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: 'Asked for pricing' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Channel' }), { target: { value: 'event' } });
    fireEvent.input(field('Campaign'), { target: { value: 'DevConf 2026' } });
    fireEvent.input(field('Promo code or hashtag'), { target: { value: '#devconf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
    expect(request).toHaveBeenCalledWith('saveLead', {
      lead: expect.objectContaining({
        company: expect.objectContaining({ name: 'Acme Corp' }),
        bant: expect.objectContaining({ need: { status: 'yes' } }),
        notes: 'Asked for pricing',
        channel: { channel: 'Event', direction: 'outbound', campaign: 'DevConf 2026', code: '#devconf' },
      }),
    });
  });

  it('should announce a merge into the existing lead', async () => {
    renderPopup({ saveLead: () => ({ ok: true, outcome: 'merged', lead: makeStoredLead() }) });
    await captured();

    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Merged into the existing lead'));
  });

  it('should save on Ctrl+Enter but not on a plain Enter in a text field', async () => {
    const { request } = renderPopup();
    await captured();

    fireEvent.keyDown(field('Full name'), { key: 'Enter' });
    expect(request).not.toHaveBeenCalledWith('saveLead', expect.anything());
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Notes' }), { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
    expect(field('Full name').value).toBe('Jane Doe');
  });

  it('should show why a page cannot be captured and still let the rep type the lead', async () => {
    const { request } = renderPopup({
      captureTab: () => ({ ok: false, reason: 'restricted', message: 'Browser pages cannot be captured.' }),
    });

    expect(await screen.findByText('Browser pages cannot be captured.')).toBeTruthy();
    fireEvent.input(field('Full name'), { target: { value: 'John Smith' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
    expect(request).toHaveBeenCalledWith('saveLead', {
      lead: expect.objectContaining({ person: { fullName: 'John Smith', emails: [], phones: [] } }),
    });
  });

  it('should say that no prospect was found and leave the fields empty', async () => {
    renderPopup({
      captureTab: () => ({
        ...CAPTURED,
        draft: makeDraft({ person: { fullName: undefined, title: undefined, emails: [], phones: [] }, company: { name: undefined }, source: { kind: 'none' } }),
      }),
    });

    expect(await screen.findByText('No prospect found on this page')).toBeTruthy();
    expect(field('Full name').value).toBe('');
    expect(field('Company').value).toBe('');
  });

  it("should show a company contact page whose only address is a sales mailbox as the company, and save it", async () => {
    const url = 'https://www.acme-logistics.com/contact';
    const page = new DOMParser().parseFromString(
      '<title>Contact | Acme Logistics</title><h1>Contact us</h1><p>Write to <a href="mailto:sales@acme-logistics.com">sales@acme-logistics.com</a></p>',
      'text/html',
    );
    const { request } = renderPopup({ captureTab: () => ({ ...CAPTURED, draft: extractProspect(page, url), title: page.title }) });

    await waitFor(() => expect(field('Company').value).toBe('Acme Logistics'));
    expect(field('Full name').value).toBe('');
    expect(field('Email').value).toBe('sales@acme-logistics.com');
    expect(screen.queryByText('No prospect found on this page')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
    expect(request).toHaveBeenCalledWith('saveLead', {
      lead: expect.objectContaining({
        person: { emails: ['sales@acme-logistics.com'], phones: [] },
        company: expect.objectContaining({ name: 'Acme Logistics', domain: 'acme-logistics.com' }),
      }),
    });
  });

  it('should save a company-only lead without any contact point (a LinkedIn company page)', async () => {
    const draft = makeDraft({
      person: { fullName: undefined, firstName: undefined, lastName: undefined, title: undefined, emails: [], phones: [], linkedinUrl: undefined },
      company: { name: 'Audiense', linkedinUrl: 'https://www.linkedin.com/company/audiense/' },
      source: { kind: 'linkedin-company', url: 'https://www.linkedin.com/company/audiense/' },
    });
    const { request } = renderPopup({ captureTab: () => ({ ...CAPTURED, draft }) });
    await waitFor(() => expect(field('Company').value).toBe('Audiense'));

    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
    expect(request).toHaveBeenCalledWith('saveLead', { lead: expect.objectContaining({ company: expect.objectContaining({ name: 'Audiense' }) }) });
  });

  it('should ask for a name, a company or a contact point before saving an empty lead', async () => {
    const draft = makeDraft({
      person: { fullName: undefined, firstName: undefined, lastName: undefined, title: undefined, emails: [], phones: [], linkedinUrl: undefined },
      company: { name: undefined, domain: undefined },
      source: { kind: 'none' },
    });
    const { request } = renderPopup({ captureTab: () => ({ ...CAPTURED, draft }) });
    await screen.findByText('No prospect found on this page');

    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    expect(await screen.findByText('Add a name, company, email or phone before saving.')).toBeTruthy();
    expect(request).not.toHaveBeenCalledWith('saveLead', expect.anything());
  });

  it('should show the Already captured banner with the stored stage, temperature and channel', async () => {
    renderPopup({ findLead: () => makeStoredLead({ stage: 'call', temperature: 'warm' }) });

    const banner = await screen.findByRole('region', { name: 'Already captured' });

    expect(within(banner).getByText('Call')).toBeTruthy();
    expect(within(banner).getByText('Warm')).toBeTruthy();
    expect(within(banner).getByText('LinkedIn')).toBeTruthy();
  });

  it('should show the stored lead’s last capture and how many captures it has in the Already captured banner', async () => {
    renderPopup({ findLead: () => makeStoredLead({ stage: 'call' }) });

    const banner = await screen.findByRole('region', { name: 'Already captured' });

    expect(within(banner).getByText('Last capture')).toBeTruthy();
    expect(within(banner).getByText('Captures').nextElementSibling?.textContent).toBe('1');
  });

  it('should show a possible duplicate with Merge and Keep separate, and save the rep’s choice', async () => {
    const { request } = renderPopup({
      findDuplicates: () => [
        { id: 'lead-7', name: 'Джейн Доу', company: 'Acme', stage: 'negotiation', lastCapturedAt: '2026-02-03T10:00:00.000Z' },
      ],
    });

    const duplicate = await screen.findByRole('region', { name: 'Possible duplicate' });
    expect(within(duplicate).getByText('Джейн Доу')).toBeTruthy();
    expect(within(duplicate).getByText('Negotiation')).toBeTruthy();
    fireEvent.click(within(duplicate).getByRole('button', { name: 'Merge' }));
    expect(within(duplicate).getByRole('button', { name: 'Merge' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

    await waitFor(() => expect(request).toHaveBeenCalledWith('saveLead', expect.objectContaining({ mergeInto: 'lead-7' })));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Possible duplicate' })).toBeNull());
  });

  it('should hide a possible duplicate the rep keeps separate', async () => {
    renderPopup({
      findDuplicates: () => [{ id: 'lead-7', name: 'Джейн Доу', company: 'Acme', stage: 'call', lastCapturedAt: '2026-02-03T10:00:00.000Z' }],
    });
    const duplicate = await screen.findByRole('region', { name: 'Possible duplicate' });

    fireEvent.click(within(duplicate).getByRole('button', { name: 'Keep separate' }));

    expect(screen.queryByRole('region', { name: 'Possible duplicate' })).toBeNull();
  });

  it('should ask the entrypoint to open the dashboard', async () => {
    const { deps } = renderPopup();
    await captured();

    fireEvent.click(screen.getByRole('button', { name: 'Open dashboard' }));

    expect(deps.openDashboard).toHaveBeenCalledOnce();
  });

  describe('qualification details', () => {
    function select(name: string): HTMLSelectElement {
      return screen.getByRole('combobox', { name }) as HTMLSelectElement;
    }

    it('should open a criterion’s details once it is answered, and on Details', async () => {
      renderPopup();
      await captured();
      expect(screen.queryByRole('textbox', { name: 'Budget note' })).toBeNull();

      answer('Budget', 'Yes');
      fireEvent.click(within(screen.getByRole('group', { name: 'Timing' })).getByRole('button', { name: 'Details' }));

      expect(field('Budget amount')).toBeTruthy();
      expect(select('Currency')).toBeTruthy();
      expect(field('Budget note')).toBeTruthy();
      expect(field('Timeframe')).toBeTruthy();
      expect(screen.getByLabelText('Decision date')).toBeTruthy();
      expect(screen.queryByRole('textbox', { name: 'Need note' })).toBeNull();
    });

    it('should save the BANT details, a stakeholder and a logged Demo', async () => {
      const { request } = renderPopup();
      await captured();

      answer('Budget', 'Yes');
      fireEvent.input(field('Budget amount'), { target: { value: '50 000' } });
      fireEvent.change(select('Currency'), { target: { value: 'EUR' } });
      answer('Authority', 'Partial');
      fireEvent.change(select('Authority role'), { target: { value: 'influencer' } });
      answer('Need', 'Yes');
      fireEvent.input(field('Need note'), { target: { value: 'Faster month-end close' } });
      fireEvent.input(field('Stakeholder name'), { target: { value: 'Taras Melnyk' } });
      fireEvent.input(field('Stakeholder role'), { target: { value: 'CFO' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add stakeholder' }));
      fireEvent.click(screen.getByRole('button', { name: 'Demo' }));
      fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
      expect(request).toHaveBeenCalledWith('saveLead', {
        lead: expect.objectContaining({
          bant: {
            budget: { status: 'yes', amount: 50000, currency: 'EUR' },
            authority: { status: 'partial', role: 'influencer' },
            need: { status: 'yes', note: 'Faster month-end close' },
            timing: { status: 'unknown' },
          },
          stakeholders: [{ name: 'Taras Melnyk', role: 'CFO' }],
          activities: [{ type: 'demo', at: expect.any(String) }],
        }),
      });
    });

    it('should show the running engagement score with its breakdown and the hand-off', async () => {
      renderPopup();
      await captured();
      expect(scoring().getByText('40 to hand-off')).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'Demo' }));
      fireEvent.click(screen.getByRole('button', { name: 'Call held' }));

      expect(await scoring().findByText('45')).toBeTruthy();
      expect(scoring().getByText('Ready for sales')).toBeTruthy();
      const reasons = within(screen.getByRole('list', { name: 'Engagement reasons' }));
      expect(reasons.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Demo · 30 points',
        'Call held · 15 points',
        'Hand-off to sales at 40 points',
      ]);
    });

    it('should ask for a reminder date at Contact in the future and explain a save without one', async () => {
      const { request } = renderPopup();
      await captured();
      expect(screen.queryByLabelText('Reminder date')).toBeNull();

      fireEvent.change(select('Stage'), { target: { value: 'contact-later' } });
      fireEvent.click(await screen.findByRole('button', { name: 'Save lead' }));

      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe('Add a reminder date: “Contact in the future” needs one.'),
      );
      expect(request).not.toHaveBeenCalledWith('saveLead', expect.anything());

      fireEvent.input(screen.getByLabelText('Reminder date'), { target: { value: '2026-09-01' } });
      fireEvent.input(field('Reminder note'), { target: { value: 'After their audit' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));

      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('New lead saved'));
      expect(request).toHaveBeenCalledWith('saveLead', {
        lead: expect.objectContaining({
          stage: 'contact-later',
          reminder: { dueAt: new Date(2026, 8, 1, 9).toISOString(), note: 'After their audit' },
        }),
      });
    });
  });
});
