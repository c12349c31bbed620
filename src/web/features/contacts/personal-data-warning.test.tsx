// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithApp } from '../../testing/render.js';
import { PersonalDataWarning, personalDataKindsIn } from './personal-data-warning.js';

afterEach(cleanup);

describe('personalDataKindsIn', () => {
  it('each kind once, identity numbers first', () =>
    expect(personalDataKindsIn('Ring 070-123 45 67 eller 070-765 43 21, pnr 811218-9876')).toEqual([
      'personal_identity_number',
      'phone',
    ]));
  it('a case number and a time are no personal data', () =>
    expect(personalDataKindsIn('Ärende KS 2017/380, ringde 09:15')).toEqual([]));
});

describe('PersonalDataWarning', () => {
  let setText: (text: string) => void = () => undefined;
  function Field() {
    const [text, set] = useState('');
    setText = set;
    return <PersonalDataWarning text={text} />;
  }

  it('a live region that stays in the page and fills when personal data appears', () => {
    renderWithApp(<Field />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    act(() => setText('Hennes e-post är anna@example.se och telefon 070-123 45 67'));
    expect(status.textContent).toBe(
      'Texten verkar innehålla e-postadress och telefonnummer. Det maskeras när kontakten sparas, men ta gärna bort det själv.',
    );
    act(() => setText('Frågade om fakturan'));
    expect(status.textContent).toBe('');
  });
});
