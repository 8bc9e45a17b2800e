import { browser } from 'wxt/browser';

/** The background's daily alarm. Named when the retention purge was its only work; kept so no second alarm is left behind. */
export const DAILY_ALARM = 'leadscout-retention';
const DAY_MINUTES = 24 * 60;

/**
 * Background upkeep: `task` runs at every worker start and once a day, on an alarm that outlives the
 * worker. A run asked for while one is going joins it; a failure is logged, never thrown. Returns
 * the run, for callers that want it now (a setting changed, a test).
 */
export function runDaily(task: () => Promise<void>, what: string): () => Promise<void> {
  let running: Promise<void> | undefined;

  function run(): Promise<void> {
    running ??= task()
      .catch((error: unknown) => console.error(`LeadScout: ${what} failed`, error))
      .finally(() => (running = undefined));
    return running;
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void run();
  });
  void (async () => {
    if (!(await browser.alarms.get(DAILY_ALARM))) browser.alarms.create(DAILY_ALARM, { periodInMinutes: DAY_MINUTES });
  })().catch((error: unknown) => console.error('LeadScout: could not schedule the daily upkeep', error));
  void run();
  return run;
}
