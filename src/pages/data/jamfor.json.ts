import type { APIRoute } from 'astro';
import { getDerived } from '../../site/data';
import { compareDataJson } from '../../site/compare-data';

/** /data/jamfor.json: the compact figures the comparison picker (/jamfor/) reads. */
export const GET: APIRoute = () => new Response(compareDataJson(getDerived()));
