// "Mostrar mais" under a list that pages: the button while a next page
// exists, disabled while it loads, and a note when loading it failed.

/** A list that pages (use-auction-list.ts's shape; the lobby maps its own to it). */
export interface Pager {
  nextCursor: string | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore(): Promise<void>;
}

export function LoadMore(props: { pager: Pager; label: string; failedText: string }) {
  const { pager } = props;
  if (pager.nextCursor === null) return null;
  return (
    <p className="load-more">
      <button
        type="button"
        className="button button--quiet"
        disabled={pager.loadingMore}
        onClick={() => void pager.loadMore()}
      >
        {props.label}
      </button>
      {pager.loadMoreFailed ? <span role="alert"> {props.failedText}</span> : null}
    </p>
  );
}
