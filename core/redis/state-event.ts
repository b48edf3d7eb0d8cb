// An auction script's usual answer — {0, event JSON} — read as the auction
// after it, or its refusal thrown as the AppError it stands for.
import { hashToRecord, toAuction, type FlatHash } from '../auction-view.ts';
import type { Auction } from '../schemas.ts';
import { scriptError, ScriptCode } from './script-codes.ts';

export function stateEvent(reply: [number, ...unknown[]]): Auction {
  if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
  const event = JSON.parse(reply[1] as string) as { state: FlatHash };
  return toAuction(hashToRecord(event.state));
}
