/**
 * Kolada's API v3 over HTTP: JSON with a timeout per request, retries with growing waits on 429
 * and 5xx (honouring Retry-After) and on network failures, and Swedish errors that say what to
 * do. Lists are paged: `allPages` follows `next_url` until it is null, whatever the page size.
 *
 * Everything the importer writes is labelled "Källa: Kolada", so it talks only to the host it was
 * given: a redirect or a `next_url` to another host is refused, not followed. A `next_url` on the
 * same host is fetched over the base URL's scheme and port (an "http://" link from an https base
 * is not a downgrade). Pages, items per list and bytes per answer are bounded, so a looping or
 * endless `next_url` chain or an enormous answer ends in an error instead of running on.
 */

export interface HttpOptions {
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
  /** The first wait; each retry waits twice as long. */
  retryDelayMs: number;
  /** The base URL: every request, redirect and next_url must stay on its host. */
  base: string;
  /** At most this many pages per list (default MAX_PAGES). */
  maxPages?: number;
}

/** A failure the user can act on; the message is Swedish. */
export class KoladaError extends Error {}

/**
 * Pages per list. A data request (`per_page=500`) fits the 290 municipalities, the regions and
 * the country on one page; the KPI search for "Insikt" is about a hundred KPIs.
 */
export const MAX_PAGES = 100;
/** Items per list: about 300 rows per KPI and year, so this is a wide margin. */
export const MAX_ITEMS = 100_000;
/** Bytes per answer: a page of 500 rows is about 150 kB. */
export const MAX_BYTES = 32 * 1024 * 1024;
const MAX_REDIRECTS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `url` on the base URL's host, over the base's scheme and port; a KoladaError when it points at
 * another host. `from` is where the link came from, for the message.
 */
export function onBaseHost(url: string, base: string, from: string, what: string): string {
  const allowed = new URL(base);
  let target: URL;
  try {
    target = new URL(url, from);
  } catch {
    throw new KoladaError(`Kolada ${what} till en ogiltig adress ("${url}") från ${from}.`);
  }
  const samePort = target.port === '' || target.port === allowed.port;
  if (!/^https?:$/.test(target.protocol) || target.hostname !== allowed.hostname || !samePort) {
    throw new KoladaError(
      `Kolada ${what} till en annan värd (${target.host || target.protocol}) från ${from}. Importen hämtar bara från ${allowed.host}, eftersom allt den skriver märks "Källa: Kolada".`,
    );
  }
  return `${allowed.origin}${target.pathname}${target.search}`;
}

/** GETs a JSON document, retrying what is worth retrying and following same-host redirects. */
export async function getJson(url: string, opts: HttpOptions): Promise<unknown> {
  let last = '';
  let current = onBaseHost(url, opts.base, opts.base, 'hänvisar');
  let redirects = 0;
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    if (attempt > 0) await sleep(opts.retryDelayMs * 2 ** (attempt - 1));
    let response: Response;
    try {
      response = await fetch(current, {
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (error) {
      last = failure(error, opts);
      continue;
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location)
        throw new KoladaError(`Kolada svarade ${response.status} utan adress på ${current}.`);
      if (++redirects > MAX_REDIRECTS) {
        throw new KoladaError(`Kolada skickar vidare mer än ${MAX_REDIRECTS} gånger från ${url}.`);
      }
      current = onBaseHost(location, opts.base, current, 'skickar vidare');
      attempt--; // a redirect is not a failed attempt
      continue;
    }
    if (response.ok) {
      let text: string;
      try {
        text = await bodyText(response, current);
      } catch (error) {
        // A body cut off by the timeout or the network is retried like a failed request.
        if (error instanceof KoladaError) throw error;
        last = failure(error, opts);
        continue;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new KoladaError(`Kolada svarade inte med JSON på ${current}.`);
      }
    }
    if (response.status === 410) {
      throw new KoladaError(
        `Kolada svarar 410 Gone på ${current}: den adressen är nedlagd (API v2 stängdes 2026-03-31). Använd v3: https://api.kolada.se/v3.`,
      );
    }
    if (response.status !== 429 && response.status < 500) {
      await response.body?.cancel();
      throw new KoladaError(`Kolada svarade ${response.status} på ${current}.`);
    }
    last = `svarade ${response.status}`;
    const retryAfter = Number(response.headers.get('retry-after'));
    await response.body?.cancel();
    if (retryAfter > 0 && attempt < opts.retries) await sleep(Math.min(retryAfter, 30) * 1000);
  }
  throw new KoladaError(
    `Kolada går inte att nå (${current}: ${last}, ${opts.retries + 1} försök). Kontrollera internetanslutningen eller adressen (--base-url, KOLADA_BASE_URL).`,
  );
}

/** Why a request or its body failed, for the message. */
function failure(error: unknown, opts: HttpOptions): string {
  const e = error as Error & { cause?: { code?: string } };
  return e?.name === 'TimeoutError'
    ? `inget svar inom ${opts.timeoutMs / 1000} s`
    : (e?.cause?.code ?? e?.message ?? String(error));
}

/** The body as text, refused past MAX_BYTES without reading the rest. */
async function bodyText(response: Response, url: string): Promise<string> {
  const tooLarge = () =>
    new KoladaError(
      `Kolada svarade med mer än ${MAX_BYTES / 1024 / 1024} MB på ${url}; så stora svar ger Kolada inte.`,
    );
  if (Number(response.headers.get('content-length')) > MAX_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Every item of a paged list, following `next_url` (on the base host) until it is null. */
export async function allPages<T>(url: string, opts: HttpOptions): Promise<T[]> {
  const maxPages = opts.maxPages ?? MAX_PAGES;
  const items: T[] = [];
  const visited = new Set<string>();
  let next: string | null = onBaseHost(url, opts.base, opts.base, 'hänvisar');
  while (next) {
    if (visited.has(next)) throw new KoladaError(`Kolada hänvisar tillbaka till ${next}.`);
    if (visited.size >= maxPages) {
      throw new KoladaError(
        `Kolada hänvisar till fler än ${maxPages} sidor (next_url) från ${url}; importen slutar där. Så många sidor har Koladas svar inte.`,
      );
    }
    visited.add(next);
    const page = (await getJson(next, opts)) as { values?: unknown; next_url?: unknown } | null;
    if (!page || typeof page !== 'object' || !Array.isArray(page.values)) {
      throw new KoladaError(`Kolada svarade utan "values" på ${next}.`);
    }
    if (items.length + page.values.length > MAX_ITEMS) {
      throw new KoladaError(`Kolada svarade med fler än ${MAX_ITEMS} rader från ${url}.`);
    }
    for (const item of page.values as T[]) items.push(item);
    const link = page.next_url;
    if (link !== null && link !== undefined && link !== '' && typeof link !== 'string') {
      throw new KoladaError(`Kolada svarade med ett next_url som inte är en adress på ${next}.`);
    }
    next = link ? onBaseHost(link, opts.base, next, 'hänvisar') : null;
  }
  return items;
}
