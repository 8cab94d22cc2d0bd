/**
 * Our build-time steps on rendered content (Sätteri hast plugins), in order:
 * phone numbers become links first, so the step and task-list steps see them.
 * Registered in the build's pipeline (pipeline.ts HAST_STEPS); the check skips them, as they change no
 * heading, link or image. The regional placement step (regional-placement.ts) is build-only too:
 * astro.config.mjs adds it.
 */
import { telLinksPlugin } from './tel-links.ts';
import { stepsPlugin } from './steps.ts';
import { tablesPlugin } from './tables.ts';
import { taskListsPlugin } from './task-lists.ts';

export const contentHastPlugins = [telLinksPlugin, stepsPlugin, tablesPlugin, taskListsPlugin];
