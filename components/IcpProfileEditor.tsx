import { COMPANY_SIZES } from '@/lib/extract/types';
import type { IcpField } from '@/lib/scoring/icp';
import { ICP_FIELD_LABELS, type IcpEditor } from '@/lib/state/icp-editor';
import { KeywordsField } from './KeywordsField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const FIELD_OPTIONS = (Object.keys(ICP_FIELD_LABELS) as IcpField[]).map((field) => ({ value: field, label: ICP_FIELD_LABELS[field] }));
const GRADES = ['A', 'B', 'C', 'D'] as const;

function matchHint(field: IcpField): string {
  return field === 'size'
    ? `Size ranges, comma-separated: ${COMPANY_SIZES.join(', ')}.`
    : 'Comma-separated, any of English, Ukrainian or Russian; whole words, any case.';
}

/** The ICP editor: which profile grades the leads, the profile being edited, and the live preview. */
export function IcpProfileEditor({ editor }: { editor: IcpEditor }) {
  const profiles = editor.profiles.value;
  const profile = editor.selected.value;
  const options = profiles.map((p) => ({ value: p.id, label: p.name || 'Unnamed profile' }));
  const preview = editor.preview.value;

  return (
    <div class="icp-editor">
      <div class="icp-editor__profiles">
        <SelectField label="Grade leads with" value={editor.defaultProfileId.value} options={options} onChange={editor.setDefault} />
        <SelectField label="Edit profile" value={profile.id} options={options} onChange={editor.select} />
        <div class="icp-editor__profile-actions">
          <button type="button" class="btn" onClick={editor.addProfile}>
            Add profile
          </button>
          <button type="button" class="btn" onClick={editor.duplicateSelected}>
            Duplicate profile
          </button>
          <button type="button" class="btn btn--ghost" disabled={profiles.length <= 1} onClick={editor.removeSelected}>
            Delete profile
          </button>
        </div>
      </div>

      <div class="icp-editor__profile" key={profile.id}>
        <TextField label="Profile name" value={profile.name} onInput={editor.rename} />

        <h3 class="icp-editor__heading">Criteria</h3>
        <ol class="icp-editor__items">
          {profile.criteria.map((criterion, index) => (
            <li key={criterion.id}>
              <fieldset class="icp-row">
                <legend class="visually-hidden">Criterion {index + 1}</legend>
                <TextField label="Label" value={criterion.label} onInput={(label) => editor.updateCriterion(criterion.id, { label })} />
                <SelectField
                  label="Reads"
                  value={criterion.field}
                  options={FIELD_OPTIONS}
                  onChange={(field) => editor.updateCriterion(criterion.id, { field: field as IcpField })}
                />
                <NumberField label="Points" value={criterion.points} onChange={(points) => editor.updateCriterion(criterion.id, { points })} />
                <KeywordsField
                  label="Matches"
                  keywords={criterion.match}
                  hint={matchHint(criterion.field)}
                  onChange={(match) => editor.updateCriterion(criterion.id, { match })}
                />
                <button
                  type="button"
                  class="btn btn--ghost"
                  aria-label={`Remove criterion ${criterion.label || index + 1}`}
                  onClick={() => editor.removeCriterion(criterion.id)}
                >
                  Remove
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" class="btn" onClick={editor.addCriterion}>
          Add criterion
        </button>

        <h3 class="icp-editor__heading">Exclusions</h3>
        <p class="section-lede">A lead that matches any of these is graded D whatever its points (competitors, students…).</p>
        <ol class="icp-editor__items">
          {profile.exclusions.map((exclusion, index) => (
            <li key={exclusion.id}>
              <fieldset class="icp-row">
                <legend class="visually-hidden">Exclusion {index + 1}</legend>
                <TextField label="Label" value={exclusion.label} onInput={(label) => editor.updateExclusion(exclusion.id, { label })} />
                <SelectField
                  label="Reads"
                  value={exclusion.field}
                  options={FIELD_OPTIONS}
                  onChange={(field) => editor.updateExclusion(exclusion.id, { field: field as IcpField })}
                />
                <KeywordsField
                  label="Matches"
                  keywords={exclusion.match}
                  hint={matchHint(exclusion.field)}
                  onChange={(match) => editor.updateExclusion(exclusion.id, { match })}
                />
                <button
                  type="button"
                  class="btn btn--ghost"
                  aria-label={`Remove exclusion ${exclusion.label || index + 1}`}
                  onClick={() => editor.removeExclusion(exclusion.id)}
                >
                  Remove
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" class="btn" onClick={editor.addExclusion}>
          Add exclusion
        </button>

        <h3 class="icp-editor__heading">Grades</h3>
        <p class="section-lede">The score is the share of the criteria's points a lead earns, 0–100; below Grade C is D.</p>
        <div class="icp-editor__cutoffs">
          {(['A', 'B', 'C'] as const).map((grade) => (
            <NumberField
              key={grade}
              label={`Grade ${grade} from`}
              value={profile.cutoffs[grade]}
              max={100}
              onChange={(score) => editor.setCutoff(grade, score)}
            />
          ))}
        </div>
      </div>

      <section class="grade-preview" aria-labelledby="grade-preview-heading" aria-live="polite">
        <h3 class="icp-editor__heading" id="grade-preview-heading">
          Stored leads by grade with this profile
        </h3>
        {preview.phase === 'ready' ? (
          <ul class="grade-preview__counts">
            {GRADES.map((grade) => (
              <li key={grade}>
                Grade {grade}: <strong>{preview.counts[grade]}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p class="section-lede">{preview.phase === 'failed' ? preview.message : 'Counting…'}</p>
        )}
      </section>
    </div>
  );
}
