/**
 * Form fields with their label, hint and error tied together: the error is announced with the
 * field (aria-describedby) and the field is marked invalid (aria-invalid), WCAG 3.3.1 / 1.3.1.
 */
import { useId, type ReactNode } from 'react';
import { DateField, WeekField } from './date-fields.js';
import { describedBy, FieldMessages } from './field-messages.js';

interface FieldBase {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

export interface TextFieldProps extends FieldBase {
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** date and week are DateField and WeekField (date-fields.tsx): the same in every browser. */
  type?: 'text' | 'email' | 'password' | 'date' | 'week';
  /** 'numeric' for whole numbers: a numeric keyboard without the quirks of type="number". */
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  required?: boolean;
}

export function TextField(props: TextFieldProps) {
  if (props.type === 'date') return <DateField {...props} />;
  if (props.type === 'week') return <WeekField {...props} />;
  return <PlainTextField {...props} />;
}

function PlainTextField({
  label,
  error,
  hint,
  name,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
  required,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} error={error} hint={hint} />
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode={inputMode}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps extends FieldBase {
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  required?: boolean;
}

export function SelectField({
  label,
  error,
  hint,
  name,
  value,
  onChange,
  options,
  required,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} error={error} hint={hint} />
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  value,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  value?: string;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A group of related controls with a legend, and one error for the group. */
export function FieldGroup({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="field-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
