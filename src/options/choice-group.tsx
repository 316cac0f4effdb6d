// A titled group of checkboxes or radio buttons, one choice a line: the shape the language
// and category sections share.
import type { ComponentChildren } from 'preact';

export function ChoiceGroup({ heading, children }: { heading: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>
        <h2>{heading}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

interface ChoiceProps {
  type: 'checkbox' | 'radio';
  /** The form name and value; left out for a choice that only shows a state (disabled). */
  name?: string;
  value?: string;
  checked: boolean;
  onChange?: (checked: boolean) => void;
  /** Set for a rule the team locks: its switch is shown on and disabled. */
  lockedRule?: string;
  children: ComponentChildren;
}

export function Choice({ type, name, value, checked, onChange, lockedRule, children }: ChoiceProps) {
  return (
    <label class={lockedRule ? 'choice locked' : 'choice'} data-locked-rule={lockedRule}>
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        disabled={lockedRule !== undefined}
        onChange={(event) => onChange?.(event.currentTarget.checked)}
      />
      {children}
    </label>
  );
}
