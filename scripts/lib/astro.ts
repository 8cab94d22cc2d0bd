/**
 * The one way the project starts Astro: with anonymous usage data switched off
 * (ASTRO_TELEMETRY_DISABLED=1), so builds, the dev server and previews never
 * phone home and never write Astro's telemetry settings into the user's home.
 * Works the same on Linux, macOS and Windows (no shell syntax needed).
 */
export const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

export function astroEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}
