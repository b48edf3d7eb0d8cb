// `npm run backfill:activity` (in the API image: `node app/backfill-activity.ts`):
// fills "Minha atividade" (who bid on and who sells what) for auctions stored
// by a release that did not index them yet. Run once after upgrading, when
// every replica runs the new release; running it again changes nothing.
// Reads the same REDIS_* settings as the API.
import { CommonEnv, loadEnvOrExit } from '../core/config.ts';
import { backfillActivity } from '../core/redis/activity-backfill.ts';
import { createRedis } from '../core/redis/connection.ts';
import { redisKeys } from '../core/redis/keys.ts';

const env = loadEnvOrExit(CommonEnv);
const redis = createRedis(env);
try {
  const { auctions, bids } = await backfillActivity(redis, redisKeys(env.REDIS_KEY_PREFIX));
  console.log(`Indexed ${auctions} auctions and their ${bids} bids.`);
} finally {
  redis.disconnect();
}
