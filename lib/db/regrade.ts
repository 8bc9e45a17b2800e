import { storage } from '#imports';
import type { IDBPDatabase } from 'idb';
import { withDerivedFields, type LeadSettings } from '@/lib/leads/build-lead';
import { carriedChannelNames, channelRenames, retagLead, type CarriedChannelNames } from '@/lib/leads/channel-renames';
import type { Lead } from '@/lib/leads/types';
import { defaultIcpProfile, type Settings } from '@/lib/settings/settings';
import { rewriteLeadChunk } from './lead-chunks';
import type { LeadsDB } from './schema';

/** Leads re-graded per `readwrite` transaction: short enough that a save never waits long. */
export const REGRADE_CHUNK_SIZE = 500;

export interface RegradeProgress {
  done: number;
  total: number;
}

/**
 * Where a re-grade stands, persisted after every chunk so that a service worker stopped mid-way
 * resumes where it stopped. `signature` names the settings the leads are being brought up to.
 */
export interface RegradeJob extends RegradeProgress {
  signature: string;
  /** The last lead id re-graded; the walk goes on after it. */
  afterId?: string;
  finished: boolean;
  /**
   * The channel names the leads may carry, by channel id: a walk retags the old ones to the current
   * name, and a finished walk leaves only the current names. Absent in jobs stored before renames
   * were followed.
   */
  channelNames?: CarriedChannelNames;
}

/** What the stored leads are brought up to: what they are graded by, and the channels' names. */
export type RegradeSettings = LeadSettings & Pick<Settings, 'channels'>;

export interface RegradeJobStore {
  getValue(): Promise<RegradeJob | null>;
  setValue(job: RegradeJob): Promise<void>;
}

export interface RegraderDeps {
  db: PromiseLike<IDBPDatabase<LeadsDB>>;
  getSettings(): Promise<RegradeSettings>;
  jobs: RegradeJobStore;
  onProgress(progress: RegradeProgress): void;
  /** The walk is over; `ids` are the leads whose grade, temperature or engagement score changed in this run. */
  onFinished(ids: string[]): void;
  /** Lets pages' messages and saves in between chunks; a macrotask in the worker. */
  pause?(): Promise<void>;
  chunkSize?: number;
}

/**
 * What the stored leads depend on in the settings: the default ICP profile, the qualification rules
 * and the engagement points (the derived scores), and each channel's name (the leads' channel tags).
 */
export function settingsSignature(settings: RegradeSettings): string {
  const names = settings.channels.map(({ id, name }) => [id, name]);
  return JSON.stringify([defaultIcpProfile(settings), settings.rules, settings.engagementPoints, names]);
}

function derivedScoresOf(lead: Lead): string {
  return JSON.stringify([lead.icp, lead.temperature, lead.engagement]);
}

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Re-grades every stored lead against the current settings and retags it with the channels' current
 * names, in chunks, and resumes a walk a stopped worker left unfinished. `start()` again while walking (the ICP changed again) abandons the walk
 * after its current chunk and starts over against the newest settings.
 */
export function createRegrader(deps: RegraderDeps) {
  const { chunkSize = REGRADE_CHUNK_SIZE, pause = nextMacrotask } = deps;
  let generation = 0;
  let running: Promise<void> | undefined;

  async function walk(isStale: () => boolean): Promise<void> {
    const settings = await deps.getSettings();
    const signature = settingsSignature(settings);
    const stored = await deps.jobs.getValue();
    if (stored?.signature === signature && stored.finished) return;
    const db = await deps.db;
    let job: RegradeJob =
      stored?.signature === signature
        ? stored
        : {
            signature,
            done: 0,
            total: await db.count('leads'),
            finished: false,
            // A walk abandoned half way left some leads under each name: all of them are retagged.
            channelNames: carriedChannelNames(settings.channels, stored?.channelNames),
          };
    const renames = channelRenames(job.channelNames ?? {}, settings.channels);
    const changed: string[] = [];
    deps.onProgress({ done: job.done, total: job.total });
    while (!job.finished) {
      const chunk = await rewriteLeadChunk(db, job.afterId, chunkSize, (lead) => {
        const retagged = retagLead(lead, renames);
        const regraded = withDerivedFields(retagged ?? lead, settings, lead.identityKeys);
        return !retagged && derivedScoresOf(regraded) === derivedScoresOf(lead) ? undefined : regraded;
      });
      changed.push(...chunk.changed);
      const done = job.done + chunk.visited;
      const finished = chunk.visited < chunkSize;
      // Leads saved meanwhile can push the count past the first total.
      job = {
        ...job,
        ...(chunk.lastId ? { afterId: chunk.lastId } : {}),
        done,
        total: finished ? done : Math.max(job.total, done),
        finished,
        ...(finished ? { channelNames: carriedChannelNames(settings.channels) } : {}),
      };
      await deps.jobs.setValue(job);
      deps.onProgress({ done: job.done, total: job.total });
      if (isStale()) return;
      if (!finished) await pause();
    }
    deps.onFinished(changed);
  }

  async function drain(): Promise<void> {
    for (;;) {
      const seen = generation;
      try {
        await walk(() => generation !== seen);
      } catch (error) {
        console.error('LeadScout: re-grading the stored leads failed', error);
      }
      if (seen === generation) {
        running = undefined;
        return;
      }
    }
  }

  return {
    /** Bring every stored lead up to the current settings; resolves when no walk is left to do. */
    start(): Promise<void> {
      generation++;
      running ??= drain();
      return running;
    },
  };
}

export type Regrader = ReturnType<typeof createRegrader>;

/** The re-grade in progress, if any: survives the service worker being stopped. */
export const regradeJobItem = storage.defineItem<RegradeJob | null>('local:regradeJob', { fallback: null });
