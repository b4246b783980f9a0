/**
 * The activity parameters of a policy version (rules.md §3–4). Closed months keep the snapshot they were
 * computed with, so these are always passed in, never read from a global.
 */
export interface ActivityPolicy {
  dailyCapMinutes: number;
  dailyTargetMinutes: number;
  entryWindowDays: number;
}

export const DEFAULT_ACTIVITY_POLICY: ActivityPolicy = {
  dailyCapMinutes: 450,
  dailyTargetMinutes: 300,
  entryWindowDays: 5,
};
