// Above the moderators' queue, the notice that auctions not listed wait:
// *Novas denúncias — atualizar a fila*, which reads the queue again from its
// first page. The list itself does not move for them (the moderator may be
// reading or deciding); the notice's place is kept while there is none, so
// its coming moves nothing either, and it stays in sight (sticky) while the
// list scrolls. Announced politely; it has no close button, and stays until
// the queue is read again, so no report goes unseen.
import { useI18n } from '../i18n/i18n.ts';

export function QueueNews(props: { news: boolean; refreshing: boolean; refresh(): void }) {
  const { t } = useI18n();
  const { news, refreshing } = props;
  return (
    <div className={news ? 'queue-news queue-news--waiting' : 'queue-news'}>
      <div role="status" data-testid="queue-news">
        {news ? (
          <button
            type="button"
            className="button button--primary"
            // aria-disabled, not disabled: a disabled button would lose the focus.
            aria-disabled={refreshing}
            onClick={() => {
              if (!refreshing) props.refresh();
            }}
          >
            {t.moderation.news}
          </button>
        ) : null}
      </div>
      {news ? null : <p className="note queue-news__live">{t.moderation.live}</p>}
    </div>
  );
}
