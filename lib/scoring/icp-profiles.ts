import { DEFAULT_ICP_PROFILE, type IcpCriterion, type IcpExclusion, type IcpProfile } from './icp';

/** The profile leads are graded against: the chosen default, else the first, else the built-in one. */
export function findIcpProfile(profiles: readonly IcpProfile[], id: string): IcpProfile {
  return profiles.find((profile) => profile.id === id) ?? profiles[0] ?? DEFAULT_ICP_PROFILE;
}

/** What stops a profile from being saved, as sentences for the rep. */
export function icpProfileProblems(profile: IcpProfile): string[] {
  const problems: string[] = [];
  const name = profile.name.trim() || 'A profile';
  if (!profile.name.trim()) problems.push('Every ICP profile needs a name.');
  const { A, B, C } = profile.cutoffs;
  if (![A, B, C].every((cutoff) => Number.isInteger(cutoff) && cutoff >= 0 && cutoff <= 100)) {
    problems.push(`${name}: grade cutoffs are whole numbers from 0 to 100.`);
  } else if (!(A > B && B > C)) {
    problems.push(`${name}: Grade A needs more points than Grade B, and B more than C.`);
  }
  if (profile.criteria.some((criterion) => !Number.isInteger(criterion.points) || criterion.points < 0)) {
    problems.push(`${name}: points are whole numbers, 0 or more.`);
  }
  if (!profile.criteria.some((criterion) => criterion.points > 0)) {
    problems.push(`${name}: at least one criterion must be worth points.`);
  }
  return problems;
}

/** A copy with fresh ids, so that the copy and the original can be edited apart. */
export function duplicateIcpProfile(profile: IcpProfile, newId: () => string): IcpProfile {
  return {
    ...profile,
    id: newId(),
    name: `${profile.name} (copy)`,
    criteria: profile.criteria.map((criterion) => ({ ...criterion, match: [...criterion.match] })),
    exclusions: profile.exclusions.map((exclusion) => ({ ...exclusion, match: [...exclusion.match] })),
    cutoffs: { ...profile.cutoffs },
  };
}

/** A new persona starts from the built-in criteria, which are easier to edit than a blank page. */
export function newIcpProfile(name: string, newId: () => string): IcpProfile {
  return { ...duplicateIcpProfile(DEFAULT_ICP_PROFILE, newId), name };
}

export function newIcpCriterion(newId: () => string): IcpCriterion {
  return { id: newId(), label: 'New criterion', field: 'keywords', match: [], points: 10 };
}

export function newIcpExclusion(newId: () => string): IcpExclusion {
  return { id: newId(), label: 'New exclusion', field: 'keywords', match: [] };
}

/** Keywords as the rep types them: comma-separated, blanks and repeats dropped. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(',')) {
    const keyword = part.trim().replace(/\s+/gu, ' ');
    const key = keyword.toLocaleLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return keywords;
}

export function formatKeywords(keywords: readonly string[]): string {
  return keywords.join(', ');
}
