/**
 * The one way the project starts Astro: with anonymous usage data switched off
 * (ASTRO_TELEMETRY_DISABLED=1), so builds, the dev server and previews never
 * phone home and never write Astro's telemetry settings into the user's home.
 * Works the same on Linux, macOS and Windows (no shell syntax needed).
 *
 * Astro's update check is off too (ASTRO_DISABLE_UPDATE_CHECK=true, read by
 * astro/dist/core/dev/update-check.js): its "New version of Astro available …
 * Run npx @astrojs/upgrade" on every `npm run dev` is English, asks the
 * registry, and is harmful advice for an editor — versions are pinned in
 * package.json and upgraded by a developer on purpose.
 */
export const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

export function astroEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
}
