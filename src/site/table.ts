/** A table cell as view models hand it to DataTable.astro. */
export interface TableCell {
  text: string;
  href?: string;
  /** Sort key for /js/sort.js when the text does not sort well ("plats 2", "−3"). */
  sort?: string | number;
  /** Inline SVG markup from src/charts (already escaped), shown before the text. */
  bar?: string;
}
