// Registers every Lua script in ./scripts once per connection (ioredis
// defineCommand: EVALSHA with a transparent EVAL fallback). The key count
// comes from the file name, `name-<numberOfKeys>.lua`, and a line
// `--@include name` splices in ./scripts/lib/name.lua, as in BullMQ.
import { readdirSync, readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';

const scriptsDir = new URL('./scripts/', import.meta.url);

export interface ScriptCommands {
  placeBid(...args: string[]): Promise<[number, string?]>;
  buyNow(...args: string[]): Promise<[number, string?]>;
  cancelAuction(...args: string[]): Promise<[number, string?]>;
  editAuction(...args: string[]): Promise<[number, string?]>;
  addPhoto(...args: (string | Buffer)[]): Promise<[number, string?]>;
  removePhoto(...args: string[]): Promise<[number, string?]>;
  reorderPhotos(...args: string[]): Promise<[number, string?]>;
  copyPhotos(...args: string[]): Promise<[number, string?, number?]>;
  askQuestion(...args: string[]): Promise<[number, string?, number?]>;
  answerQuestion(...args: string[]): Promise<[number, string?, number?]>;
  removeQuestion(...args: string[]): Promise<[number, number?]>;
  leaveFeedback(...args: string[]): Promise<[number, string?, string?]>;
  blockUser(...args: string[]): Promise<[number]>;
  saveSearch(...args: string[]): Promise<[number, string?]>;
  forgetSearch(...args: string[]): Promise<[number]>;
  replyToFeedback(...args: string[]): Promise<[number, string?, string?]>;
  flagAuction(...args: string[]): Promise<[number]>;
  removeAuction(...args: string[]): Promise<[number, string?]>;
  dismissFlags(...args: string[]): Promise<[number]>;
  lodgeAppeal(...args: string[]): Promise<[number, string?, string?, string?]>;
  decideAppeal(...args: string[]): Promise<[number, number?]>;
  setModerator(...args: string[]): Promise<[number, string?, string?]>;
  suspendUser(...args: string[]): Promise<[number, ...string[]]>;
  cancelBids(...args: string[]): Promise<[number, number?]>;
  retractBid(...args: string[]): Promise<[number, ...string[]]>;
  sellerCancelBids(...args: string[]): Promise<[number, ...string[]]>;
  createAuction(...args: string[]): Promise<[number, string?]>;
  closeDueAuctions(...args: string[]): Promise<number[]>;
  listAuctions(...args: string[]): Promise<string[][]>;
  registerUser(...args: string[]): Promise<[number]>;
  openSession(...args: string[]): Promise<[number]>;
  endSessions(...args: string[]): Promise<[number, ...string[]]>;
  deleteAccount(...args: string[]): Promise<[number, ...string[]]>;
  watchAuction(...args: string[]): Promise<[number]>;
  unwatchAuction(...args: string[]): Promise<[number]>;
  setNotifications(...args: string[]): Promise<[number, ...(string | null)[]]>;
  verifyEmail(...args: string[]): Promise<[number]>;
  changeEmail(...args: string[]): Promise<[number]>;
  rateLimit(...args: string[]): Promise<[number, number]>;
  countRecent(key: string, windowMs: string): Promise<number>;
}

export type ScriptedRedis = Redis & ScriptCommands;

export function loadScripts(redis: Redis): ScriptedRedis {
  defineScriptsIn(redis, scriptsDir);
  return redis as ScriptedRedis;
}

/** Registers every `<name>-<numberOfKeys>.lua` in `dir` (a folder URL ending in "/"). */
export function defineScriptsIn(redis: Redis, dir: URL): void {
  for (const file of readdirSync(dir)) {
    const match = /^(\w+)-(\d+)\.lua$/.exec(file);
    if (!match) continue;
    const [, name, keyCount] = match as unknown as [string, string, string];
    redis.defineCommand(name, {
      numberOfKeys: Number(keyCount),
      lua: withIncludes(readFileSync(new URL(file, dir), 'utf8'), dir),
    });
  }
}

function withIncludes(source: string, dir: URL): string {
  return source.replace(/^--@include (\w+)$/gm, (_line, name: string) =>
    readFileSync(new URL(`lib/${name}.lua`, dir), 'utf8'),
  );
}

/** The script source, for tools that run it outside ioredis (redis-benchmark). */
export function scriptSource(fileName: string): string {
  return withIncludes(readFileSync(new URL(fileName, scriptsDir), 'utf8'), scriptsDir);
}
