import type { CompanySize, ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import type { IcpGrade } from '@/lib/leads/types';

/**
 * Which part of a prospect a criterion reads: job title / seniority, department (both read the title
 * and headline), industry, company size range, region / country (the person's and the company's
 * location), technologies or keywords (company description and name, the headline).
 */
export type IcpField = 'title' | 'department' | 'industry' | 'size' | 'location' | 'keywords';
export const ICP_FIELDS: readonly IcpField[] = ['title', 'department', 'industry', 'size', 'location', 'keywords'];

export interface IcpCriterion {
  id: string;
  /** Shown in the reasons: "Decision-maker title". */
  label: string;
  field: IcpField;
  /** Keywords (any language, whole-word, case-insensitive) or, for 'size', the size ranges that fit. */
  match: string[];
  points: number;
}

export interface IcpExclusion {
  id: string;
  label: string;
  field: IcpField;
  match: string[];
}

/** An ideal customer profile (persona): criteria with points, exclusions and grade cutoffs. */
export interface IcpProfile {
  id: string;
  name: string;
  criteria: IcpCriterion[];
  /** A matching exclusion caps the grade at D. */
  exclusions: IcpExclusion[];
  /** Lowest score (0..100) for each grade; below `C` is D. */
  cutoffs: { A: number; B: number; C: number };
}

export interface IcpReason {
  label: string;
  matched: boolean;
  points: number;
  /** The value that matched, when one did. */
  value?: string;
}

/** What would lift the lead to the next grade: "the gaps are the point" (PRODUCT.md). */
export interface IcpMoveUp {
  nextGrade: Exclude<IcpGrade, 'D'>;
  /** Score (0..100) still needed to reach `nextGrade`. */
  scoreNeeded: number;
  /** The missing criterion worth the most, and the score it would add. */
  bestMissing?: { label: string; scoreGain: number };
}

export interface IcpResult {
  score: number;
  grade: IcpGrade;
  matched: IcpReason[];
  missing: IcpReason[];
  excludedBy?: string;
  /** Absent at grade A, and when an exclusion caps the grade (nothing but dropping it would help). */
  moveUp?: IcpMoveUp;
}

export const DEFAULT_ICP_PROFILE: IcpProfile = {
  id: 'default',
  name: 'B2B software buyer',
  criteria: [
    {
      id: 'decision-maker',
      label: 'Decision-maker title',
      field: 'title',
      points: 45,
      match: [
        'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cro', 'chief', 'founder', 'co-founder', 'owner',
        'president', 'vp', 'vice president', 'head of', 'director',
        'директор', 'керівник', 'засновник', 'співзасновник', 'власник',
        'руководитель', 'основатель', 'сооснователь', 'владелец',
      ],
    },
    {
      id: 'company-size',
      label: 'Company of 51–1000 people',
      field: 'size',
      points: 30,
      match: ['51-200', '201-500', '501-1000'],
    },
    {
      id: 'industry',
      label: 'Software or IT industry',
      field: 'industry',
      points: 25,
      match: [
        'software', 'saas', 'information technology', 'it services', 'internet', 'fintech',
        'computer', 'програмне', 'інформаційні технології', 'программное', 'информационные технологии',
      ],
    },
  ],
  exclusions: [
    { id: 'students', label: 'Student or intern', field: 'title', match: ['student', 'intern', 'студент', 'стажер', 'стажист'] },
  ],
  cutoffs: { A: 75, B: 50, C: 25 },
};

/** The facts of a lead that grading reads: what the background keeps to preview a profile. */
export interface GradeInput {
  person: Pick<ProspectPerson, 'title' | 'headline' | 'location'>;
  company: Pick<ProspectCompany, 'industry' | 'size' | 'location' | 'description' | 'name'>;
}

function fieldText(input: GradeInput, field: IcpField): string {
  switch (field) {
    case 'title':
    case 'department':
      return [input.person.title, input.person.headline].filter(Boolean).join(' · ');
    case 'industry':
      return input.company.industry ?? '';
    case 'size':
      return input.company.size ?? '';
    case 'location':
      return [input.person.location, input.company.location].filter(Boolean).join(' · ');
    case 'keywords':
      return [input.company.description, input.company.name, input.person.headline].filter(Boolean).join(' · ');
  }
}

const keywordPatterns = new Map<string, RegExp>();

/**
 * Nominative endings stripped from a Cyrillic keyword word, longest first, and the letters an
 * inflected form may add back: "директор" also matches "директора", "директором", "директорів";
 * "технічний" matches "технічного". Latin keywords match exactly ("cto" never matches "ctos").
 */
const CYRILLIC_ENDING = /(?:ого|ому|ими|ий|ій|ый|ой|ая|яя|ое|ее|ів|ов|а|я|о|е|и|і|ы|ь|й)$/u;
const CYRILLIC_INFLECTION = '[аеєиіїоуюяйьмвхгыё]{0,3}';
/** Shorter stems would match unrelated words. */
const MIN_CYRILLIC_STEM = 4;

function keywordWordPattern(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!/^\p{Script=Cyrillic}+$/u.test(word) || word.length < MIN_CYRILLIC_STEM) return escaped;
  const stem = word.replace(CYRILLIC_ENDING, '');
  return `${stem.length >= MIN_CYRILLIC_STEM ? stem : word}${CYRILLIC_INFLECTION}`;
}

/** Whole-word, case-insensitive, inflection-tolerant for Cyrillic ("cto" must not match "director"). */
function keywordPattern(keyword: string): RegExp {
  let pattern = keywordPatterns.get(keyword);
  if (!pattern) {
    const words = keyword.toLocaleLowerCase().split(/\s+/u).map(keywordWordPattern);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    keywordPatterns.set(keyword, pattern);
  }
  return pattern;
}

/** The first keyword found in `text`, as written in the profile. */
export function findKeyword(text: string, keywords: readonly string[]): string | undefined {
  for (const keyword of keywords) {
    const needle = keyword.trim();
    if (needle && keywordPattern(needle).test(text)) return needle;
  }
  return undefined;
}

function matchCriterion(input: GradeInput, field: IcpField, match: readonly string[]): string | undefined {
  const text = fieldText(input, field);
  if (!text) return undefined;
  if (field === 'size') return match.includes(text as CompanySize) ? text : undefined;
  return findKeyword(text, match);
}

export function gradeFromScore(score: number, cutoffs: IcpProfile['cutoffs']): IcpGrade {
  if (score >= cutoffs.A) return 'A';
  if (score >= cutoffs.B) return 'B';
  if (score >= cutoffs.C) return 'C';
  return 'D';
}

const NEXT_GRADE = { B: 'A', C: 'B', D: 'C' } as const;

function moveUp(score: number, grade: IcpGrade, missing: readonly IcpReason[], total: number, profile: IcpProfile): IcpMoveUp | undefined {
  if (grade === 'A') return undefined;
  const nextGrade = NEXT_GRADE[grade];
  const best = missing.reduce<IcpReason | undefined>((top, reason) => (reason.points > (top?.points ?? 0) ? reason : top), undefined);
  return {
    nextGrade,
    scoreNeeded: profile.cutoffs[nextGrade] - score,
    ...(best ? { bestMissing: { label: best.label, scoreGain: Math.round((100 * best.points) / total) } } : {}),
  };
}

/** Grade a prospect's fit with an ICP profile: score 0..100, grade A–D, and why. */
export function gradeProspect(input: GradeInput, profile: IcpProfile = DEFAULT_ICP_PROFILE): IcpResult {
  const total = profile.criteria.reduce((sum, c) => sum + Math.max(0, c.points), 0);
  const matched: IcpReason[] = [];
  const missing: IcpReason[] = [];
  let earned = 0;
  for (const criterion of profile.criteria) {
    const value = matchCriterion(input, criterion.field, criterion.match);
    if (value !== undefined) {
      earned += Math.max(0, criterion.points);
      matched.push({ label: criterion.label, matched: true, points: criterion.points, value });
    } else {
      missing.push({ label: criterion.label, matched: false, points: criterion.points });
    }
  }
  const score = total === 0 ? 0 : Math.round((100 * earned) / total);
  const exclusion = profile.exclusions.find((e) => matchCriterion(input, e.field, e.match) !== undefined);
  if (exclusion) return { score, grade: 'D', matched, missing, excludedBy: exclusion.label };
  const grade = gradeFromScore(score, profile.cutoffs);
  const next = moveUp(score, grade, missing, total, profile);
  return { score, grade, matched, missing, ...(next ? { moveUp: next } : {}) };
}
