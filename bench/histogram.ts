// Latency recording with HDR histograms: microsecond resolution, three
// significant digits, up to two minutes, so p99 is exact enough whatever
// the spread.
import * as hdr from 'hdr-histogram-js';

/** Milliseconds, rounded to 0.1 ms. */
export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LatencyRecorder {
  record(milliseconds: number): void;
  summary(): LatencySummary;
}

const toMs = (microseconds: number) => Math.round(microseconds / 100) / 10;

export function latencyRecorder(): LatencyRecorder {
  const histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
  return {
    record(milliseconds) {
      histogram.recordValue(Math.min(120_000_000, Math.max(1, Math.round(milliseconds * 1000))));
    },
    summary() {
      const count = histogram.totalCount;
      return {
        count,
        p50: count ? toMs(histogram.getValueAtPercentile(50)) : 0,
        p99: count ? toMs(histogram.getValueAtPercentile(99)) : 0,
        max: count ? toMs(histogram.maxValue) : 0,
      };
    },
  };
}
