import type { APIRoute } from 'astro';
import { getDerived } from '../site/data';
import { unitDirectory } from '../site/directory';

/** The search index: a few kilobytes, fetched only when someone focuses the search box. */
export const GET: APIRoute = () => {
  const entries = unitDirectory(getDerived()).map((e) => ({
    name: e.unit.name,
    display: e.unit.displayName,
    url: e.url,
    detail: e.detail,
  }));
  return new Response(JSON.stringify(entries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
