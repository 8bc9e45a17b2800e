import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { chromePageRules } from '@/lib/badge/chrome-page-rules';
import { createKnownLeadBadge } from '@/lib/badge/known-lead-badge';
import { captureTab } from '@/lib/capture/capture-tab';
import { startCrmPush } from '@/lib/crm/background';
import { captureSelection, createSelectionDrafts, createSelectionMenu } from '@/lib/capture/selection';
import { createBulkImporter } from '@/lib/db/bulk-import';
import { runDaily } from '@/lib/db/daily';
import { createDuplicatesRepo } from '@/lib/db/duplicates-repo';
import { readExportChunk } from '@/lib/db/export-chunks';
import { createGradePreview } from '@/lib/db/grade-preview';
import { createLeadsRepo } from '@/lib/db/leads-repo';
import { openLeadsDb } from '@/lib/db/open';
import { reopenWhenClosed } from '@/lib/db/reopen-when-closed';
import { createRegrader, regradeJobItem } from '@/lib/db/regrade';
import { startRetention } from '@/lib/db/retention-purge';
import { saveFailureMessage, saveFailureReason } from '@/lib/db/storage-errors';
import { createSuppression } from '@/lib/db/suppression';
import { emitEvent, handleRequests } from '@/lib/messaging/messenger';
import { startReminders } from '@/lib/reminders/reminders';
import { retentionItem } from '@/lib/settings/retention';
import { settingsItem, upgradeSettings } from '@/lib/settings/settings';

export default defineBackground(() => {
  // The repo gets the opening connection, not the open one: the listener below must be registered
  // before anything is awaited, or the message that woke the worker finds no one to answer it.
  // Opened again after a full disk made the browser close it (see reopenWhenClosed).
  const db = reopenWhenClosed((onClosed) => openLeadsDb(undefined, onClosed));
  const suppression = createSuppression(db);
  const leads = createLeadsRepo(db, () => settingsItem.getValue(), undefined, suppression);
  const duplicates = createDuplicatesRepo(db, () => settingsItem.getValue());
  const gradePreview = createGradePreview(db);
  const importer = createBulkImporter({
    db,
    getSettings: () => settingsItem.getValue(),
    suppression,
    onProgress: (job) => void emitEvent('importProgress', job),
    onApplied: leadsChanged,
    onFolded: (survivorId, absorbedIds) => crmFollowsMerge(survivorId, absorbedIds),
  });
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
    gradePreview.invalidate();
    void emitEvent('leadsChanged', { ids });
    void knownLeadBadge?.leadsChanged(ids);
  }
  const crm = startCrmPush({
    getLead: (id) => leads.get(id),
    async leadIds(query, afterId, limit) {
      const chunk = await readExportChunk(await db, { query, afterId, limit });
      return { ids: chunk.leads.map((lead) => lead.id), lastId: chunk.lastId, done: chunk.done };
    },
    onSyncChanged: (leadIds) => void emitEvent('crmSyncChanged', { leadIds }),
  });

  /**
   * Leads folded into `survivorId` by a save or a Merge: their CRM sync rows follow, so the survivor
   * keeps the CRM's record ids. The lead is stored by then: a failure here must not report it lost.
   */
  async function crmFollowsMerge(survivorId: string, absorbedIds: string[]): Promise<void> {
    if (absorbedIds.length === 0) return;
    try {
      await crm.queue.leadsMerged(survivorId, absorbedIds);
      void emitEvent('crmSyncChanged', { leadIds: [survivorId, ...absorbedIds] });
    } catch (error) {
      console.error('LeadScout: could not move the merged leads’ CRM sync states', error);
    }
  }

  handleRequests({
    captureTab: ({ tabId }) => captureTab(tabId),
    takeSelectionDraft: ({ tabId }) => selectionDrafts.take(tabId),
    findLead: ({ person, company }) => leads.findByPerson(person, company),
    findDuplicates: ({ person, company }) => duplicates.forCapture(person, company),
    findLeadDuplicates: ({ ids }) => duplicates.forLeads(ids),
    async mergeLeads({ survivorId, otherId }) {
      const merged = await duplicates.merge(survivorId, otherId);
      if (merged) {
        await crmFollowsMerge(survivorId, [otherId]);
        gradePreview.invalidate();
        void reminders.leadSaved(merged);
        leadsChanged([survivorId, otherId]);
      }
      return merged;
    },
    async keepLeadsSeparate({ id, otherId }) {
      await duplicates.keepSeparate(id, otherId);
      leadsChanged([id, otherId]);
    },
    listLeads: (query) => leads.list(query),
    getLead: ({ id }) => leads.get(id),
    findKnownPeople: ({ people }) => leads.areKnown(people),
    gradeDistribution: ({ profile }) => gradePreview.distribution(profile),
    ...crm.handlers,
    async saveLead({ lead, mergeInto, keepSeparateFrom }) {
      try {
        const { absorbedIds, ...saved } = await leads.save(lead, { mergeInto, keepSeparateFrom });
        await crmFollowsMerge(saved.lead.id, absorbedIds);
        gradePreview.invalidate();
        void reminders.leadSaved(saved.lead);
        leadsChanged([saved.lead.id, ...absorbedIds, ...(keepSeparateFrom ?? [])]);
        return { ok: true, ...saved };
      } catch (error) {
        const reason = saveFailureReason(error);
        if (reason !== 'suppressed') console.error('LeadScout: saving a lead failed', error);
        return { ok: false, reason, message: saveFailureMessage(error) };
      }
    },
    isSuppressed: ({ person, company }) => leads.isSuppressed(person, company),
    async deleteLead({ id, suppress }) {
      const deleted = await leads.deletePerson(id, { suppress });
      if (deleted) {
        leadsChanged([id]);
        await crm.queue.forgetLeads([id]);
      }
      return { deleted };
    },
    beginImport: (fields) => importer.begin(fields),
    async stageImport({ jobId, offset, rows }) {
      await importer.stage(jobId, offset, rows);
      return { staged: rows.length };
    },
    async applyImport({ jobId }) {
      const job = await importer.get(jobId);
      // A restore's settings go first; written again if a stopped worker gets here twice.
      if (job?.phase === 'staging' && job.settings) {
        const { settings, retention } = job.settings;
        await settingsItem.setValue(upgradeSettings(settings.value, settings.version));
        await retentionItem.setValue(retention);
      }
      return importer.apply(jobId);
    },
    getImport: ({ jobId }) => importer.get(jobId),
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
  // A restore or import a stopped worker left half applied carries on from its last chunk.
  void importer.resume().catch((error: unknown) => console.error('LeadScout: could not resume an import', error));
  // Rows of an import whose page went away before it was applied would stay staged for good.
  runDaily(async () => void (await importer.dropAbandoned()), 'cleaning up abandoned imports');
  const retention = startRetention({ db, getRetention: () => retentionItem.getValue(), onPurged: leadsChanged });
  retentionItem.watch(() => void retention.purge());
});
