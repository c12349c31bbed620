// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/problem.js';
import { renderWithApp } from '../../testing/render.js';
import { LoginPage } from './login-page.js';
import { LoginView } from './login-view.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('login page', () => {
  it('shows the server message when the password is wrong', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            status: 401,
            code: 'invalid_credentials',
            detail: 'Fel e-postadress eller lösenord.',
          }),
          {
            status: 401,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
    );
    renderWithApp(<LoginPage />, { path: '/login' });
    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('E-postadress'), { target: { value: 'anna@kommun.example' } });
    fireEvent.change(screen.getByLabelText('Lösenord'), { target: { value: 'fel-lösenord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Fel e-postadress eller lösenord.'),
    );
  });
});

describe('login view', () => {
  it('ties a field error to its field', () => {
    const error = new ApiError(
      400,
      'validation_failed',
      'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
      [{ pointer: '/body/password', code: 'required', detail: 'Obligatoriskt fält.' }],
    );
    renderWithApp(<LoginView pending={false} error={error} onSubmit={() => undefined} />);
    const password = screen.getByLabelText('Lösenord');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = password.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Obligatoriskt fält.');
    expect(screen.getByLabelText('E-postadress').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Rätta de markerade fälten.');
  });
});
