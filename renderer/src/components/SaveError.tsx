import { FormError } from './FormError';

interface SaveErrorProps {
  id: string;
  error: string | null;
  /** From useSubmit: set while the refusal asks whether a number in the text is a personnummer. */
  confirmNext: (() => void) | null;
  save(): void;
}

/**
 * The refusal of a save that no form submits (a field saved by a key, a bar of buttons): when the
 * server asks about a personnummer, its button saves again with the user's word that it is not one.
 */
export function SaveError({ id, error, confirmNext, save }: SaveErrorProps) {
  return (
    <FormError
      id={id}
      message={error}
      confirmOutsideForm
      onConfirm={
        confirmNext &&
        (() => {
          confirmNext();
          save();
        })
      }
    />
  );
}
