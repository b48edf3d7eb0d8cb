// What a page for signed-in people shows a visitor: its title, why to sign
// in, and the ways in, coming back to this page afterwards.
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';

export function SignInFirst({ title, text, path }: { title: string; text: string; path: string }) {
  const { t } = useI18n();
  const next = `?next=${encodeURIComponent(path)}`;
  return (
    <div className="panel narrow">
      <h1>{title}</h1>
      <p>{text}</p>
      <p className="actions">
        <Link href={`/login${next}`} className="button button--primary">
          {t.nav.signIn}
        </Link>
        <Link href={`/signup${next}`} className="button">
          {t.nav.signUp}
        </Link>
      </p>
    </div>
  );
}
