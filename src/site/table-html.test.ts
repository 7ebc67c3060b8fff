import { describe, expect, it } from 'vitest';
import { tableHtml } from './table-html';

const ranking = {
  caption: 'NKI 2021 & 2020: alla kommuner',
  columns: ['Plats', 'Kommun', 'NKI', 'Förändring'],
  rows: [
    ['1', { text: 'Trosa kommun', href: '/kommun/trosa/2021/' }, '88', { text: '+4', sort: 4 }],
    ['2', { text: 'Kalix kommun', href: '/kommun/kalix/2021/' }, '86', { text: '−3', sort: -3 }],
    ['–', 'Förbund <deltar>', 'saknas', { text: '4,5 %', bar: '<svg class="bar"></svg>' }],
  ],
  sortable: true,
  rowHeader: 1,
};

describe('tableHtml', () => {
  const html = tableHtml(ranking);

  it('names the scroll region and the table by the caption, escaped', () => {
    expect(html).toContain(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="NKI 2021 &amp; 2020: alla kommuner">',
    );
    expect(html).toContain(
      '<table data-sortable><caption>NKI 2021 &amp; 2020: alla kommuner</caption>',
    );
  });

  it('writes column headers and the chosen row header with its link', () => {
    expect(html).toContain('<thead><tr><th scope="col">Plats</th><th scope="col">Kommun</th>');
    expect(html).toContain('<th scope="row"><a href="/kommun/kalix/2021/">Kalix kommun</a><td');
  });

  it('right-aligns Swedish numbers (minus sign, decimal comma, percent) and not words', () => {
    expect(html).toContain('<td class="num" data-sort="-3">−3\n');
    expect(html).toContain('<td class="num">86<td');
    expect(html).toContain('<td>saknas<td');
    expect(html).toContain('<td class="num"><svg class="bar"></svg>4,5 %\n');
  });

  it('escapes data text but keeps the chart-drawn bar markup', () => {
    expect(html).toContain('<th scope="row">Förbund &lt;deltar&gt;<td');
    expect(html).not.toContain('<deltar>');
  });

  it('cannot be broken out of by a hostile caption or link', () => {
    const hostile = tableHtml({
      caption: '"><img src=x onerror=alert(1)>',
      columns: ['Kommun'],
      rows: [[{ text: "O'Hara", href: '" onmouseover="x' }]],
    });
    expect(hostile).toContain('aria-label="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(hostile).toContain('<a href="&quot; onmouseover=&quot;x">O&apos;Hara</a>');
    expect(hostile).not.toContain('<img');
  });

  it('leaves out sort buttons unless asked', () => {
    expect(tableHtml({ caption: 'c', columns: ['a'], rows: [['x']] })).toContain(
      '<table><caption>',
    );
  });

  it('returns the same text for the same table object', () => {
    expect(tableHtml(ranking)).toBe(html);
  });
});
