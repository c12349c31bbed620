/**
 * Date and week fields that behave the same in every browser (issue #13). A day is a text field
 * typed and shown as ÅÅÅÅ-MM-DD (never <input type=date>, whose format follows the browser's
 * locale); a week is picked with a year and a week number list (never <input type=week>, which
 * Firefox and Safari lack). Label, hint and error are tied to the controls with
 * aria-describedby; an error found when the field is left is announced (role=alert).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth, formatDayShort, formatLocaleOf } from '../../core/text/format.js';
import { addDays, mondayOfIsoWeek, weeksInIsoYear } from '../features/telephony/iso-week.js';
import { describedBy, FieldMessages } from './field-messages.js';
import { isDayTextValid, normalizeDayText, pickerYears, weekOf, weekParts } from './date-text.js';

interface DateFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
}

/** A day, typed ÅÅÅÅ-MM-DD; "2026-1-5" or "20260105" is tidied when the field is left. */
export function DateField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  required,
  className,
}: DateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [invalid, setInvalid] = useState(false);
  const format = t('common.dateFormat');
  // A hint that already says the format keeps its words; any other gets the format after it.
  const fullHint = hint ? (/ÅÅÅÅ|YYYY/.test(hint) ? hint : `${hint} ${format}`) : format;
  const ownError = !error && invalid ? t('common.dateInvalid') : undefined;
  const shown = error ?? ownError;
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {fullHint}
      </p>
      {shown && (
        <p className="field-error" id={`${id}-error`} role={ownError ? 'alert' : undefined}>
          {shown}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="text"
        value={value}
        maxLength={10}
        size={12}
        spellCheck={false}
        autoComplete="off"
        required={required}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, shown && `${id}-error`)}
        onChange={(e) => {
          onChange(e.target.value);
          if (invalid && isDayTextValid(e.target.value)) setInvalid(false);
        }}
        onBlur={() => {
          const tidy = normalizeDayText(value);
          if (tidy !== value) onChange(tidy);
          setInvalid(!isDayTextValid(tidy));
        }}
      />
    </div>
  );
}

/** An ISO week 'YYYY-Www', picked as a year and a week number; its Monday to Sunday said below. */
export function WeekField({ label, name, value, onChange, hint, error }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = formatLocaleOf(i18n.language);
  const parts = weekParts(value);
  const thisYear = new Date().getFullYear();
  const typedYear = Number(value.slice(0, 4));
  const year = parts?.year ?? (Number.isInteger(typedYear) && typedYear >= 1900 ? typedYear : thisYear);
  const years = pickerYears(thisYear, year);
  const weeks = Array.from({ length: weeksInIsoYear(year) }, (_, i) => i + 1);
  const described = describedBy(
    hint && `${id}-hint`,
    error && `${id}-error`,
    parts !== null && `${id}-chosen`,
  );
  const monday = parts ? mondayOfIsoWeek(value) : null;
  return (
    <fieldset className="field week-field" aria-describedby={described}>
      <legend id={`${id}-legend`}>{label}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="week-field-controls">
        <span className="week-field-part">
          <label id={`${id}-year-label`} htmlFor={`${id}-year`}>
            {t('common.weekYear')}
          </label>
          <select
            id={`${id}-year`}
            name={`${name}-year`}
            value={String(year)}
            aria-labelledby={`${id}-legend ${id}-year-label`}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(e) => onChange(weekOf(Number(e.target.value), parts?.week ?? 1))}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </span>
        <span className="week-field-part">
          <label id={`${id}-week-label`} htmlFor={`${id}-week`}>
            {t('common.weekNumber')}
          </label>
          <select
            id={`${id}-week`}
            name={name}
            value={parts ? String(parts.week) : ''}
            aria-labelledby={`${id}-legend ${id}-week-label`}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(e) => {
              if (e.target.value) onChange(weekOf(year, Number(e.target.value)));
            }}
          >
            {!parts && <option value="">{t('common.weekNone')}</option>}
            {weeks.map((w) => {
              const first = mondayOfIsoWeek(weekOf(year, w));
              return (
                <option key={w} value={String(w)}>
                  {t('common.weekOption', {
                    week: w,
                    from: formatDayMonth(first, locale),
                    to: formatDayMonth(addDays(first, 6), locale),
                  })}
                </option>
              );
            })}
          </select>
        </span>
      </div>
      {monday && (
        <p className="field-hint" id={`${id}-chosen`}>
          {t('common.weekChosen', {
            from: formatDayShort(monday, locale),
            to: formatDayShort(addDays(monday, 6), locale),
          })}
        </p>
      )}
    </fieldset>
  );
}
