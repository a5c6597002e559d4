import { describe, expect, it } from 'vitest';
import { latencyChart } from '../../src/report/latency-chart.js';
import type { LoadResult } from '../../src/serving/load.js';

const result: LoadResult = {
  mode: 'closed',
  concurrency: 8,
  requests: 1010,
  errors: 10,
  p50_ms: 2.1,
  p95_ms: 9.8,
  p99_ms: 30,
  max_ms: 81.234,
  throughput_rps: 100,
  duration_s: 10,
  histogram: [
    { le_ms: 0.5, count: 10 },
    { le_ms: 1.2, count: 200 },
    { le_ms: 3, count: 600 },
    { le_ms: 12, count: 180 },
    { le_ms: 81.234, count: 10 },
  ],
};

describe('latencyChart', () => {
  it('is a Mermaid xychart-beta bar chart: buckets on x, requests on y', () => {
    const chart = latencyChart(result, 'triton-24-08: latency under 8 connections');
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines[1]).toBe('xychart-beta');
    expect(lines.slice(2, -1).map((l) => l.trim())).toEqual([
      'title "triton-24-08: latency under 8 connections"',
      'x-axis "latency (ms)" ["≤0.5", "≤1.2", "≤3", "≤12", "≤81.2"]',
      'y-axis "requests" 0 --> 600',
      'bar [10, 200, 600, 180, 10]',
    ]);
  });

  it('has as many bars as x-axis labels', () => {
    const chart = latencyChart(result, 't');
    const labels = /x-axis "[^"]*" \[(.*)\]/.exec(chart)![1]!.split(', ');
    const bars = /bar \[(.*)\]/.exec(chart)![1]!.split(', ').map(Number);
    expect(labels).toHaveLength(bars.length);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(result.requests - result.errors);
  });

  it('keeps a title from breaking the chart', () => {
    const chart = latencyChart(result, 'a "quoted"\nname');
    expect(chart).toContain('title "a \'quoted\' name"');
    expect(chart.split('\n')).toHaveLength(7);
  });

  it('says so instead of drawing an empty chart', () => {
    const none = latencyChart({ ...result, histogram: [] }, 'tf-serving');
    expect(none).not.toContain('mermaid');
    expect(none).toContain('no successful request');
  });
});
