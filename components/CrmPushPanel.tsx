import type { CrmPushModel } from '@/lib/state/crm-push-model';
import { SelectField } from './SelectField';
import { StatusMessage } from './StatusMessage';

interface CrmPushPanelProps {
  model: CrmPushModel;
  onOpenSettings: () => void;
  onClose: () => void;
}

/** Which CRM and which leads to push; the outcome of each lead shows in the table's CRM sync column. */
export function CrmPushPanel({ model, onOpenSettings, onClose }: CrmPushPanelProps) {
  const connections = model.connections.value;
  const status = model.status.value;
  return (
    <section class="export-panel" aria-labelledby="crm-panel-title">
      <h2 id="crm-panel-title" class="export-panel__title">
        Push to CRM
      </h2>
      {connections === undefined ? (
        <p class="loading">Reading the CRM connections…</p>
      ) : connections.length === 0 ? (
        <p class="section-lede">
          No CRM is connected yet. Connect HubSpot, Pipedrive, Twenty or a webhook in{' '}
          <button type="button" class="btn btn--small btn--ghost" onClick={onOpenSettings}>
            Settings
          </button>
        </p>
      ) : (
        <div class="export-panel__fields">
          <SelectField label="CRM" value={model.target.value ?? ''} options={model.targetOptions.value} onChange={model.chooseTarget} />
          <SelectField label="Leads to push" value={model.scope.value} options={model.scopeOptions.value} onChange={model.chooseScope} />
        </div>
      )}
      <StatusMessage text={status.text} tone={status.tone} />
      <div class="export-panel__actions">
        {connections && connections.length > 0 && (
          <button
            type="button"
            class="btn btn--primary"
            disabled={model.pushing.value || model.count.value === 0}
            onClick={() => void model.push()}
          >
            Push leads
          </button>
        )}
        <button type="button" class="btn btn--ghost" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
