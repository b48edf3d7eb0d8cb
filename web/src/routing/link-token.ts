// The single-use token of a link the API e-mails (`/reset#token=…`,
// `/verify-email#token=…`, `/email-revert#token=…`): it rides in the fragment, which the browser never
// sends to a server, and leaves the address bar as soon as the page has read it.
import { useEffect, useState } from 'react';

/** The token from `#token=…` ('' without one), read once; the address bar and history keep no copy. */
export function useLinkToken(): string {
  const [token] = useState(
    () => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '',
  );
  useEffect(() => {
    if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
  }, []);
  return token;
}
