import type { Temperature } from '@/lib/leads/types';
import { TEMPERATURE_LABELS } from '@/lib/state/labels';

interface TemperatureBadgeProps {
  temperature: Temperature;
  size?: 'regular' | 'large';
}

export function TemperatureBadge({ temperature, size = 'regular' }: TemperatureBadgeProps) {
  return (
    <span class={`temperature temperature--${temperature} temperature--${size}`}>
      {TEMPERATURE_LABELS[temperature]}
    </span>
  );
}
