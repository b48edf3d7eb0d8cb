// What a page (or a section of one) for signed-in people shows a visitor: its
// title, why to sign in, and the ways in, coming back to this page afterwards.
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';

interface SignInFirstProps {
  title: string;
  text: string;
  path: string;
  /** The title's heading level: 1 (default) for a whole page, lower inside a page's section. */
  level?: 1 | 2 | 3;
}

export function SignInFirst({ title, text, path, level = 1 }: SignInFirstProps) {
  const { t } = useI18n();
  const next = `?next=${encodeURIComponent(path)}`;
  const Heading = (['h1', 'h2', 'h3'] as const)[level - 1] ?? 'h1';
  return (
    <div className="panel narrow">
      <Heading>{title}</Heading>
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
