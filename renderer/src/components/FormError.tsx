import { useTranslation } from 'react-i18next';

interface FormErrorProps {
  id: string;
  message: string | null;
  /**
   * Given while the server asks whether a number in the text is a personnummer: a button
   * that saves anyway once the user says it is not. Inside a form it submits the form.
   */
  onConfirm?: (() => void) | null;
  /** The button is no submit button (a field saved by Enter, outside a form). */
  confirmOutsideForm?: boolean;
}

/** The server's Swedish sentence, announced at once and referenced by the field it concerns. */
export function FormError({ id, message, onConfirm, confirmOutsideForm = false }: FormErrorProps) {
  const { t } = useTranslation();
  if (!message) return null;
  const text = (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
  if (!onConfirm) return text;
  return (
    <div className="form-error-confirm">
      {text}
      <button type={confirmOutsideForm ? 'button' : 'submit'} className="button" onClick={onConfirm}>
        {t('common.notPersonalData')}
      </button>
    </div>
  );
}
