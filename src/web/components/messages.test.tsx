// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.js';
import { FormAlert, reportFailure, StatusMessage, useStatus } from './messages.js';

afterEach(cleanup);

function Form({ error, saved = 'Sparad: Faktura.' }: { error: ApiError | null; saved?: string }) {
  const [status, setStatus] = useStatus();
  return (
    <>
      <StatusMessage text={status} />
      <FormAlert error={error} />
      <button type="button" onClick={() => setStatus(saved)}>
        Spara
      </button>
    </>
  );
}
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
const statusText = () => screen.getByRole('status').textContent;

describe('one status at a time', () => {
  it('a failed save takes the previous save’s confirmation away; the next success shows again', () => {
    const { rerender } = render(<Form error={null} />);
    save();
    expect(statusText()).toBe('Sparad: Faktura.');

    rerender(<Form error={new ApiError(422, 'validation_failed', 'Ämnet finns inte.')} />);
    expect(screen.getByRole('alert').textContent).toBe('Ämnet finns inte.');
    expect(statusText()).toBe('');
    expect(screen.getByRole('status').className).toBe('alert-empty');

    // The same text again after a success is the new latest status.
    rerender(<Form error={null} />);
    save();
    expect(statusText()).toBe('Sparad: Faktura.');
  });

  it('a form’s own refusal counts too (reportFailure)', () => {
    render(<Form error={null} saved="Ändringarna är sparade." />);
    save();
    act(() => reportFailure());
    expect(statusText()).toBe('');
  });

  it('a fixed confirmation counts from when it is first shown', () => {
    reportFailure();
    render(<StatusMessage text="Förbättringen är skapad." />);
    expect(statusText()).toBe('Förbättringen är skapad.');
    act(() => reportFailure());
    expect(statusText()).toBe('');
  });
});
