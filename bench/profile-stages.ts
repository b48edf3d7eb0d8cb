// Where a replica's busy time goes, by stage of a bid rather than by
// function: each profile sample counts for the first stage (in this order)
// that any frame of its call stack belongs to. A self-time list spreads one
// stage over dozens of functions, e.g. the write system call under ioredis
// and under the HTTP response look alike.
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const STAGES: [string, RegExp][] = [
  ['event relay (events read back from Redis)', /^handleSubscriberReply /],
  ['WebSocket frames written', /(^sendFrame |^doWrite ).*\/(ws|engine\.io)\//],
  ['Socket.IO encoding and emitting', /\/(socket\.io|socket\.io-parser|socket\.io-adapter)\//],
  ['Redis command written (ioredis sendCommand)', /^sendCommand .*\/ioredis\//],
  ['HTTP answer written', /^(end|_writeRaw|_send) node:_http_outgoing/],
  ['script reply parsed into the public view', /^bidOutcome /],
  ['Redis replies read', /\/ioredis\/built\/DataHandler|\/redis-parser\//],
  ['session token checked', /\/app\/auth\//],
  ['JSON body parsed', /^defaultJsonParser |\/secure-json-parse\//],
  ['answer serialised', /^serialize .*\/fastify\/|\/fast-json-stringify\//],
  ['input validated', /\/ajv\/|\/typebox\//],
  ['HTTP request parsed, hooks run', /^parserOn|node:_http_common|node:_http_incoming/],
  ['routing', /\/find-my-way\//],
  ['metrics', /\/prom-client\/|request-metrics/],
  ['logging', /\/pino\//],
  ['security headers and CORS', /\/app\/plugins\/security|\/@fastify\/cors\//],
  ['Fastify, other', /\/fastify\//],
  ['ioredis, other (commands built, promises)', /\/ioredis\//],
  ['garbage collection', /^\(garbage collector\)/],
  ['V8 outside JavaScript ("(program)")', /^\(program\) /],
  ['module loading (start-up)', /node:internal\/modules\//],
];

/** Share of the non-idle samples per stage, largest first. */
export function stageShares(nodes: readonly ProfileNode[]): [string, number][] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const hits = new Map<string, number>();
  let busy = 0;
  for (const node of nodes) {
    const count = node.hitCount ?? 0;
    if (!count || node.callFrame.functionName === '(idle)') continue;
    busy += count;
    const frames: string[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = (byId.get(id) as ProfileNode).callFrame;
      frames.push(`${functionName} ${url}`);
    }
    const stage =
      STAGES.find(([, pattern]) => frames.some((frame) => pattern.test(frame)))?.[0] ?? 'other';
    hits.set(stage, (hits.get(stage) ?? 0) + count);
  }
  return [...hits]
    .map(([stage, count]): [string, number] => [stage, count / busy])
    .sort((a, b) => b[1] - a[1]);
}
