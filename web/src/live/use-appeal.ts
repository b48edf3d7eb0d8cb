// An appeal as its appellant reads it (`GET …/appeal`: none, open, or decided
// with the reply), read when `key` first shows and again whenever it changes
// — the caller puts in it what should read the appeal again (a decision
// heard, the auction's new state). A reading that fails after one succeeded
// leaves the one shown; `shown` puts in an appeal just sent, without a
// reading.
import { useEffect, useState } from 'react';
import type { Appeal } from '../../../core/schemas.ts';

export type AppealReading =
  { status: 'loading' } | { status: 'ready'; appeal: Appeal | null } | { status: 'failed' };

export function useAppeal(
  read: () => Promise<{ appeal: Appeal | null }>,
  key: string,
): [AppealReading, (appeal: Appeal) => void] {
  const [reading, setReading] = useState<AppealReading>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    read().then(
      ({ appeal }) => current && setReading({ status: 'ready', appeal }),
      () =>
        current && setReading((shown) => (shown.status === 'ready' ? shown : { status: 'failed' })),
    );
    return () => {
      current = false;
    };
    // `read` is one of the API's calls for the caller's subject: `key` says when to read again.
  }, [key]);

  return [reading, (appeal) => setReading({ status: 'ready', appeal })];
}
