/**
 * One ECharts chart in the page: an image to assistive technology (role="img" with a one-line
 * summary; the table beside it holds the figures), drawn when it nears the screen or the browser
 * is idle, redrawn when its option changes, resized with its box, and, where an element stands
 * for contacts, a click that opens them in the contact list. The keyboard way to the same
 * contacts is the table's links.
 */
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { fitLabels, type ChartOption } from './chart-options.js';
import { init, type ECElementEvent, type EChartsType } from './echarts-setup.js';

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, in one or two sentences. */
  label: string;
  height: number;
  /** The contact list's address for the element clicked, or null when it stands for none. */
  hrefAt?: ((seriesIndex: number, dataIndex: number) => string | null) | undefined;
}

export function Chart({ option, label, height, hrefAt }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const navigate = useNavigate();
  // Drawn first when it nears the screen, else when the browser is idle: a sub-page has up to
  // eight charts, and drawing all at once would keep the first one off the screen for longer.
  const [isNear, setNear] = useState(false);
  // The click handler is bound once; it reads the latest links and navigate from here, and a
  // chart drawn late starts from the latest option.
  const latest = useRef({ hrefAt, navigate, option });

  useEffect(() => {
    latest.current = { hrefAt, navigate, option };
  }, [hrefAt, navigate, option]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const draw = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), {
      rootMargin: '300px 0px',
    });
    observer.observe(element);
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(draw, { timeout: 3000 })
        : null;
    const timer = idle === null ? window.setTimeout(draw, 300) : null;
    // A printed page has every chart.
    window.addEventListener('beforeprint', draw);
    return () => {
      observer.disconnect();
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) window.clearTimeout(timer);
      window.removeEventListener('beforeprint', draw);
    };
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element || !isNear) return;
    const instance = init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    // The labels are fitted to the box's width, and again whenever it changes (chart-options.ts).
    let width = element.clientWidth;
    instance.setOption(fitLabels(latest.current.option, width), { notMerge: true });
    instance.on('click', (event: ECElementEvent) => {
      const href = latest.current.hrefAt?.(event.seriesIndex ?? 0, event.dataIndex);
      if (href) void latest.current.navigate(href);
    });
    const observer = new ResizeObserver(() => {
      if (element.clientWidth !== width) {
        width = element.clientWidth;
        instance.setOption(fitLabels(latest.current.option, width), { notMerge: true });
      }
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [isNear]);

  useEffect(() => {
    if (box.current) chart.current?.setOption(fitLabels(option, box.current.clientWidth), { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
