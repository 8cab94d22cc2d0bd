/**
 * Time spent per build stage, for the build's closing line and the
 * benchmark. Astro measures its own stages (content sync, bundling,
 * rendering) when ASTRO_TIMER_PATH is set; our own stages (reading and
 * validating content, the edition checks, Pagefind) are appended here as one
 * JSON line each to the file named by KVO_STAGES_FILE.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export const STAGES_FILE_VARIABLE = 'KVO_STAGES_FILE';

/** Stage names, in build order, as the build and the benchmark print them. */
export const STAGES = [
  'astro start-up',
  'content sync',
  'content: read + validate',
  'content: checks',
  'bundle',
  'render',
  'cms copy',
  'pagefind',
  'search vocabulary',
  'offline worker',
  'other',
  // CPU time (user + system) rather than wall time: on a busy machine these vary far less.
  'cpu: astro',
  'cpu: pagefind',
  'cpu: total',
] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Partial<Record<Stage, number>>;

/** CPU time (user + system) of this process and the children it waited for, in ms; undefined without /proc. */
export function cpuMilliseconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14-17 of stat (11-14 after the command name), in clock ticks of 10 ms.
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks) * 10, 0);
  } catch {
    return undefined;
  }
}

export function recordStage(stage: Stage, milliseconds: number, env: Record<string, string | undefined> = process.env): void {
  const file = env[STAGES_FILE_VARIABLE];
  if (file) appendFileSync(file, `${JSON.stringify({ stage, ms: milliseconds })}\n`);
}

/** Sums the stages recorded in a KVO_STAGES_FILE (a stage may be recorded more than once). */
export function readStages(file: string): StageTimes {
  const times: StageTimes = {};
  if (!existsSync(file)) return times;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { stage, ms } = JSON.parse(line) as { stage: Stage; ms: number };
    times[stage] = (times[stage] ?? 0) + ms;
  }
  return times;
}

/**
 * Astro's own timer file (ASTRO_TIMER_PATH) mapped onto our stage names; the
 * rest of the Astro process's wall time is its start-up (configuration,
 * Vite, type generation).
 */
export function astroStages(timerJson: string, astroWallMilliseconds?: number): StageTimes {
  const stats = JSON.parse(timerJson) as Record<string, { elapsedTime: number }>;
  const ms = (name: string) => stats[name]?.elapsedTime ?? 0;
  const times: StageTimes = {
    'content sync': ms('Sync content layer'),
    bundle: ms('Prerender build') + ms('SSR build') + ms('Client build'),
    render: ms('Static generate'),
  };
  if (astroWallMilliseconds !== undefined) times['astro start-up'] = Math.max(0, astroWallMilliseconds - times['content sync']! - times.bundle! - times.render!);
  return times;
}

/** The wall-clock time not in any measured stage (start-up, configuration, type generation, copying). */
export function withOther(times: StageTimes, totalMilliseconds: number): StageTimes {
  const measured = STAGES.filter((stage) => stage !== 'other' && !stage.startsWith('content: ') && !stage.startsWith('cpu: ')).reduce((sum, stage) => sum + (times[stage] ?? 0), 0);
  return { ...times, other: Math.max(0, totalMilliseconds - measured) };
}

/** `content sync 1.2 s · bundle 3.4 s · …` for the stages that were measured. */
export function formatStages(times: StageTimes): string {
  return STAGES.filter((stage) => times[stage] !== undefined)
    .map((stage) => `${stage} ${(times[stage]! / 1000).toFixed(1)} s`)
    .join(' · ');
}
