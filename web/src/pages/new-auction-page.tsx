// `/new`: create an auction. Client-side checks give messages beside each
// field at once; the API's 400s are mapped back to the field they concern.
// `/new?from=<id>`: the form filled from one of the seller's own auctions
// (forms/offer-again.ts), to offer the item again.
// Photos picked on the form are added one at a time once the auction exists;
// its page opens either way, and says there which ones failed.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { TextAreaField, TextField } from '../components/text-field.tsx';
import {
  DESCRIPTION_MAX,
  DURATION_UNITS,
  TITLE_MAX,
  apiFieldMessage,
  buildCreateAuctionBody,
  emptyNewAuction,
  fieldOfApiError,
  type NewAuctionErrors,
  type NewAuctionValues,
} from '../forms/new-auction-form.ts';
import { offerAgainValues } from '../forms/offer-again.ts';
import { addPhotosInOrder, MAX_PHOTOS } from '../forms/photo-files.ts';
import { handOverPhotoFailures } from '../forms/photo-handover.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { serverNow } from '../live/server-clock.ts';
import { navigate, useLocation } from '../routing/router.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';
import { EndChoice } from './new-auction-end-choice.tsx';
import { bind, PriceFields, SoftCloseChoice, StartChoice } from './new-auction-sections.tsx';
import { PhotoPicker } from './new-auction-photos.tsx';

export function NewAuctionPage() {
  const { t, locale } = useI18n();
  const session = useStore(sessionStore);
  const [values, setValues] = useState<NewAuctionValues>(emptyNewAuction);
  const [errors, setErrors] = useState<NewAuctionErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [copiedFrom, setCopiedFrom] = useState<Auction | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  /** The photo being sent (from 1) of how many, once the auction exists. */
  const [sendingPhoto, setSendingPhoto] = useState<{ n: number; total: number } | null>(null);
  // Sending photos takes a while: a person who left the page meanwhile is not taken back.
  const onPage = useRef(true);
  useEffect(() => {
    onPage.current = true;
    return () => {
      onPage.current = false;
    };
  }, []);
  const from = new URLSearchParams(useLocation().split('?')[1] ?? '').get('from');
  const sellerId = session?.user.id;

  useEffect(() => {
    if (!from || !sellerId) return;
    let current = true;
    api.getAuction(from).then(
      (auction) => {
        // Only one's own auctions: copying someone else's listing is no feature.
        if (!current || auction.seller.id !== sellerId) return;
        setValues(offerAgainValues(auction, locale));
        setCopiedFrom(auction);
      },
      () => undefined, // gone or unreachable: an empty form, as without `from`
    );
    return () => {
      current = false;
    };
    // Not on `locale`: it formats the prices once; switching language later keeps what was typed.
  }, [from, sellerId]);

  if (!session) {
    return <SignInFirst title={t.newAuction.title} text={t.newAuction.signInFirst} path="/new" />;
  }

  const set = <K extends keyof NewAuctionValues>(key: K, value: NewAuctionValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError('');
    const built = buildCreateAuctionBody(values, t, serverNow());
    if ('errors' in built) {
      setErrors(built.errors);
      setFormError(t.newAuction.fixErrors);
      return;
    }
    setSubmitting(true);
    try {
      const auction = await api.createAuction(built.body);
      if (photos.length > 0) {
        const send = (file: File) => api.addPhoto(auction.id, file);
        const sending = (n: number) => setSendingPhoto({ n, total: photos.length });
        handOverPhotoFailures(
          auction.id,
          await addPhotosInOrder(photos, MAX_PHOTOS, send, sending),
        );
      }
      if (onPage.current) navigate(`/auctions/${auction.id}`);
    } catch (error) {
      const field =
        error instanceof ApiError && error.code === 'VALIDATION_FAILED'
          ? fieldOfApiError(error.details, error.message)
          : null;
      if (field) setErrors({ [field]: apiFieldMessage(field, t) });
      setFormError(field ? t.newAuction.fixErrors : errorMessage(error, t, locale));
      setSubmitting(false);
    }
  };

  const sections = { values, errors, set };

  return (
    <form className="panel narrow form" onSubmit={submit} noValidate>
      <h1>{t.newAuction.title}</h1>
      {copiedFrom ? (
        <p className="notice" data-testid="copied-from">
          {t.newAuction.copiedFrom(copiedFrom.title)}
          {copiedFrom.hasReserve ? ` ${t.newAuction.reserveAgain}` : ''}
        </p>
      ) : null}
      <TextField
        label={t.newAuction.itemTitle}
        maxLength={TITLE_MAX}
        required
        {...bind(sections, 'title')}
      />
      <TextAreaField
        id="description"
        label={t.newAuction.description}
        hint={t.newAuction.descriptionHint}
        maxLength={DESCRIPTION_MAX}
        rows={5}
        value={values.description}
        error={errors.description}
        onChange={(event) => set('description', event.target.value)}
      />
      <PriceFields {...sections} />
      <StartChoice {...sections} />
      <EndChoice {...sections} units={Object.keys(DURATION_UNITS)} />
      <SoftCloseChoice {...sections} />
      <PhotoPicker photos={photos} onChange={setPhotos} />
      <div role="alert" className="form__error" data-testid="form-error">
        {formError ? <p className="feedback feedback--error">{formError}</p> : null}
      </div>
      <div role="status" data-testid="photo-progress">
        {sendingPhoto ? (
          <p className="feedback">
            {t.photos.sendingAfterCreate(sendingPhoto.n, sendingPhoto.total)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitting ? t.newAuction.submitting : t.newAuction.submit}
      </button>
    </form>
  );
}
