import type { Lead } from '@/lib/leads/types';
import { formatDate } from './labels';
import { httpUrl } from './links';

/** One capture of a lead as the dashboard lists it: when, through which channel, from which page. */
export interface TouchRow {
  at: string;
  date: string;
  channel: string;
  /** Campaign and promo code or hashtag, as one line ('spring-2026 · SPRING26'); '' when neither. */
  tag: string;
  /** The page, http(s) only, and its host as the link's text; absent when the lead was typed in without one. */
  url?: string;
  site?: string;
}

/** The lead's touches (its `history`), newest first. */
export function touchRows(lead: Pick<Lead, 'history'>): TouchRow[] {
  return lead.history.toReversed().map((capture) => {
    const url = httpUrl(capture.url);
    return {
      at: capture.at,
      date: formatDate(capture.at),
      channel: capture.channel?.channel ?? '',
      tag: [capture.channel?.campaign, capture.channel?.code].filter(Boolean).join(' · '),
      ...(url ? { url, site: new URL(url).hostname } : {}),
    };
  });
}
