import type { APIRoute } from 'astro';
import { areasWithData } from '../site/area-view';
import { getDerived, getRelease } from '../site/data';
import { searchEntries } from '../site/directory';

/** The search index: a few kilobytes, fetched only when someone focuses the search box. */
export const GET: APIRoute = () => {
  const derived = getDerived();
  return new Response(
    JSON.stringify(searchEntries(derived, areasWithData(derived), getRelease())),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
