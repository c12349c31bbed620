/**
 * A group of radio buttons with a legend, one error for the group, and the single key of each
 * option shown beside it (and given to assistive technology as aria-keyshortcuts). Native radio
 * buttons: arrow keys move within the group and Tab leaves it, as everywhere else.
 */
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The single key that picks it on the logging screen, if any. */
  shortcut?: string | undefined;
}

export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  error,
  hint,
  className,
}: {
  legend: string;
  /** The radio buttons' name, also how the logging screen finds them to move focus. */
  name: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field-group choice-group ${className ?? ''}`}
      aria-describedby={described || undefined}
      data-invalid={error ? 'true' : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="choices">
        {choices.map((choice) => (
          <div className="choice" key={choice.value}>
            <input
              type="radio"
              id={`${id}-${choice.value}`}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-keyshortcuts={choice.shortcut}
            />
            <label htmlFor={`${id}-${choice.value}`}>
              {choice.shortcut && (
                <kbd className="key" aria-hidden="true">
                  {choice.shortcut.toUpperCase()}
                </kbd>
              )}
              {choice.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
