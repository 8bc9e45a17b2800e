import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { chromePageRules } from '@/lib/badge/chrome-page-rules';
import { createKnownLeadBadge } from '@/lib/badge/known-lead-badge';
import { captureTab } from '@/lib/capture/capture-tab';
import { captureSelection, createSelectionDrafts, createSelectionMenu } from '@/lib/capture/selection';
import { readExportChunk } from '@/lib/db/export-chunks';
import { createGradePreview } from '@/lib/db/grade-preview';
import { createLeadsRepo } from '@/lib/db/leads-repo';
import { openLeadsDb } from '@/lib/db/open';
import { createRegrader, regradeJobItem } from '@/lib/db/regrade';
import { saveFailureMessage, saveFailureReason } from '@/lib/db/storage-errors';
import { emitEvent, handleRequests } from '@/lib/messaging/messenger';
import { startReminders } from '@/lib/reminders/reminders';
import { settingsItem } from '@/lib/settings/settings';

export default defineBackground(() => {
  // The repo gets the opening connection, not the open one: the listener below must be registered
  // before anything is awaited, or the message that woke the worker finds no one to answer it.
  const db = openLeadsDb();
  const leads = createLeadsRepo(db, () => settingsItem.getValue());
  const gradePreview = createGradePreview(db);
  const regrader = createRegrader({
    db,
    getSettings: () => settingsItem.getValue(),
    jobs: regradeJobItem,
    onProgress: (progress) => void emitEvent('regradeProgress', progress),
    onFinished: (ids) => void emitEvent('leadsChanged', { ids }),
  });
  const selectionDrafts = createSelectionDrafts();
  const reminders = startReminders(db);
  // Firefox has no declarativeContent: there the toolbar icon does not mark known leads' pages.
  const pageRules = chromePageRules();
  const knownLeadBadge = pageRules && createKnownLeadBadge(db, pageRules);
  /** Every write that adds, changes or removes leads ends here: open pages refresh, the icon rules follow. */
  function leadsChanged(ids: string[]): void {
    void emitEvent('leadsChanged', { ids });
    void knownLeadBadge?.leadsChanged(ids);
  }

  handleRequests({
    captureTab: ({ tabId }) => captureTab(tabId),
    takeSelectionDraft: ({ tabId }) => selectionDrafts.take(tabId),
    findLead: ({ person }) => leads.findByPerson(person),
    listLeads: (query) => leads.list(query),
    getLead: ({ id }) => leads.get(id),
    exportChunk: async (query) => readExportChunk(await db, query),
    gradeDistribution: ({ profile }) => gradePreview.distribution(profile),
    async saveLead({ lead }) {
      try {
        const saved = await leads.save(lead);
        gradePreview.invalidate();
        void reminders.leadSaved(saved.lead);
        leadsChanged([saved.lead.id]);
        return { ok: true, ...saved };
      } catch (error) {
        const reason = saveFailureReason(error);
        if (reason !== 'suppressed') console.error('LeadScout: saving a lead failed', error);
        return { ok: false, reason, message: saveFailureMessage(error) };
      }
    },
    isSuppressed: ({ person }) => leads.isSuppressed(person),
    async deleteLead({ id, suppress }) {
      const deleted = await leads.deletePerson(id, { suppress });
      if (deleted) {
        gradePreview.invalidate();
        leadsChanged([id]);
      }
      return { deleted };
    },
  });

  browser.runtime.onInstalled.addListener(() => {
    createSelectionMenu().catch((error: unknown) => console.error('LeadScout: could not create the selection menu', error));
    // The browser keeps page rules across restarts, but not across an update that changed them.
    void knownLeadBadge?.rebuild();
  });
  // Repairs rules a worker stopped in the middle of an update left behind.
  browser.runtime.onStartup.addListener(() => void knownLeadBadge?.rebuild());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const defaultCountry = async () => (await settingsItem.getValue()).defaultCountry;
    void captureSelection(info, tab, { drafts: selectionDrafts, defaultCountry });
  });

  // Saved settings re-grade every stored lead; a walk a stopped worker left unfinished resumes now.
  settingsItem.watch(() => void regrader.start());
  void regrader.start();
});
