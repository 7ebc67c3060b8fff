/**
 * Kolada's API v3 over HTTP: JSON with a timeout per request, retries with growing waits on 429
 * and 5xx (honouring Retry-After) and on network failures, and Swedish errors that say what to
 * do. Lists are paged: `pages` follows `next_url` until it is null, whatever the page size.
 */

export interface HttpOptions {
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
  /** The first wait; each retry waits twice as long. */
  retryDelayMs: number;
}

/** A failure the user can act on; the message is Swedish. */
export class KoladaError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GETs a JSON document, retrying what is worth retrying. */
export async function getJson(url: string, opts: HttpOptions): Promise<unknown> {
  let last = '';
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    if (attempt > 0) await sleep(opts.retryDelayMs * 2 ** (attempt - 1));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      last =
        e.name === 'TimeoutError'
          ? `inget svar inom ${opts.timeoutMs / 1000} s`
          : (e.cause?.code ?? e.message);
      continue;
    }
    if (response.ok) {
      try {
        return await response.json();
      } catch {
        throw new KoladaError(`Kolada svarade inte med JSON på ${url}.`);
      }
    }
    if (response.status === 410) {
      throw new KoladaError(
        `Kolada svarar 410 Gone på ${url}: den adressen är nedlagd (API v2 stängdes 2026-03-31). Använd v3: https://api.kolada.se/v3.`,
      );
    }
    if (response.status !== 429 && response.status < 500) {
      throw new KoladaError(`Kolada svarade ${response.status} på ${url}.`);
    }
    last = `svarade ${response.status}`;
    const retryAfter = Number(response.headers.get('retry-after'));
    await response.body?.cancel();
    if (retryAfter > 0 && attempt < opts.retries) await sleep(Math.min(retryAfter, 30) * 1000);
  }
  throw new KoladaError(
    `Kolada går inte att nå (${url}: ${last}, ${opts.retries + 1} försök). Kontrollera internetanslutningen eller adressen (--base-url, KOLADA_BASE_URL).`,
  );
}

/** Every item of a paged list, following `next_url` until it is null. */
export async function allPages<T>(url: string, opts: HttpOptions): Promise<T[]> {
  const items: T[] = [];
  const visited = new Set<string>();
  let next: string | null = url;
  while (next) {
    if (visited.has(next)) throw new KoladaError(`Kolada hänvisar tillbaka till ${next}.`);
    visited.add(next);
    const page = (await getJson(next, opts)) as { values?: T[]; next_url?: string | null };
    if (!Array.isArray(page?.values)) {
      throw new KoladaError(`Kolada svarade utan "values" på ${next}.`);
    }
    items.push(...page.values);
    next = page.next_url ? new URL(page.next_url, next).href : null;
  }
  return items;
}
