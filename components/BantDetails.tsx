import { AUTHORITY_ROLES, type BantCriterion, type LeadBant } from '@/lib/leads/types';
import { AUTHORITY_ROLE_LABELS, BANT_LABELS, BUDGET_CURRENCIES } from '@/lib/state/labels';
import type { BantDetailField } from '@/lib/state/qualification-form';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface BantDetailsProps {
  criterion: BantCriterion;
  answer: LeadBant[BantCriterion];
  /** The budget amount as typed. */
  budgetAmount: string;
  onEdit: (field: BantDetailField, value: string) => void;
  onEditBudgetAmount: (text: string) => void;
}

const NOT_SET = { value: '', label: '—' };
const CURRENCY_OPTIONS = [NOT_SET, ...BUDGET_CURRENCIES.map((code) => ({ value: code, label: code }))];
const ROLE_OPTIONS = [NOT_SET, ...AUTHORITY_ROLES.map((role) => ({ value: role, label: AUTHORITY_ROLE_LABELS[role] }))];

const NOTE_PLACEHOLDERS: Record<BantCriterion, string> = {
  budget: 'Approved for FY26, owner: CFO',
  authority: 'Signs off alone up to $50k',
  need: 'What do they need?',
  timing: 'Waiting for the security audit',
};

/** What the rep learned about one criterion besides its answer: each criterion asks its own questions. */
export function BantDetails({ criterion, answer, budgetAmount, onEdit, onEditBudgetAmount }: BantDetailsProps) {
  // Each criterion reads only its own details; one view of all of them keeps the fields below simple.
  const detail = answer as Partial<LeadBant['budget'] & LeadBant['authority'] & LeadBant['timing']>;
  return (
    <div class="bant-details">
      {criterion === 'budget' && (
        <div class="grid-2">
          <TextField label="Budget amount" inputMode="decimal" value={budgetAmount} onInput={onEditBudgetAmount} />
          <SelectField
            label="Currency"
            value={detail.currency ?? ''}
            options={CURRENCY_OPTIONS}
            onChange={(value) => onEdit('currency', value)}
          />
        </div>
      )}
      {criterion === 'authority' && (
        <SelectField
          label="Authority role"
          value={detail.role ?? ''}
          options={ROLE_OPTIONS}
          onChange={(value) => onEdit('role', value)}
        />
      )}
      {criterion === 'timing' && (
        <div class="grid-2">
          <TextField
            label="Decision date"
            type="date"
            value={detail.date ?? ''}
            onInput={(value) => onEdit('date', value)}
          />
          <TextField
            label="Timeframe"
            placeholder="Q3, after the audit"
            value={detail.timeframe ?? ''}
            onInput={(value) => onEdit('timeframe', value)}
          />
        </div>
      )}
      <TextField
        label={`${BANT_LABELS[criterion]} note`}
        placeholder={NOTE_PLACEHOLDERS[criterion]}
        value={detail.note ?? ''}
        onInput={(value) => onEdit('note', value)}
      />
    </div>
  );
}
