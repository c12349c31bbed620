// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../testing/render.js';
import { DateField, WeekField } from './date-fields.js';

afterEach(cleanup);

function Day({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField name="day" label="Dag" hint="Dagen då det hände." value={value} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

function Week({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <WeekField name="from" label="Från vecka" value={value} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

describe('the date field', () => {
  it('is a text field with the format in its hint, the same in every browser', () => {
    renderWithApp(<Day initial="2026-11-30" />);
    const input = screen.getByRole('textbox', { name: 'Dag' });
    expect(input.getAttribute('type')).toBe('text');
    expect(input).toHaveProperty('value', '2026-11-30');
    const hint = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe('Dagen då det hände. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-30.');
  });

  it('tidies "2026-1-5" into 2026-01-05 when it is left', () => {
    renderWithApp(<Day />);
    const input = screen.getByRole('textbox', { name: 'Dag' });
    fireEvent.change(input, { target: { value: '2026-1-5' } });
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '2026-01-05');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('announces a text that is no day, tied to the field, and clears it once the day is right', () => {
    renderWithApp(<Day />);
    const input = screen.getByRole('textbox', { name: 'Dag' });
    fireEvent.change(input, { target: { value: '30/11/2026' } });
    fireEvent.blur(input);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Det är inget datum. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-30.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    fireEvent.change(input, { target: { value: '2026-11-30' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the week field', () => {
  it('is a year and a week number, each named with the field, and says the week’s days', () => {
    renderWithApp(<Week initial="2026-W10" />);
    const year = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Från vecka År' });
    const week = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Från vecka Veckonummer' });
    expect(year.value).toBe('2026');
    expect(week.selectedOptions[0]?.textContent).toBe('v. 10 (2 mars–8 mars)');
    expect(week.options).toHaveLength(53);
    expect(screen.getByText('Måndag 2026-03-02 till söndag 2026-03-08.')).toBeTruthy();
    fireEvent.change(week, { target: { value: '12' } });
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('2026-W12');
  });

  it('keeps the week within a year of 52 weeks when the year changes', () => {
    renderWithApp(<Week initial="2026-W53" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Från vecka År' }), { target: { value: '2025' } });
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('2025-W52');
  });

  it('asks for a week when the one given does not exist', () => {
    renderWithApp(<Week initial="2025-W53" />);
    const week = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Från vecka Veckonummer' });
    expect(week.selectedOptions[0]?.textContent).toBe('Välj');
    expect(week.options).toHaveLength(53);
  });
});
