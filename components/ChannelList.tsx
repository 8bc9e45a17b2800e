import { useEffect, useRef } from 'preact/hooks';
import type { ChannelDirection } from '@/lib/leads/types';
import { CHANNEL_RULE_FIELDS, ruleCount, type ChannelDraft, type ChannelRuleField } from '@/lib/state/channel-drafts';
import { BUDGET_CURRENCIES, DIRECTION_LABELS } from '@/lib/state/labels';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

export type EditableChannelField = 'monthlyBudget' | 'currency' | ChannelRuleField;

interface ChannelListProps {
  channels: readonly ChannelDraft[];
  onRename: (id: string, name: string) => void;
  onDirectionChange: (id: string, direction: ChannelDirection) => void;
  onEdit: (id: string, field: EditableChannelField, value: string) => void;
  onRemove: (id: string) => void;
  onAdd: () => void;
}

const DIRECTION_OPTIONS = (Object.keys(DIRECTION_LABELS) as ChannelDirection[]).map((direction) => ({
  value: direction,
  label: DIRECTION_LABELS[direction],
}));

const RULE_FIELDS: Record<ChannelRuleField, { label: string; placeholder: string }> = {
  sites: { label: 'Sites', placeholder: 'linkedin.com, github.com' },
  utmSources: { label: 'utm_source values', placeholder: 'newsletter, google' },
  utmCampaigns: { label: 'utm_campaign values', placeholder: 'spring-2026' },
  referrers: { label: 'Referrer sites', placeholder: 't.co, news.ycombinator.com' },
};

function currencyOptions(current: string) {
  const codes = BUDGET_CURRENCIES.includes(current) ? BUDGET_CURRENCIES : [current, ...BUDGET_CURRENCIES];
  return codes.map((code) => ({ value: code, label: code }));
}

export function ChannelList({ channels, onRename, onDirectionChange, onEdit, onRemove, onAdd }: ChannelListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const previousCount = useRef(channels.length);

  // A channel was just added: put the cursor in its name, which is what the rep types next.
  useEffect(() => {
    if (channels.length > previousCount.current) {
      listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
    }
    previousCount.current = channels.length;
  }, [channels.length]);

  return (
    <div class="channel-list">
      <ol class="channel-list__items" ref={listRef}>
        {channels.map((channel, index) => {
          const rules = ruleCount(channel);
          return (
            <li key={channel.id} class="channel-list__item">
              <fieldset class="channel-row">
                <legend class="visually-hidden">Channel {index + 1}</legend>
                <TextField
                  class="channel-row__name"
                  label="Name"
                  value={channel.name}
                  onInput={(name) => onRename(channel.id, name)}
                />
                <SelectField
                  class="channel-row__direction"
                  label="Direction"
                  value={channel.direction}
                  options={DIRECTION_OPTIONS}
                  onChange={(direction) => onDirectionChange(channel.id, direction as ChannelDirection)}
                />
                <TextField
                  class="channel-row__budget"
                  label="Monthly budget"
                  inputMode="decimal"
                  value={channel.monthlyBudget}
                  placeholder="0"
                  onInput={(amount) => onEdit(channel.id, 'monthlyBudget', amount)}
                />
                <SelectField
                  class="channel-row__currency"
                  label="Currency"
                  value={channel.currency}
                  options={currencyOptions(channel.currency)}
                  onChange={(currency) => onEdit(channel.id, 'currency', currency)}
                />
                <button
                  type="button"
                  class="btn btn--ghost channel-row__remove"
                  aria-label={`Remove ${channel.name || `channel ${index + 1}`}`}
                  disabled={channels.length <= 1}
                  onClick={() => onRemove(channel.id)}
                >
                  Remove
                </button>
                <details class="channel-row__rules">
                  <summary>
                    Auto-detect rules <span class="channel-row__rule-count">({rules === 0 ? 'none' : rules})</span>
                  </summary>
                  <div class="grid-2">
                    {CHANNEL_RULE_FIELDS.map((field) => (
                      <TextField
                        key={field}
                        label={RULE_FIELDS[field].label}
                        value={channel[field]}
                        placeholder={RULE_FIELDS[field].placeholder}
                        onInput={(value) => onEdit(channel.id, field, value)}
                      />
                    ))}
                  </div>
                </details>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class="section-lede">
        A capture is tagged by the first rule that matches: the link’s utm_campaign, then its utm_source, then
        the page the rep came from, then the page’s site; otherwise by the first channel without rules. Separate
        several values with commas.
      </p>
      <button type="button" class="btn" onClick={onAdd}>
        Add channel
      </button>
    </div>
  );
}
