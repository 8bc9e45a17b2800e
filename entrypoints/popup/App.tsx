import { useModel } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ActivityLog } from '@/components/ActivityLog';
import { AlreadyCapturedBanner } from '@/components/AlreadyCapturedBanner';
import { BantDetails } from '@/components/BantDetails';
import { BantGroup } from '@/components/BantGroup';
import { Brand } from '@/components/Brand';
import { Notice } from '@/components/Notice';
import { PossibleDuplicates } from '@/components/PossibleDuplicates';
import { ProspectPicker } from '@/components/ProspectPicker';
import { ReminderFields } from '@/components/ReminderFields';
import { ScoreExplanation } from '@/components/ScoreExplanation';
import { ScoreSummary } from '@/components/ScoreSummary';
import { SelectField } from '@/components/SelectField';
import { StakeholderList } from '@/components/StakeholderList';
import { StatusMessage } from '@/components/StatusMessage';
import { TextField } from '@/components/TextField';
import { BANT_CRITERIA, STAGES, type Stage } from '@/lib/leads/types';
import { STAGE_LABELS } from '@/lib/state/labels';
import { PopupModel, type PopupDeps } from '@/lib/state/popup-model';

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

export function App({ deps }: { deps: PopupDeps }) {
  const model = useModel(() => new PopupModel(deps));
  useEffect(() => {
    void model.open();
  }, [model]);

  const { fields } = model;
  const notice = model.notice.value;
  const existing = model.existingSummary.value;
  const duplicates = model.possibleDuplicates.value;
  const announcement = model.saveAnnouncement.value;
  const capturing = model.capture.value.phase === 'capturing';
  const fit = model.fit.value;
  const qualify = model.qualificationForm;
  const engagement = qualify.engagement.value;

  function onSubmit(event: Event) {
    event.preventDefault();
    void model.save();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void model.save();
    } else if (event.target instanceof HTMLInputElement) {
      // Enter in a one-line field would submit the form; a stray Enter should not save half a lead.
      event.preventDefault();
    }
  }

  return (
    <div class="popup">
      <div class="popup__top">
        <header class="app-header">
          <Brand />
          <button type="button" class="btn btn--link" onClick={model.openDashboard}>
            Open dashboard
          </button>
        </header>
        <ScoreSummary temperature={model.temperature.value} grade={fit.grade} score={fit.score} engagement={engagement} />
      </div>

      <form class="popup__form" noValidate aria-busy={capturing} onSubmit={onSubmit} onKeyDown={onKeyDown}>
        {capturing && <p class="capturing">Reading the page…</p>}
        {notice && <Notice tone={notice.tone} title={notice.title} hint={notice.hint} />}
        {existing && <AlreadyCapturedBanner {...existing} />}
        {duplicates.length > 0 && (
          <PossibleDuplicates duplicates={duplicates} onMerge={model.mergeWithDuplicate} onKeepSeparate={model.keepSeparate} />
        )}
        {model.choices.value.length > 0 && (
          <ProspectPicker choices={model.choices.value} picked={model.pickedIndex.value} onPick={(index) => void model.pickProspect(index)} />
        )}

        <section class="card" aria-label="Prospect">
          <TextField label="Full name" value={fields.fullName} onInput={(v) => model.editField('fullName', v)} autoComplete="off" />
          <div class="grid-2">
            <TextField label="Job title" value={fields.title} onInput={(v) => model.editField('title', v)} />
            <TextField label="Company" value={fields.company} onInput={(v) => model.editField('company', v)} />
          </div>
          <div class="grid-2">
            <TextField label="Email" type="email" value={fields.email} onInput={(v) => model.editField('email', v)} />
            <TextField label="Phone" type="tel" value={fields.phone} onInput={(v) => model.editField('phone', v)} />
          </div>
          <SelectField
            label="Channel"
            value={model.channelId.value}
            options={model.channels.value.map((channel) => ({ value: channel.id, label: channel.name }))}
            emptyLabel="No channels: add one in the options"
            hint={model.channelHint.value}
            onChange={model.selectChannel}
          />
          <div class="grid-2">
            <TextField label="Campaign" value={fields.campaign} onInput={(v) => model.editField('campaign', v)} />
            <TextField
              label="Promo code or hashtag"
              value={fields.code}
              onInput={(v) => model.editField('code', v)}
              placeholder="SPRING26, #devconf"
            />
          </div>
        </section>

        <section class="card" aria-labelledby="bant-heading">
          <h2 class="card__title" id="bant-heading">
            Qualification <span class="card__subtitle">BANT</span>
          </h2>
          {BANT_CRITERIA.map((criterion) => (
            <BantGroup
              key={criterion}
              criterion={criterion}
              value={model.bant.value[criterion].status}
              onChange={(status) => model.setBantStatus(criterion, status)}
              detailsOpen={qualify.detailsOpen[criterion].value}
              onToggleDetails={() => qualify.toggleDetails(criterion)}
              details={
                <BantDetails
                  criterion={criterion}
                  answer={model.bant.value[criterion]}
                  budgetAmount={qualify.budgetAmount.value}
                  onEdit={(field, value) => qualify.editBantDetail(criterion, field, value)}
                  onEditBudgetAmount={qualify.editBudgetAmount}
                />
              }
            />
          ))}
        </section>

        <StakeholderList
          saved={qualify.savedStakeholders.value}
          added={qualify.stakeholders.value}
          name={qualify.stakeholderName.value}
          role={qualify.stakeholderRole.value}
          onNameInput={qualify.editStakeholderName}
          onRoleInput={qualify.editStakeholderRole}
          onAdd={qualify.addStakeholder}
          onRemove={qualify.removeStakeholder}
        />

        <ActivityLog logged={qualify.loggedActivities.value} onLog={qualify.logActivity} onRemove={qualify.removeActivity} />

        <ScoreExplanation
          temperatureReasons={model.qualification.value.reasons}
          fit={fit}
          suggestedStage={model.stageSuggestion.value}
          suggestionApplied={model.stage.value === model.stageSuggestion.value}
          onUseSuggestedStage={model.applySuggestedStage}
          engagement={engagement}
        />

        <section class="card" aria-label="Pipeline">
          <SelectField
            label="Stage"
            value={model.stage.value}
            options={STAGE_OPTIONS}
            onChange={(stage) => model.selectStage(stage as Stage)}
          />
          {qualify.reminderShown.value && (
            <ReminderFields
              date={qualify.reminderDate.value}
              note={qualify.reminderNote.value}
              missing={qualify.reminderMissing.value}
              onDateInput={qualify.editReminderDate}
              onNoteInput={qualify.editReminderNote}
            />
          )}
          <TextField label="Notes" multiline value={fields.notes} onInput={(v) => model.editField('notes', v)} />
        </section>

        <footer class="popup__footer">
          <StatusMessage text={announcement?.text ?? ''} tone={announcement?.tone} />
          <span class="shortcut-hint" aria-hidden="true">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </span>
          <button type="submit" class="btn btn--primary" disabled={model.saveState.value.phase === 'saving'}>
            Save lead
          </button>
        </footer>
      </form>
    </div>
  );
}
