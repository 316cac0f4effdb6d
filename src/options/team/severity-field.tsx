// A rule's severity, by the names the policy JSON and the command line use (info, warning,
// error), each with what it means for the agent and for `reframe check`.
import { SEVERITIES, type Severity } from '../../core/types';
import { t } from '../../platform/i18n';
import { severityHint, severityLabel } from '../../popup/labels';
import { FieldErrors } from './field-errors-view';

interface Props {
  /** The radio group's name, unique on the page. */
  name: string;
  value: Severity;
  onChange: (severity: Severity) => void;
  errors: readonly string[] | undefined;
}

export function SeverityField({ name, value, onChange, errors }: Props) {
  return (
    <fieldset class="rf-field rf-severity" data-field="severity">
      <legend>{t('severityField')}</legend>
      {SEVERITIES.map((severity) => (
        <label key={severity} class="rf-severity-option">
          <input type="radio" name={name} value={severity} checked={value === severity} onChange={() => onChange(severity)} />{' '}
          <strong>{t(severityLabel(severity))}</strong> <small>{t(severityHint(severity))}</small>
        </label>
      ))}
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
