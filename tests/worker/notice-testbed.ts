// What the notice e-mail tests (outbid, ending soon) share: the worker
// testbed with an SMTP stand-in, the worker's settings for it, and a fresh
// key prefix whose test seller and bidders have accounts with addresses.
import { redisKeys } from '../../core/redis/keys.ts';
import { storeAccounts, storeFor } from './closed-auctions.ts';
import { uniquePrefix, useSmtpStandIn, useTestbed } from './harness.ts';

export function useNoticeTestbed() {
  const bed = useTestbed();
  const smtp = useSmtpStandIn();

  /** The worker's settings: the testbed's, the stand-in as relay, short retries, links. */
  const vars = (prefix: string, more: Record<string, string> = {}) => ({
    ...bed.vars(prefix),
    SMTP_URL: smtp.url,
    SMTP_RETRY_BASE_MS: '20',
    SMTP_TIMEOUT_MS: '500',
    PUBLIC_URL: 'https://leiloes.example',
    ...more,
  });

  async function world() {
    const prefix = uniquePrefix();
    await storeAccounts(bed.client, prefix);
    return { prefix, keys: redisKeys(prefix), store: storeFor(bed.client, prefix) };
  }

  /**
   * The stream's first entry added again, as a redelivery after a crash between
   * the e-mails and the acknowledgement would hand it over.
   */
  async function deliverFirstAgain(stream: string) {
    const [entry] = await bed.client.xrange(stream, '-', '+');
    if (!entry) throw new Error(`nothing in ${stream} to deliver again`);
    await bed.client.xadd(stream, '*', ...entry[1]);
  }

  return { bed, smtp, vars, world, deliverFirstAgain };
}
