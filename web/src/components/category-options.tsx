// The categories as a select's options, in the order of their names in the
// page's language (`other` last); `all`: a first option for every category,
// with the empty value.
import { categoriesByName } from '../categories.ts';
import { useI18n } from '../i18n/i18n.ts';

export function CategoryOptions({ all }: { all?: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      {all === undefined ? null : <option value="">{all}</option>}
      {categoriesByName(t.categories, locale).map((category) => (
        <option key={category} value={category}>
          {t.categories[category]}
        </option>
      ))}
    </>
  );
}
