/**
 * ECharts with only what the analyses draw: bars, lines and a heat map on a grid, with tooltips,
 * legends, vertical marker lines, the heat map's scale and the aria component (decal patterns, so that series differ in
 * greyscale too), on the canvas renderer. Importing from echarts/core keeps the rest of ECharts
 * out of the bundle (importing all of it is about 530 kB gzip); this module is reached only from
 * the lazily loaded Analys area.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
// `use` registers ECharts parts; it is not React's hook of the same name.
import { init, use as register } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

register([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  VisualMapContinuousComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { init };
export type { EChartsType, ECElementEvent } from 'echarts/core';
