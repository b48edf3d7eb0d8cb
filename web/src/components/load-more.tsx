// "Mostrar mais" under a list that pages: the button while a next page
// exists, disabled while it loads, and a note when loading it failed.
export function LoadMore(props: {
  more: boolean;
  loading: boolean;
  failed: boolean;
  onMore(): void;
  label: string;
  failedText: string;
}) {
  if (!props.more) return null;
  return (
    <p className="load-more">
      <button
        type="button"
        className="button button--quiet"
        disabled={props.loading}
        onClick={props.onMore}
      >
        {props.label}
      </button>
      {props.failed ? <span role="alert"> {props.failedText}</span> : null}
    </p>
  );
}
