/**
 * Editorial additions written by a communicator in data/editorial/<slug>/<year>.mdx: quotes,
 * a contact block and free paragraphs (the MDX body). The frontmatter is checked here with
 * messages in Swedish that name the file, the field and what is wrong, and every problem is
 * collected rather than stopping at the first.
 */

export interface Quote {
  name: string;
  title: string;
  /** The quoted words, without dash or "säger": the text adds those. */
  quote: string;
}

export interface Contact {
  name: string;
  title: string;
  phone?: string;
  email?: string;
}

export interface Editorial {
  quotes: Quote[];
  contact?: Contact;
  /** The MDX body as written (plain Markdown paragraphs), for the plain-text version. */
  body?: string;
  /** Written for the example data: left out when the site is built from real result files. */
  example?: boolean;
}

const KNOWN_FIELDS = ['quotes', 'contact', 'example'];

/** Checks parsed frontmatter; `value` is set only when there are no problems. */
export function validateEditorialFrontmatter(
  data: unknown,
  file: string,
): { value?: Editorial; problems: string[] } {
  const problems: string[] = [];
  const say = (field: string, what: string) => problems.push(`${file}: fältet "${field}" ${what}.`);
  if (!isRecord(data)) {
    return { problems: [`${file}: frontmatter saknas eller är inte en lista med fält (YAML).`] };
  }
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.includes(key))
      say(key, `är okänt; tillåtna fält är quotes, contact och example`);
  }

  const quotes: Quote[] = [];
  if (data.quotes !== undefined) {
    if (!Array.isArray(data.quotes)) say('quotes', 'ska vara en lista med citat');
    else {
      data.quotes.forEach((q: unknown, i: number) => {
        const at = `quotes[${i}]`;
        if (!isRecord(q)) return say(at, 'ska ha name, title och quote');
        const name = text(q.name, `${at}.name`, say);
        const title = text(q.title, `${at}.title`, say);
        const quote = text(q.quote, `${at}.quote`, say);
        if (quote && /^[–-]/.test(quote))
          say(`${at}.quote`, 'ska inte börja med tankstreck; texten lägger till det');
        if (name && title && quote) quotes.push({ name, title, quote });
      });
    }
  }

  let contact: Contact | undefined;
  if (data.contact !== undefined) {
    const c = data.contact;
    if (!isRecord(c)) say('contact', 'ska ha name och title, och gärna phone eller email');
    else {
      const name = text(c.name, 'contact.name', say);
      const title = text(c.title, 'contact.title', say);
      const phone = optionalText(c.phone, 'contact.phone', say);
      const email = optionalText(c.email, 'contact.email', say);
      if (phone && !/^\+?[\d\s\u2013()-]{6,}$/.test(phone))
        say('contact.phone', `har ogiltigt telefonnummer: "${phone}"`);
      if (email && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email))
        say('contact.email', `har ogiltig e-postadress: "${email}"`);
      if (name && title)
        contact = { name, title, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
    }
  }
  if (data.example !== undefined && typeof data.example !== 'boolean')
    say('example', 'ska vara true eller false');
  const example = data.example === true;
  return problems.length > 0
    ? { problems }
    : { value: { quotes, contact, ...(example ? { example } : {}) }, problems };
}

function text(
  value: unknown,
  field: string,
  say: (f: string, w: string) => void,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    say(field, value === undefined ? 'saknas' : 'ska vara en text som inte är tom');
    return undefined;
  }
  return value.trim();
}

function optionalText(
  value: unknown,
  field: string,
  say: (f: string, w: string) => void,
): string | undefined {
  return value === undefined ? undefined : text(value, field, say);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * MDX would run tags, expressions and imports in the body as code, so an editorial body must be
 * plain text and Markdown. Returns the problem in Swedish, or undefined when the body is clean.
 */
export function editorialBodyProblem(body: string, file: string): string | undefined {
  const markup = /<[A-Za-z!/]|^\s*(import|export)\s|\{/m.exec(body);
  if (!markup) return undefined;
  const line = body.slice(0, markup.index).split('\n').length;
  return `${file}: texten innehåller kod eller HTML ("${markup[0].trim()}" på rad ${line} efter frontmatter). Skriv vanlig text och Markdown.`;
}
