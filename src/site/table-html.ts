/**
 * A data table as HTML text. Tables are the bulk of the site's markup (a chart's numbers appear
 * on its page and its embed, the year ranking has 290 rows), and Astro renders each cell of a
 * component as its own template; writing the markup here as one string, once per table object,
 * took two thirds off the time the build spends on pages (docs/decisions/build-speed.md).
 * DataTable.astro hands the string to `set:html`, so every text and attribute is escaped here.
 */
import type { TableCell } from './table';
import { escapeXml as escapeHtml } from '../lib/xml';

export interface TableInput {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | TableCell)[])[];
  /** Lets /js/sort.js turn the headers into sort buttons (the built order is the no-JS order). */
  sortable?: boolean;
  /** Index of the column that names the row (rendered as a row header). */
  rowHeader?: number;
  /**
   * Values per row that /js/filter.js filters on, written as `data-<key>` on each <tr>
   * (e.g. the county); with them the table gets filters when the script runs.
   */
  rowData?: readonly Readonly<Record<string, string>>[];
}

const NUMERIC = /^[−+-]?[\d\s ]+(,\d+)?\s?%?$/;

/** Right-aligned when the text reads as a number: "74", "−3", "4,5", "12 %". */
const isNumericText = (text: string): boolean => NUMERIC.test(text.trim());

function cellHtml(raw: string | TableCell, isRowHeader: boolean): string {
  const c = typeof raw === 'string' ? { text: raw } : raw;
  const tag = isRowHeader ? 'th' : 'td';
  const attrs =
    (isRowHeader ? ' scope="row"' : '') +
    (isNumericText(c.text) ? ' class="num"' : '') +
    (c.sort === undefined ? '' : ` data-sort="${escapeHtml(String(c.sort))}"`);
  const text = escapeHtml(c.text);
  const content = (c.bar ?? '') + (c.href ? `<a href="${escapeHtml(c.href)}">${text}</a>` : text);
  // No end tag: HTML closes a cell at the next cell or row (the ranking tables have thousands).
  return `<${tag}${attrs}>${content}`;
}

const rendered = new WeakMap<object, string>();

/**
 * The table inside its focusable, named scroll region (so keyboard users can scroll a wide
 * table, WCAG 2.1.1). The same input object gives the same string without redoing it.
 */
export function tableHtml(table: TableInput): string {
  const known = rendered.get(table);
  if (known !== undefined) return known;
  const { caption, columns, rows, sortable = false, rowHeader = 0, rowData } = table;
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      let attrs = '';
      for (const [key, value] of Object.entries(rowData?.[r] ?? {})) {
        attrs += ` data-${key}="${escapeHtml(value)}"`;
      }
      return `<tr${attrs}>${row.map((c, i) => cellHtml(c, i === rowHeader)).join('')}`;
    })
    .join('\n');
  const html =
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">` +
    `<table${sortable ? ' data-sortable' : ''}${rowData ? ' data-filterable' : ''}><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
  rendered.set(table, html);
  return html;
}
