// A textarea that edits a list, one item a line. The text is kept as typed (blank lines
// included) so Enter does not vanish; the list handed up has the blank lines left out.
import { useState } from 'preact/hooks';
import { FieldErrors } from './field-errors-view';

interface Props {
  id: string;
  /** The policy field, for tests and styles ("patterns", "examples.flag"). */
  field: string;
  label: string;
  hint: string;
  value: readonly string[];
  onChange: (items: string[]) => void;
  errors: readonly string[] | undefined;
}

export function ListField({ id, field, label, hint, value, onChange, errors }: Props) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <div class="rf-field" data-field={field}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        // Hebrew and English items alike, each line in its own direction.
        dir="auto"
        rows={Math.min(8, Math.max(2, value.length + 1))}
        value={text}
        aria-invalid={errors?.length ? 'true' : 'false'}
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          onChange(next.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
        }}
      />
      <small id={`${id}-hint`}>{hint}</small>
      <FieldErrors errors={errors} />
    </div>
  );
}
