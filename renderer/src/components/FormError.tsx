interface FormErrorProps {
  id: string;
  message: string | null;
}

/** The server's Swedish sentence, announced at once and referenced by the field it concerns. */
export function FormError({ id, message }: FormErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}
