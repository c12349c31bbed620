/**
 * Text inputs of the contact form, in the pattern of components/fields.tsx (label, hint and
 * error tied together with aria-describedby, aria-invalid), with what that file has no need
 * for: a text area, a numeric keyboard on phones and tablets, and an extra description such as
 * the personal-data warning under a summary.
 */
import { useId, type ReactNode } from 'react';
import { describedBy, FieldMessages } from '../../components/field-messages.js';

interface InputProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  /** Rendered after the field, described by it (the personal-data warning, for example). */
  after?: (id: string) => ReactNode;
}

function useDescribed(hint: string | undefined, error: string | undefined, after: InputProps['after']) {
  const id = useId();
  return {
    id,
    describedBy: describedBy(hint && `${id}-hint`, error && `${id}-error`, after && `${id}-after`),
  };
}

export function TextInput({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  required,
  className,
  after,
  inputMode,
  maxLength,
  type = 'text',
}: InputProps & { inputMode?: 'numeric' | 'decimal' | 'text'; maxLength?: number; type?: 'text' | 'date' }) {
  const { id, describedBy } = useDescribed(hint, error, after);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        inputMode={inputMode}
        maxLength={maxLength}
        autoComplete="off"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {after?.(`${id}-after`)}
    </div>
  );
}

export function TextArea({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  required,
  className,
  after,
  maxLength,
  rows = 3,
}: InputProps & { maxLength?: number; rows?: number }) {
  const { id, describedBy } = useDescribed(hint, error, after);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        maxLength={maxLength}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {after?.(`${id}-after`)}
    </div>
  );
}
