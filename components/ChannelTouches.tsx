import type { TouchRow } from '@/lib/state/touches';

interface ChannelTouchesProps {
  /** The channel of the latest capture. */
  channel: string;
  touches: readonly TouchRow[];
}

/** The dashboard's channel cell: the latest channel, and every touch with its date in a disclosure. */
export function ChannelTouches({ channel, touches }: ChannelTouchesProps) {
  if (touches.length <= 1) return <>{channel}</>;
  return (
    <details class="touches">
      <summary>
        {channel} <span class="touches__count">· {touches.length} touches</span>
      </summary>
      <ol class="touches__list">
        {touches.map((touch, index) => (
          <li key={`${touch.at}-${index}`}>
            <time dateTime={touch.at}>{touch.date}</time> {touch.channel || 'No channel'}
            {touch.tag && <span class="touches__tag"> ({touch.tag})</span>}
            {touch.url && (
              <>
                {' '}
                <a href={touch.url} target="_blank" rel="noopener noreferrer">
                  {touch.site}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
