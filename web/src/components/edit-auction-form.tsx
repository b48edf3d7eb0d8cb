// The seller's correction of the title, description or category, offered on
// the auction page until the first bid (the API refuses it after: bidders
// bid on what they read). Opens in place, filled with what the listing says;
// saving updates the page at once, every watcher through `auction:edited`
// and the lobby (and a category's results) through `auction:updated`.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Auction, EditAuctionBody } from '../../../core/schemas.ts';
import { categoryOf, isCategory } from '../categories.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from '../forms/new-auction-form.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { CategoryOptions } from './category-options.tsx';
import { OutcomeLine } from './outcome-line.tsx';
import { SelectField, TextAreaField, TextField } from './text-field.tsx';

interface EditAuctionFormProps {
  auction: Auction;
  edit(changes: EditAuctionBody): Promise<void>;
}

export function EditAuctionForm({ auction, edit }: EditAuctionFormProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(auction.title);
  const [description, setDescription] = useState(auction.description);
  const [category, setCategory] = useState(categoryOf(auction));
  const [titleError, setTitleError] = useState<string | undefined>();
  const { outcome, setOutcome, busy, run } = useAction();
  // Focus goes to the title when the form opens, and back to the button that
  // opened it when it closes (saved or not), as ConfirmAction does.
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) document.getElementById('edit-title')?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const start = () => {
    setTitle(auction.title);
    setDescription(auction.description);
    setCategory(categoryOf(auction));
    setOutcome(null);
    setTitleError(undefined);
    setOpen(true);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    // Blank once trimmed, as the API would refuse it: said beside the field.
    setTitleError(title.trim() ? undefined : t.field.required);
    if (!title.trim()) return;
    await run(async () => {
      await edit({ title, description, category });
      setOpen(false);
      return t.sellerPanel.saved;
    });
  };

  if (!open)
    return (
      <div className="edit-auction">
        <button
          ref={trigger}
          type="button"
          className="button"
          onClick={start}
          data-testid="edit-auction"
        >
          {t.sellerPanel.edit}
        </button>
        <OutcomeLine outcome={outcome} testId="edit-auction-outcome" />
      </div>
    );
  return (
    <form className="form edit-auction" onSubmit={save} noValidate data-testid="edit-auction-form">
      <TextField
        id="edit-title"
        label={t.sellerPanel.editTitle}
        maxLength={TITLE_MAX}
        required
        error={titleError}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          setTitleError(undefined);
        }}
      />
      <TextAreaField
        id="edit-description"
        label={t.sellerPanel.editDescription}
        maxLength={DESCRIPTION_MAX}
        rows={5}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <SelectField
        id="edit-category"
        label={t.sellerPanel.editCategory}
        value={category}
        onChange={(event) => {
          if (isCategory(event.target.value)) setCategory(event.target.value);
        }}
      >
        <CategoryOptions />
      </SelectField>
      <OutcomeLine outcome={outcome} testId="edit-auction-outcome" />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t.sellerPanel.save}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t.sellerPanel.back}
        </button>
      </div>
    </form>
  );
}
