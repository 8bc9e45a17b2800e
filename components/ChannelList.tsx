import { useEffect, useRef } from 'preact/hooks';
import type { ChannelDirection } from '@/lib/leads/types';
import type { ChannelDefinition } from '@/lib/settings/channels';
import { DIRECTION_LABELS } from '@/lib/state/labels';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface ChannelListProps {
  channels: readonly ChannelDefinition[];
  onRename: (id: string, name: string) => void;
  onDirectionChange: (id: string, direction: ChannelDirection) => void;
  onRemove: (id: string) => void;
  onAdd: () => void;
}

const DIRECTION_OPTIONS = (Object.keys(DIRECTION_LABELS) as ChannelDirection[]).map((direction) => ({
  value: direction,
  label: DIRECTION_LABELS[direction],
}));

export function ChannelList({ channels, onRename, onDirectionChange, onRemove, onAdd }: ChannelListProps) {
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
        {channels.map((channel, index) => (
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
              <button
                type="button"
                class="btn btn--ghost channel-row__remove"
                aria-label={`Remove ${channel.name || `channel ${index + 1}`}`}
                disabled={channels.length <= 1}
                onClick={() => onRemove(channel.id)}
              >
                Remove
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" class="btn" onClick={onAdd}>
        Add channel
      </button>
    </div>
  );
}
