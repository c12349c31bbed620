// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '../../api/types.js';
import { renderWithApp } from '../../testing/render.js';
import type { Topic } from '../contacts/contact-types.js';
import type { AnalysisFilters } from './analysis-query.js';
import { FilterBar } from './filter-bar.js';

afterEach(cleanup);

const DEPT = '5b0c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const UNIT = '9f8e7d6c-5b4a-4321-8fed-cba987654321';
const TOPIC = '0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';
const OLD_TOPIC = '1e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';

const units: Unit[] = [
  { id: DEPT, parentId: null, name: 'Samhällsbyggnadsförvaltningen', kind: 'department', archivedAt: null },
  { id: UNIT, parentId: DEPT, name: 'Bygglov', kind: 'unit', archivedAt: null },
];
const topics: Topic[] = [
  {
    id: TOPIC,
    parentId: null,
    name: 'Bygglov',
    ownerUnitId: UNIT,
    defaultFailureReason: null,
    retiredAt: null,
    path: 'Bygglov',
  },
  {
    id: OLD_TOPIC,
    parentId: null,
    name: 'Sotning',
    ownerUnitId: DEPT,
    defaultFailureReason: null,
    retiredAt: '2025-01-01T00:00:00.000Z',
    path: 'Sotning',
  },
];

const FILTERS: AnalysisFilters = { from: '2025-05-01', to: '2026-04-30' };

function renderBar(filters: AnalysisFilters = FILTERS) {
  const onApply = vi.fn<(f: AnalysisFilters) => void>();
  renderWithApp(
    <FilterBar filters={filters} units={units} topics={topics} today="2026-05-14" onApply={onApply} />,
  );
  return { onApply, form: screen.getByRole('form', { name: 'Filter' }) };
}

describe('the analysis filter bar', () => {
  it('shows the period and every choice with a label, "Alla" when none is made', () => {
    const { form } = renderBar();
    expect(within(form).getByLabelText('Från och med')).toHaveProperty('value', '2025-05-01');
    expect(within(form).getByLabelText('Till och med')).toHaveProperty('value', '2026-04-30');
    for (const label of ['Kanal', 'Förvaltning eller enhet som äger ämnet', 'Ämne', 'Behov', 'Lösning']) {
      const select = within(form).getByLabelText<HTMLSelectElement>(label);
      expect(select.selectedOptions[0]?.textContent, label).toBe('Alla');
    }
  });

  it('offers the units by their path and the topics, retired ones marked', () => {
    const { form } = renderBar();
    const unit = within(form).getByLabelText('Förvaltning eller enhet som äger ämnet');
    expect(
      within(unit).getByRole('option', { name: 'Samhällsbyggnadsförvaltningen › Bygglov' }),
    ).toBeTruthy();
    const topic = within(form).getByLabelText('Ämne');
    expect(within(topic).getByRole('option', { name: 'Sotning (Avslutat)' })).toBeTruthy();
  });

  it('applies the choices made', () => {
    const { form, onApply } = renderBar();
    fireEvent.change(within(form).getByLabelText('Kanal'), { target: { value: 'email' } });
    fireEvent.change(within(form).getByLabelText('Förvaltning eller enhet som äger ämnet'), {
      target: { value: UNIT },
    });
    fireEvent.change(within(form).getByLabelText('Från och med'), { target: { value: '2026-01-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Visa' }));
    expect(onApply).toHaveBeenCalledWith({
      from: '2026-01-01',
      to: '2026-04-30',
      channel: 'email',
      unitId: UNIT,
      topicId: undefined,
      need: undefined,
      resolution: undefined,
    });
  });

  it('refuses a reversed period at the field and applies nothing', () => {
    const { form, onApply } = renderBar();
    fireEvent.change(within(form).getByLabelText('Till och med'), { target: { value: '2025-01-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Visa' }));
    expect(onApply).not.toHaveBeenCalled();
    const to = within(form).getByLabelText('Till och med');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    const described = to.getAttribute('aria-describedby') ?? '';
    expect(described.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(
      'Slutdagen kan inte vara före startdagen.',
    );
  });

  it('resets to the last twelve whole months with no filters', () => {
    const { form, onApply } = renderBar({ from: '2026-01-01', to: '2026-01-31', need: 'problem' });
    fireEvent.click(within(form).getByRole('button', { name: /^Återställ/ }));
    expect(onApply).toHaveBeenCalledWith({ from: '2025-05-01', to: '2026-04-30' });
    expect(within(form).getByLabelText<HTMLSelectElement>('Behov').value).toBe('');
  });

  it('keeps a chosen topic that the list does not hold rather than changing it silently', () => {
    const unknown = '2e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';
    const { form } = renderBar({ ...FILTERS, topicId: unknown });
    const topic = within(form).getByLabelText<HTMLSelectElement>('Ämne');
    expect(topic.value).toBe(unknown);
    expect(topic.selectedOptions[0]?.textContent).toBe('Vald tidigare (finns inte i listan)');
  });
});
