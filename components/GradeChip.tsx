import type { IcpGrade } from '@/lib/leads/types';
import { gradeLabel } from '@/lib/state/labels';

interface GradeChipProps {
  grade: IcpGrade;
  size?: 'regular' | 'large';
}

export function GradeChip({ grade, size = 'regular' }: GradeChipProps) {
  return <span class={`grade grade--${grade.toLowerCase()} grade--${size}`}>{gradeLabel(grade)}</span>;
}
