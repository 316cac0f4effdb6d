// The validation messages shown right under a field. The alert is a wrapper: a list keeps its
// list role (axe: a <ul> with role="alert" leaves its items outside any list).
export function FieldErrors({ errors }: { errors: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <div role="alert">
      <ul class="rf-errors">
        {errors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
