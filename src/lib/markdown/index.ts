/**
 * Our build-time steps on rendered content (Sätteri hast plugins), in order:
 * phone numbers become links first, so the step and task-list steps see them.
 * Registered once, in astro.config.mjs (markdown.processor; MDX inherits it).
 */
import { telLinksPlugin } from './tel-links.ts';
import { stepsPlugin } from './steps.ts';
import { tablesPlugin } from './tables.ts';
import { taskListsPlugin } from './task-lists.ts';

export const contentHastPlugins = [telLinksPlugin, stepsPlugin, tablesPlugin, taskListsPlugin];
