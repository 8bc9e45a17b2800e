import type { Temperature } from '@/lib/leads/types';
import { TemperatureBadge } from './TemperatureBadge';

interface AlreadyCapturedBannerProps {
  stage: string;
  temperature: Temperature;
  /** When the person was last captured, formatted for reading. */
  lastCaptured: string;
  channel: string;
  /** How many times the person was captured or saved. */
  captures: number;
}

/** This person is stored already: saving merges into that lead instead of adding another. */
export function AlreadyCapturedBanner({ stage, temperature, lastCaptured, channel, captures }: AlreadyCapturedBannerProps) {
  return (
    <section class="banner" aria-label="Already captured">
      <p class="banner__title">Already captured</p>
      <dl class="banner__facts">
        <div class="banner__fact">
          <dt>Stage</dt>
          <dd>{stage}</dd>
        </div>
        <div class="banner__fact">
          <dt>Stored as</dt>
          <dd>
            <TemperatureBadge temperature={temperature} />
          </dd>
        </div>
        {lastCaptured && (
          <div class="banner__fact">
            <dt>Last capture</dt>
            <dd>{lastCaptured}</dd>
          </div>
        )}
        {channel && (
          <div class="banner__fact">
            <dt>Channel</dt>
            <dd>{channel}</dd>
          </div>
        )}
        <div class="banner__fact">
          <dt>Captures</dt>
          <dd>{captures}</dd>
        </div>
      </dl>
      <p class="banner__hint">Saving merges your changes into this lead.</p>
    </section>
  );
}
