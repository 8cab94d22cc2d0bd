import type { APIRoute } from 'astro';
import { topicFeedPaths, warningFeedResponse } from '../../../lib/site/warning-feeds.ts';

/** /sectoren/<slug>/feed.xml: the current warnings for one sector (those naming it and those for every sector). */
export const getStaticPaths = () => topicFeedPaths('sectors');

export const GET: APIRoute<{ id: string; title: string }> = ({ props }) => warningFeedResponse({ collection: 'sectors', ...props });
