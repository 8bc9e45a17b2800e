import type { IDBPDatabase } from 'idb';
import type { IcpGrade, Lead } from '@/lib/leads/types';
import { gradeProspect, type GradeInput, type IcpProfile } from '@/lib/scoring/icp';
import { readLeadChunk } from './lead-chunks';
import type { LeadsDB } from './schema';

export type GradeCounts = Record<IcpGrade, number>;

/** Read per `readonly` transaction while building the projection. */
const PROJECTION_CHUNK_SIZE = 2000;

/** Only what grading reads: a small fraction of a stored lead, so 100k of them fit in memory. */
function gradingFacts({ person, company }: Lead): GradeInput {
  return {
    person: { title: person.title, headline: person.headline, location: person.location },
    company: {
      name: company.name,
      industry: company.industry,
      size: company.size,
      location: company.location,
      description: company.description,
    },
  };
}

/**
 * How many stored leads a profile would put in each grade: the options page's live preview while the
 * rep edits an ICP. The background keeps a projection of the leads' grading facts in memory, read once
 * with a cursor in chunks, so each preview is pure computation; a save drops the projection.
 */
export function createGradePreview(db: PromiseLike<IDBPDatabase<LeadsDB>>) {
  let projection: Promise<GradeInput[]> | undefined;

  async function readProjection(): Promise<GradeInput[]> {
    const connection = await db;
    const facts: GradeInput[] = [];
    let afterId: string | undefined;
    for (;;) {
      const chunk = await readLeadChunk(connection, afterId, PROJECTION_CHUNK_SIZE);
      for (const lead of chunk) facts.push(gradingFacts(lead));
      if (chunk.length < PROJECTION_CHUNK_SIZE) return facts;
      afterId = chunk.at(-1)!.id;
    }
  }

  return {
    async distribution(profile: IcpProfile): Promise<GradeCounts> {
      projection ??= readProjection().catch((error: unknown) => {
        projection = undefined;
        throw error;
      });
      const counts: GradeCounts = { A: 0, B: 0, C: 0, D: 0 };
      for (const facts of await projection) counts[gradeProspect(facts, profile).grade]++;
      return counts;
    },
    /** Leads were saved: the next preview reads them again. */
    invalidate(): void {
      projection = undefined;
    },
  };
}

export type GradePreview = ReturnType<typeof createGradePreview>;
