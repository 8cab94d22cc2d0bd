import type { APIRoute } from 'astro';
import { warningFeedResponse } from '../../lib/site/warning-feeds.ts';

/** /actueel/feed.xml: every current warning of the edition (national and regional). */
export const GET: APIRoute = () => warningFeedResponse({ collection: 'edition' });
