/**
 * The charts, each `input → ChartSpec` (title, subtitle, alt text, data table and SVG), built
 * at build time from plain data. Adapters from the domain model live with the pages.
 */
export type { ChartSpec, ChartTable } from './spec';
export { trendChart } from './trend';
export type { TrendInput, TrendPoint } from './trend-layout';
export { placesChart } from './places';
export type { PlacesInput, PlacePoint } from './places-layout';
export { areaBarsChart, type AreaBarsInput, type AreaBar } from './area-bars';
export { factorsChart, type FactorsInput, type FactorDot } from './factors';
export { distributionChart, type DistributionInput, type DistributionPoint } from './distribution';
export { mapChart, type MapInput, type MapArea } from './map';
export { inlineBar, type InlineBarOptions } from './inline-bar';
export { smallMultiplesChart, type SmallMultiplesInput, type Panel } from './small-multiples';
export {
  lineMultiplesChart,
  LINE_STYLES,
  type LineMultiplesInput,
  type MultiPanel,
} from './line-multiples';
