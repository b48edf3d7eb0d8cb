// The create form's optional photos: picked here, in order (the first is the
// cover), and sent once the auction exists (new-auction-page.tsx). A file of
// another type, or too large, is refused at once beside the field; the API
// checks again when it reads the image. The chosen files are listed by name,
// each with a small preview. Offering an item again, the earlier auction's
// photos the seller keeps come first and take their share of the six.
import { useState, type ChangeEvent } from 'react';
import { FilePreview } from '../components/file-preview.tsx';
import {
  MAX_PHOTO_MEBIBYTES,
  MAX_PHOTOS,
  PHOTO_ACCEPT,
  photoFileProblem,
  type PhotoFailure,
} from '../forms/photo-files.ts';
import { useI18n } from '../i18n/i18n.ts';
import { photoFailureText } from '../i18n/photo-failure-text.ts';

interface PhotoPickerProps {
  photos: File[];
  onChange(photos: File[]): void;
  /** How many photos come before the picked ones (the earlier auction's kept ones). */
  before: number;
}

/** A key per picked file, so that removing one keeps the others' previews. */
const fileKeys = new WeakMap<File, number>();
let lastKey = 0;
function keyOf(file: File): number {
  let key = fileKeys.get(file);
  if (key === undefined) fileKeys.set(file, (key = ++lastKey));
  return key;
}

export function PhotoPicker({ photos, onChange, before }: PhotoPickerProps) {
  const { t, locale } = useI18n();
  const [refused, setRefused] = useState<PhotoFailure[]>([]);
  const room = MAX_PHOTOS - before;

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    // Emptied so that picking the same file again is a change too.
    event.target.value = '';
    const accepted: File[] = [];
    const refusedNow: PhotoFailure[] = [];
    for (const file of picked) {
      const full = photos.length + accepted.length >= room;
      const code = full ? 'TOO_MANY_PHOTOS' : photoFileProblem(file);
      if (code) refusedNow.push({ fileName: file.name, code });
      else accepted.push(file);
    }
    setRefused(refusedNow);
    onChange([...photos, ...accepted]);
  };

  const unpick = (index: number) => {
    setRefused([]);
    onChange(photos.filter((_, i) => i !== index));
  };

  return (
    <fieldset className="fieldset">
      <legend>{t.photos.pick}</legend>
      {photos.length < room ? (
        <div className={`field${refused.length > 0 ? ' field--invalid' : ''}`}>
          <label htmlFor="photos">{t.photos.add}</label>
          <input
            id="photos"
            type="file"
            accept={PHOTO_ACCEPT}
            multiple
            aria-describedby={refused.length > 0 ? 'photos-hint photos-error' : 'photos-hint'}
            onChange={pick}
          />
          <p id="photos-hint" className="field__hint">
            {t.photos.pickHint(MAX_PHOTOS, MAX_PHOTO_MEBIBYTES)}
            {before > 0 ? ` ${t.photos.pickAfter(before, room - photos.length)}` : ''}
          </p>
        </div>
      ) : (
        <p className="note">{t.photos.pickedMax(MAX_PHOTOS)}</p>
      )}
      <div role="alert">
        {refused.length > 0 ? (
          <ul id="photos-error" className="field__error picked-photos__refused">
            {refused.map((failure, i) => (
              <li key={i}>{photoFailureText(failure, t, locale)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {photos.length > 0 ? (
        <ol className="picked-photos" aria-label={t.photos.chosen} data-testid="picked-photos">
          {photos.map((file, i) => (
            <li key={keyOf(file)} className="picked-photos__item">
              <FilePreview file={file} alt={t.photos.previewAlt(file.name)} />
              <span className="picked-photos__name">
                {file.name}
                {i === 0 && before === 0 ? ` (${t.photos.cover})` : ''}
              </span>
              <button type="button" className="button button--quiet" onClick={() => unpick(i)}>
                {t.photos.unpick}
                <span className="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </fieldset>
  );
}
