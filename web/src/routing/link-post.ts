// A page a mailed link lands on posts the link's token once — however often
// the page mounts (StrictMode mounts twice) — and shows how it went; a retry
// posts again (only for failures that are not the link's own).
import { useEffect, useState } from 'react';
import { ApiError } from '../api/http.ts';

export type LinkPost<T> =
  | { state: 'checking' }
  | { state: 'done'; value: T }
  /** `code`: the API's error code ('' for a network failure or another error). */
  | { state: 'failed'; error: unknown; code: string };

/** Tokens are single-use and unique, so one map serves every such page. */
const posted = new Map<string, Promise<unknown>>();

export function useLinkPost<T>(
  token: string,
  post: (token: string) => Promise<T>,
): { result: LinkPost<T>; retry: () => void } {
  const [result, setResult] = useState<LinkPost<T>>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    let answer = posted.get(token) as Promise<T> | undefined;
    if (!answer) {
      answer = post(token);
      posted.set(token, answer);
    }
    let current = true;
    answer.then(
      (value) => current && setResult({ state: 'done', value }),
      (error: unknown) =>
        current &&
        setResult({ state: 'failed', error, code: error instanceof ApiError ? error.code : '' }),
    );
    return () => {
      current = false;
    };
    // Not `post`: the page's own function, a new one each render for the same work.
  }, [token, attempt]);

  const retry = () => {
    posted.delete(token);
    setResult({ state: 'checking' });
    setAttempt((n) => n + 1);
  };
  return { result, retry };
}
