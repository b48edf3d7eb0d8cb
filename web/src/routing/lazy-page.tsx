// A page whose code is its own chunk (React.lazy), fetched the first time the
// page opens: a short status while it arrives, and a sentence with a reload
// button should it fail to arrive (offline, or a deploy replaced the chunk
// since this tab loaded) — instead of React unmounting the whole app.
import { Component, Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.ts';

function PageLoading() {
  const { t } = useI18n();
  return (
    <p role="status" className="empty" data-testid="page-loading">
      {t.lazyPage.loading}
    </p>
  );
}

function PageLoadFailed() {
  const { t } = useI18n();
  return (
    <div className="panel narrow" role="alert" data-testid="page-load-failed">
      <p>{t.lazyPage.failed}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t.lazyPage.reload}
      </button>
    </div>
  );
}

/** Error boundaries are still class components only (React 19). */
class ChunkFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}

export function LazyPage({ children }: { children: ReactNode }) {
  return (
    <ChunkFailure>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </ChunkFailure>
  );
}

/**
 * A panel whose code is its own chunk, inside a page already shown: nothing
 * while it arrives (the page around it is there to read), the same sentence
 * and reload button should it fail to arrive.
 */
export function LazyPanel({ children }: { children: ReactNode }) {
  return (
    <ChunkFailure>
      <Suspense fallback={null}>{children}</Suspense>
    </ChunkFailure>
  );
}
