// Closed-loop HTTP load with autocannon: a fixed number of connections, each
// sending its next request as soon as the last one is answered, every
// request built just before it is sent (path, body, bearer token). The same
// settings drive our bid route and the bare Fastify route, so their req/s
// compare.
import autocannon from 'autocannon';
import { latencyRecorder, type LatencySummary } from './histogram.ts';

export interface HttpLoadSettings {
  connections: number;
  seconds: number;
  /** Unmeasured run before the measured one, so both servers are JIT-warm. */
  warmupSeconds: number;
}

export interface HttpRequestSpec {
  path: string;
  body: string;
  token: string;
}

export interface HttpLoadResult {
  /** Measured duration. */
  seconds: number;
  requests: number;
  perSecond: number;
  /** Responses by HTTP status, e.g. {201: 9000, 409: 120}. */
  byStatus: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Every response, whatever its status. */
  latency: LatencySummary;
  /** Responses of the unmeasured warm-up run (they changed state too). */
  warmupByStatus: Record<string, number>;
  /**
   * Requests built (warm-up included) that got no answer: in flight when
   * autocannon stopped, or built and never sent. Their outcome is unknown.
   */
  unanswered: number;
}

/** Requests answered in the run and its warm-up: what CPU times taken around both cover. */
export function requestsSent(result: HttpLoadResult): number {
  return Object.values(result.warmupByStatus).reduce((sum, n) => sum + n, result.requests);
}

export async function httpLoad(
  url: string,
  settings: HttpLoadSettings,
  next: () => HttpRequestSpec,
): Promise<HttpLoadResult> {
  const warmup =
    settings.warmupSeconds > 0
      ? await runOnce(url, settings.connections, settings.warmupSeconds, next)
      : undefined;
  const measured = await runOnce(url, settings.connections, settings.seconds, next);
  return {
    ...measured,
    warmupByStatus: warmup?.byStatus ?? {},
    unanswered: measured.unanswered + (warmup?.unanswered ?? 0),
  };
}

async function runOnce(
  url: string,
  connections: number,
  seconds: number,
  next: () => HttpRequestSpec,
): Promise<HttpLoadResult> {
  const latency = latencyRecorder();
  let built = 0;
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        pipelining: 1,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const spec = next();
              built++;
              return {
                ...request,
                path: spec.path,
                body: spec.body,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${spec.token}`,
                },
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on('response', (_client, _status, _bytes, responseTime: number) =>
    latency.record(responseTime),
  );
  const result = await finished;
  const byStatus = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [
      status,
      stats.count ?? 0,
    ]),
  );
  const requests = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  const measured = result.duration || seconds;
  return {
    seconds: measured,
    requests,
    perSecond: Math.round(requests / measured),
    byStatus,
    errors: result.errors,
    timeouts: result.timeouts,
    latency: latency.summary(),
    warmupByStatus: {},
    unanswered: built - requests,
  };
}
