import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type AgendaEvent } from '../../lib/site/content.ts';
import { eventToIcs } from '../../lib/outputs/index.ts';
import { edition } from '../../lib/build/current-edition.ts';
import { absoluteUrl, eventPath, withBase } from '../../lib/model/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { events } = await loadContent();
  return events.map((event) => ({ params: { slug: event.id }, props: { event } }));
};

export const GET: APIRoute<{ event: AgendaEvent }> = ({ props: { event } }) => {
  const ics = eventToIcs({
    slug: event.id,
    ...event.data,
    contactEmail: edition.contact.email,
    url: absoluteUrl(withBase(eventPath(event.id), import.meta.env.BASE_URL), edition.siteUrl),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
