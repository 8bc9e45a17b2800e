import type { IcpProfile } from '@/lib/scoring';

interface IcpSummaryProps {
  profile: IcpProfile;
}

/** The profile leads are graded against, read-only: what earns points and what rules a lead out. */
export function IcpSummary({ profile }: IcpSummaryProps) {
  const { A, B, C } = profile.cutoffs;
  return (
    <div class="icp-summary">
      <p class="icp-summary__name">{profile.name}</p>
      <table class="icp-summary__table">
        <caption class="visually-hidden">Criteria and their points</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {profile.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">{criterion.label}</th>
              <td>{criterion.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {profile.exclusions.length > 0 && (
        <p class="icp-summary__line">
          Always Grade D: {profile.exclusions.map((exclusion) => exclusion.label).join(', ')}.
        </p>
      )}
      <p class="icp-summary__line">
        Grade A from {A} of 100 points, Grade B from {B}, Grade C from {C}; below that, Grade D.
      </p>
    </div>
  );
}
