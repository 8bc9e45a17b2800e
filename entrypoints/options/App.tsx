import { useModel } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { ChannelList } from '@/components/ChannelList';
import { CheckboxField } from '@/components/CheckboxField';
import { EngagementPointsEditor } from '@/components/EngagementPointsEditor';
import { IcpProfileEditor } from '@/components/IcpProfileEditor';
import { SelectField } from '@/components/SelectField';
import { StatusMessage } from '@/components/StatusMessage';
import type { CrmConnectionsDeps } from '@/lib/state/crm-connections-model';
import { MIN_CONFIRMED_CHOICES, OptionsModel, type OptionsDeps } from '@/lib/state/options-model';
import { CrmSection } from './CrmSection';

const MIN_CONFIRMED_OPTIONS = MIN_CONFIRMED_CHOICES.map((count) => ({ value: String(count), label: String(count) }));

export function App({ deps, crm }: { deps: OptionsDeps; crm?: CrmConnectionsDeps }) {
  const model = useModel(() => new OptionsModel(deps));
  useEffect(() => {
    void model.load();
  }, [model]);

  const rules = model.rules.value;
  const problems = model.problems.value;
  const savePhase = model.saveState.value.phase;

  return (
    <div class="options">
      <header class="app-header app-header--wide">
        <Brand page="Settings" />
      </header>

      {model.isLoading.value ? (
        <p class="loading">Loading settings…</p>
      ) : (
        <form
          class="options__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void model.save();
          }}
        >
          <section class="card options-section" aria-labelledby="rules-heading">
            <h2 class="card__title" id="rules-heading">
              Qualification rules
            </h2>
            <p class="section-lede">
              When a lead turns warm (MQL). Only a “Yes” counts as confirmed; hot always needs all four.
            </p>
            <SelectField
              class="field--narrow"
              label="Confirmed criteria for warm"
              value={String(rules.minConfirmedForMql)}
              options={MIN_CONFIRMED_OPTIONS}
              onChange={(count) => model.setMinConfirmed(Number(count))}
            />
            <CheckboxField
              label="Warm requires Need and Authority"
              checked={rules.requireNeedAndAuthority}
              hint="Recommended: a lead without a confirmed need and a decision-maker tends to drop out later."
              onChange={model.setRequireNeedAndAuthority}
            />
          </section>

          <section class="card options-section" aria-labelledby="channels-heading">
            <h2 class="card__title" id="channels-heading">
              Channels
            </h2>
            <p class="section-lede">
              Every lead is tagged with the channel it came from. Inbound is marketing (forms, content, ads);
              outbound is SDR work (LinkedIn, cold email, calls, events).
            </p>
            <ChannelList
              channels={model.channels.value}
              onRename={model.renameChannel}
              onDirectionChange={model.setChannelDirection}
              onEdit={model.editChannel}
              onRemove={model.removeChannel}
              onAdd={model.addChannel}
            />
          </section>

          <section class="card options-section" aria-labelledby="phones-heading">
            <h2 class="card__title" id="phones-heading">
              Phone numbers
            </h2>
            <p class="section-lede">Numbers written without a country code are read as numbers of this country.</p>
            <SelectField
              class="field--narrow"
              label="Default country"
              value={model.defaultCountry.value}
              options={model.countries.value.map((country) => ({ value: country.code, label: country.label }))}
              onChange={model.setDefaultCountry}
            />
          </section>

          <section class="card options-section" aria-labelledby="icp-heading">
            <h2 class="card__title" id="icp-heading">
              Ideal customer profiles
            </h2>
            <p class="section-lede">
              Every lead is graded A–D by how well it fits the profile chosen below. Saving a changed profile
              re-grades every stored lead.
            </p>
            <IcpProfileEditor editor={model.icp} />
          </section>

          <section class="card options-section" aria-labelledby="engagement-heading">
            <h2 class="card__title" id="engagement-heading">
              Engagement score
            </h2>
            <p class="section-lede">
              Points each logged activity earns (a demo is worth far more than an email open); a lead goes to
              sales at the hand-off score.
            </p>
            <EngagementPointsEditor
              points={model.engagementPoints.value}
              handoffScore={model.handoffScore.value}
              onPointsChange={model.setEngagementPoints}
              onHandoffChange={model.setHandoffScore}
            />
          </section>

          {problems.length > 0 && (
            <ul class="problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}

          <footer class="options__footer">
            {model.regrade.value && (
              <div class="regrade-progress">
                <progress
                  aria-label="Updating stored leads"
                  max={Math.max(1, model.regrade.value.total)}
                  value={model.regrade.value.done}
                />
                <p class="section-lede">{model.regradeText.value}</p>
              </div>
            )}
            <StatusMessage
              text={model.statusText.value}
              tone={savePhase === 'failed' ? 'error' : savePhase === 'saved' && !model.isDirty.value ? 'success' : 'neutral'}
            />
            <button type="submit" class="btn btn--primary" disabled={!model.canSave.value}>
              Save settings
            </button>
          </footer>
        </form>
      )}
      {crm && <CrmSection deps={crm} />}
    </div>
  );
}
