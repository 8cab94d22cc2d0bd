import type { APIRoute } from 'astro';
import { topicFeedPaths, warningFeedResponse } from '../../../lib/site/warning-feeds.ts';

/** /themas/<slug>/feed.xml: the current warnings on one theme. */
export const getStaticPaths = () => topicFeedPaths('themes');

export const GET: APIRoute<{ id: string; title: string }> = ({ props }) => warningFeedResponse({ collection: 'themes', ...props });
