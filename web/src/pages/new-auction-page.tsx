// `/new`: create an auction. Client-side checks give messages beside each
// field at once; the API's 400s are mapped back to the field they concern.
// `/new?from=<id>`: the form filled from one of the seller's own auctions
// (forms/offer-again.ts), to offer the item again, with its photos.
// Photos picked on the form are added one at a time once the auction exists,
// after the earlier auction's kept ones (forms/photos-after-create.ts); its
// page opens either way, and says there which ones failed.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { CategoryOptions } from '../components/category-options.tsx';
import { SelectField, TextAreaField, TextField } from '../components/text-field.tsx';
import { isCategory } from '../categories.ts';
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
import { mayOfferAgain, offerAgainValues } from '../forms/offer-again.ts';
import { MAX_PHOTOS } from '../forms/photo-files.ts';
import { handOverPhotoFailures } from '../forms/photo-handover.ts';
import {
  addPhotosAfterCreate,
  choosesPhotos,
  type PhotoCalls,
  type PhotoChoice,
  type PhotoProgress,
} from '../forms/photos-after-create.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { photosOf } from '../live/photos-of.ts';
import { serverNow } from '../live/server-clock.ts';
import { navigate, useLocation } from '../routing/router.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';
import { EarlierPhotos } from './new-auction-earlier-photos.tsx';
import { EndChoice } from './new-auction-end-choice.tsx';
import { bind, PriceFields, SoftCloseChoice, StartChoice } from './new-auction-sections.tsx';
import { PhotoPicker } from './new-auction-photos.tsx';

/** The new auction's photo calls; `fromId`: the earlier auction, when offering again. */
const photoCalls = (auctionId: string, fromId: string): PhotoCalls => ({
  copyEarlier: async () => (await api.copyPhotos(auctionId, fromId)).auction,
  remove: (photoId) => api.removePhoto(auctionId, photoId),
  add: (file) => api.addPhoto(auctionId, file),
});

export function NewAuctionPage() {
  const { t, locale } = useI18n();
  const session = useStore(sessionStore);
  const [values, setValues] = useState<NewAuctionValues>(emptyNewAuction);
  const [errors, setErrors] = useState<NewAuctionErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [copiedFrom, setCopiedFrom] = useState<Auction | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  /** The earlier auction's photos the seller left out (offering again). */
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [photoProgress, setPhotoProgress] = useState<PhotoProgress | null>(null);
  // Read when the earlier auction arrives: files picked meanwhile keep their room.
  const pickedCount = useRef(0);
  useEffect(() => {
    pickedCount.current = photos.length;
  }, [photos.length]);
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
        // Only one's own auctions: copying someone else's listing is no feature;
        // nor one a moderator removed, unless an appeal reversed the removal.
        if (!current || auction.seller.id !== sellerId || !mayOfferAgain(auction)) return;
        setValues(offerAgainValues(auction, locale));
        setCopiedFrom(auction);
        // All kept, as far as they fit beside the files already picked.
        const room = MAX_PHOTOS - pickedCount.current;
        setLeftOut(
          new Set(
            photosOf(auction)
              .slice(room)
              .map(({ id }) => id),
          ),
        );
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

  const earlier = copiedFrom ? photosOf(copiedFrom) : [];
  const photoChoice: PhotoChoice = { earlier: earlier.map(({ id }) => id), leftOut, files: photos };

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
      if (choosesPhotos(photoChoice)) {
        const calls = photoCalls(auction.id, copiedFrom?.id ?? '');
        handOverPhotoFailures(
          auction.id,
          await addPhotosAfterCreate(photoChoice, calls, setPhotoProgress),
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
      <SelectField
        id="category"
        label={t.newAuction.category}
        hint={t.newAuction.categoryHint}
        required
        value={values.category}
        error={errors.category}
        onChange={(event) => {
          if (isCategory(event.target.value)) set('category', event.target.value);
        }}
      >
        <CategoryOptions />
      </SelectField>
      <PriceFields {...sections} />
      <StartChoice {...sections} />
      <EndChoice {...sections} units={Object.keys(DURATION_UNITS)} />
      <SoftCloseChoice {...sections} />
      {earlier.length > 0 ? (
        <EarlierPhotos
          photos={earlier}
          leftOut={leftOut}
          onChange={setLeftOut}
          picked={photos.length}
        />
      ) : null}
      <PhotoPicker photos={photos} onChange={setPhotos} before={earlier.length - leftOut.size} />
      <div role="alert" className="form__error" data-testid="form-error">
        {formError ? <p className="feedback feedback--error">{formError}</p> : null}
      </div>
      <div role="status" data-testid="photo-progress">
        {photoProgress ? (
          <p className="feedback">
            {'copying' in photoProgress
              ? t.photos.copying
              : t.photos.sendingAfterCreate(photoProgress.n, photoProgress.total)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitting ? t.newAuction.submitting : t.newAuction.submit}
      </button>
    </form>
  );
}
