// `npm run backfill` (in the API image: `node app/backfill.ts`): fills the
// indexes a release that did not keep them left out — "Minha atividade" (who
// bid on and who sells what), the lobby's newest-listed order and each
// user's sessions (so a password change ends them all). Run once after
// upgrading, when every replica runs the new release; running it again
// changes nothing. Reads the same REDIS_* settings as the API.
import { CommonEnv, loadEnvOrExit } from '../core/config.ts';
import { backfill } from '../core/redis/backfill.ts';
import { createRedis } from '../core/redis/connection.ts';
import { redisKeys } from '../core/redis/keys.ts';

const env = loadEnvOrExit(CommonEnv);
const redis = createRedis(env);
try {
  const { auctions, listed, bids, sessions } = await backfill(
    redis,
    redisKeys(env.REDIS_KEY_PREFIX),
  );
  console.log(
    `Indexed ${auctions} auctions (${listed} open), their ${bids} bids and ${sessions} sessions.`,
  );
} finally {
  redis.disconnect();
}
