/**
 * Our build-time steps on rendered content (Sätteri hast plugins), in order:
 * phone numbers become links first, so the step and task-list steps see them.
 * Registered in the build's pipeline (pipeline.ts HAST_STEPS); the check skips them, as they change no
 * heading, link or image. The steps that turn the tree into the page's HTML follow in html-steps.ts.
 */
import { telLinksPlugin } from './tel-links.ts';
import { stepsPlugin } from './steps.ts';
import { tablesPlugin } from './tables.ts';
import { taskListsPlugin } from './task-lists.ts';

export const contentHastPlugins = [telLinksPlugin, stepsPlugin, tablesPlugin, taskListsPlugin];
