// `npm run moderator -- grant <email>` (in the API image: `node app/moderator.ts
// grant <email>`): makes the account with that e-mail one of the platform's
// moderators, who read the reported auctions and take them down; `revoke`
// undoes it, at once on every replica (the scripts read the flag each time).
// Reads the same REDIS_* settings as the API.
import { CommonEnv, loadEnvOrExit } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { createRedis } from '../core/redis/connection.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { createModerationStore } from '../core/redis/moderation-store.ts';
import { loadScripts } from '../core/redis/scripts.ts';
import { normaliseEmail } from './auth/accounts.ts';

const USAGE = 'Usage: npm run moderator -- grant|revoke <email>';

const [action, email] = process.argv.slice(2);
if ((action !== 'grant' && action !== 'revoke') || !email) {
  console.error(USAGE);
  process.exit(2);
}

const env = loadEnvOrExit(CommonEnv);
const redis = createRedis(env);
try {
  const moderation = createModerationStore(loadScripts(redis), redisKeys(env.REDIS_KEY_PREFIX));
  const user = await moderation.setModerator(normaliseEmail(email), action === 'grant');
  console.log(
    action === 'grant'
      ? `${user.name} <${normaliseEmail(email)}> is now a moderator.`
      : `${user.name} <${normaliseEmail(email)}> is no longer a moderator.`,
  );
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`No account has the e-mail ${normaliseEmail(email)}.`);
  process.exitCode = 1;
} finally {
  redis.disconnect();
}
