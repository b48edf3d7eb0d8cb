// The create form's optional photos: picked here, in order (the first is the
// cover), and sent once the auction exists (new-auction-page.tsx). A file of
// another type, or too large, is refused at once beside the field; the API
// checks again when it reads the image. The chosen files are listed by name,
// without previews: the Content-Security-Policy's img-src ('self' data:)
// does not allow the blob: URLs a preview of a local file would need.
import { useState, type ChangeEvent } from 'react';
import {
  MAX_PHOTO_MEBIBYTES,
  MAX_PHOTOS,
  PHOTO_ACCEPT,
  photoFileProblem,
  type PhotoFailure,
} from '../forms/photo-files.ts';
import { codeMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';

interface PhotoPickerProps {
  photos: File[];
  onChange(photos: File[]): void;
}

export function PhotoPicker({ photos, onChange }: PhotoPickerProps) {
  const { t, locale } = useI18n();
  const [refused, setRefused] = useState<PhotoFailure[]>([]);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    // Emptied so that picking the same file again is a change too.
    event.target.value = '';
    const accepted: File[] = [];
    const refusedNow: PhotoFailure[] = [];
    for (const file of picked) {
      const full = photos.length + accepted.length >= MAX_PHOTOS;
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
      {photos.length < MAX_PHOTOS ? (
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
          </p>
        </div>
      ) : (
        <p className="note">{t.photos.pickedMax(MAX_PHOTOS)}</p>
      )}
      <div role="alert">
        {refused.length > 0 ? (
          <ul id="photos-error" className="field__error picked-photos__refused">
            {refused.map((failure, i) => (
              <li key={i}>
                {t.photos.failure(failure.fileName, codeMessage(failure.code, t, locale))}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {photos.length > 0 ? (
        <ol className="picked-photos" aria-label={t.photos.chosen} data-testid="picked-photos">
          {photos.map((file, i) => (
            <li key={`${i}-${file.name}`} className="picked-photos__item">
              <span className="picked-photos__name">
                {file.name}
                {i === 0 ? ` (${t.photos.cover})` : ''}
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
