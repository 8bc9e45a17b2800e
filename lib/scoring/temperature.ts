import type { BantCriterion, BantStatus, Stage, Temperature } from '@/lib/leads/types';
import { BANT_CRITERIA } from '@/lib/leads/types';

export type Status = BantStatus;
export type Bant = Record<BantCriterion, Status>;

/** When a lead counts as warm (MQL). Editable in the options page. */
export interface QualificationRules {
  /** How many criteria must be confirmed ('yes') for warm. @default 2 */
  minConfirmedForMql: number;
  /** Warm also needs Need and Authority among the confirmed ones. @default true */
  requireNeedAndAuthority: boolean;
}

export const DEFAULT_RULES: QualificationRules = Object.freeze({
  minConfirmedForMql: 2,
  requireNeedAndAuthority: true,
});

export interface TemperatureBreakdown {
  temperature: Temperature;
  confirmed: BantCriterion[];
  missing: BantCriterion[];
  /** Plain-language reasons, most important first. */
  reasons: string[];
}

const LABEL: Record<BantCriterion, string> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timing: 'Timing',
};

function names(list: readonly BantCriterion[]): string {
  return list.map((c) => LABEL[c]).join(', ');
}

/** Cold / warm / hot from BANT (CONTRACT.md §4), with the reasons the scoring panel shows. */
export function explainTemperature(
  bant: Bant,
  rules: QualificationRules = DEFAULT_RULES,
): TemperatureBreakdown {
  const confirmed = BANT_CRITERIA.filter((c) => bant[c] === 'yes');
  const missing = BANT_CRITERIA.filter((c) => bant[c] !== 'yes');

  if (missing.length === 0) {
    return { temperature: 'hot', confirmed, missing, reasons: ['All four BANT criteria confirmed'] };
  }
  const hasNeedAndAuthority = confirmed.includes('need') && confirmed.includes('authority');
  const enough = confirmed.length >= rules.minConfirmedForMql;
  const reasons: string[] = [];
  if (confirmed.length > 0) reasons.push(`Confirmed: ${names(confirmed)}`);
  if (enough && (!rules.requireNeedAndAuthority || hasNeedAndAuthority)) {
    reasons.push(`Confirm ${names(missing)} to make it hot`);
    return { temperature: 'warm', confirmed, missing, reasons };
  }
  if (!enough) {
    const more = rules.minConfirmedForMql - confirmed.length;
    reasons.push(`Warm needs ${more} more confirmed (${rules.minConfirmedForMql} in all)`);
  }
  if (rules.requireNeedAndAuthority && !hasNeedAndAuthority) {
    reasons.push('Warm needs Need and Authority confirmed');
  }
  return { temperature: 'cold', confirmed, missing, reasons };
}

export function temperature(bant: Bant, rules: QualificationRules = DEFAULT_RULES): Temperature {
  return explainTemperature(bant, rules).temperature;
}

/** The stage a temperature suggests; the rep decides whether to take it. */
export function suggestedStage(temp: Temperature): Stage {
  return temp === 'hot' ? 'sql' : temp === 'warm' ? 'mql' : 'contact-us';
}
