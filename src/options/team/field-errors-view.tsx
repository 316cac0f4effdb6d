// The validation messages shown right under a field.
export function FieldErrors({ errors }: { errors: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul class="rf-errors" role="alert">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
