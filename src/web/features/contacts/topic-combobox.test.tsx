// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../testing/render.js';
import type { Topic } from './contact-types.js';
import { TopicCombobox } from './topic-combobox.js';
import { topicUsageOf } from './topic-search.js';

afterEach(cleanup);

const topic = (id: string, path: string, retired = false): Topic => ({
  id,
  parentId: null,
  name: path.split(' › ').pop() ?? path,
  ownerUnitId: 'unit',
  defaultFailureReason: null,
  retiredAt: retired ? '2026-01-01T00:00:00.000Z' : null,
  path,
});

const topics = [
  topic('va', 'Vatten och avlopp'),
  topic('va-faktura', 'Vatten och avlopp › Faktura'),
  topic('avfall-faktura', 'Avfall › Faktura'),
  topic('gammal', 'Vatten och avlopp › Gammal taxa', true),
];

function Harness({ onPicked = () => undefined }: { onPicked?: () => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <TopicCombobox
        topics={topics}
        usage={topicUsageOf([{ topicId: 'va-faktura' }])}
        value={value}
        onChange={setValue}
        onPicked={onPicked}
      />
      <div data-testid="value">{value ?? 'none'}</div>
    </>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Ämne' });
const key = (k: string) => fireEvent.keyDown(input(), { key: k });

describe('TopicCombobox (ARIA 1.2 combobox with a listbox)', () => {
  it('closed until focused; focus opens the guide’s recent topics first', () => {
    renderWithApp(<Harness />);
    expect(input().getAttribute('aria-expanded')).toBe('false');
    fireEvent.focus(input());
    expect(input().getAttribute('aria-expanded')).toBe('true');
    const first = screen.getAllByRole('option')[0];
    expect(first?.textContent).toBe('Vatten och avlopp › Faktura');
    expect(screen.getByRole('group', { name: 'Senast använda' })).toBeTruthy();
  });

  it('typing highlights the best match through aria-activedescendant; arrows move it; Enter picks and moves on', () => {
    let picked = 0;
    renderWithApp(<Harness onPicked={() => (picked += 1)} />);
    fireEvent.change(input(), { target: { value: 'faktura' } });
    const active = input().getAttribute('aria-activedescendant');
    // Equally good matches: the one the guide has used comes first.
    expect(active && document.getElementById(active)?.textContent).toBe('Vatten och avlopp › Faktura');
    key('ArrowDown');
    const next = input().getAttribute('aria-activedescendant');
    expect(next && document.getElementById(next)?.getAttribute('aria-selected')).toBe('true');
    expect(next && document.getElementById(next)?.textContent).toBe('Avfall › Faktura');
    key('Enter');
    expect(screen.getByTestId('value').textContent).toBe('avfall-faktura');
    expect((input() as HTMLInputElement).value).toBe('Avfall › Faktura');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(picked).toBe(1);
  });

  it('retired topics are not offered', () => {
    renderWithApp(<Harness />);
    fireEvent.change(input(), { target: { value: 'gammal' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Inget ämne matchar sökningen.');
  });

  it('Escape closes the list, a second Escape clears the choice; typing again un-picks', () => {
    renderWithApp(<Harness />);
    fireEvent.change(input(), { target: { value: 'avfall' } });
    key('Enter');
    expect(screen.getByTestId('value').textContent).toBe('avfall-faktura');
    fireEvent.change(input(), { target: { value: 'Avfall › Faktur' } });
    expect(screen.getByTestId('value').textContent).toBe('none');
    key('Escape');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    key('Escape');
    expect((input() as HTMLInputElement).value).toBe('');
  });

  it('Ctrl+Enter is left to the form (save)', () => {
    renderWithApp(<Harness />);
    fireEvent.change(input(), { target: { value: 'avfall' } });
    fireEvent.keyDown(input(), { key: 'Enter', ctrlKey: true });
    expect(screen.getByTestId('value').textContent).toBe('none');
  });
});
