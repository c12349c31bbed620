/**
 * The topic picker: an editable combobox with a list that filters as the guide types (WAI-ARIA
 * 1.2 combobox pattern, "list autocomplete with manual selection"). Focus stays in the text
 * field; aria-activedescendant tells assistive technology which option is highlighted.
 * - typing filters (topic-search.ts) and highlights the best match;
 * - Down/Up move the highlight (Down opens the list), Enter picks the highlighted topic and moves
 *   on, as the hint says (WCAG 3.2.2: the guide is told before), Escape closes the list, then
 *   clears the field; Tab leaves without picking.
 * With an empty field the list starts with the guide's recent and most used topics.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from './contact-types.js';
import { topicOptions, type TopicGroup, type TopicOption, type TopicUsage } from './topic-search.js';

export interface TopicComboboxProps {
  topics: readonly Topic[];
  usage: TopicUsage;
  value: string | null;
  onChange: (topicId: string | null) => void;
  /** After a pick with Enter: the form moves focus on. */
  onPicked: () => void;
  error?: string | undefined;
  /** Text below the field, such as the chosen topic's responsible unit. */
  note?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** Consecutive options of the same group, for the list's group headings. */
function groupsOf(
  options: readonly TopicOption[],
): { group: TopicGroup; items: { option: TopicOption; index: number }[] }[] {
  const groups: { group: TopicGroup; items: { option: TopicOption; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = groups[groups.length - 1];
    if (last && last.group === option.group) last.items.push({ option, index });
    else groups.push({ group: option.group, items: [{ option, index }] });
  });
  return groups;
}

export function TopicCombobox({
  topics,
  usage,
  value,
  onChange,
  onPicked,
  error,
  note,
  inputRef,
}: TopicComboboxProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const chosen = topics.find((topic) => topic.id === value);
  const [query, setQuery] = useState(chosen?.path ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(
    () => topicOptions(topics, chosen?.path === query ? '' : query, usage),
    [topics, query, chosen, usage],
  );
  const optionId = (topic: Topic) => `${id}-option-${topic.id}`;
  const activeOption = open ? options[active] : undefined;
  const activeId = activeOption ? optionId(activeOption.topic) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const pick = (topic: Topic) => {
    onChange(topic.id);
    setQuery(topic.path);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey) return; // Ctrl+Enter saves the form.
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((i) => Math.min(i + 1, options.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (open) setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        // Never submits the form: Enter belongs to the picker.
        e.preventDefault();
        if (activeOption) {
          pick(activeOption.topic);
          onPicked();
        } else if (chosen && query === chosen.path) {
          setOpen(false);
          onPicked();
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
          onChange(null);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  const onType = (text: string) => {
    setQuery(text);
    setOpen(true);
    setActive(text.trim() === '' ? -1 : 0);
    if (value !== null) onChange(null);
  };

  const searching = query.trim() !== '' && query !== chosen?.path;
  const describedBy = [`${id}-hint`, note && `${id}-note`, error && `${id}-error`].filter(Boolean).join(' ');
  const showList = open && options.length > 0;
  return (
    <div className="field combobox">
      <label htmlFor={id}>{t('contacts.fields.topic')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('contacts.fields.topicHint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="combobox-anchor">
        <input
          id={id}
          ref={inputRef}
          type="text"
          name="topic"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={query}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('contacts.fields.topic')}
          className="combobox-list"
          hidden={!showList}
        >
          {groupsOf(options).map(({ group, items }) => {
            const rendered = items.map(({ option, index }) => (
              <li
                key={option.topic.id}
                id={optionId(option.topic)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'combobox-option is-active' : 'combobox-option'}
                // Keeps focus in the text field, so the click does not blur it first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  pick(option.topic);
                  onPicked();
                }}
              >
                {option.topic.path}
              </li>
            ));
            if (group === 'matches') return rendered;
            return (
              <li key={group} role="presentation">
                <ul role="group" aria-labelledby={`${id}-group-${group}`} className="combobox-group">
                  <li role="presentation" id={`${id}-group-${group}`} className="combobox-group-label">
                    {t(`contacts.topicPicker.${group}`)}
                  </li>
                  {rendered}
                </ul>
              </li>
            );
          })}
        </ul>
      </div>
      {note && (
        <p className="field-hint" id={`${id}-note`}>
          {note}
        </p>
      )}
      <p role="status" className="combobox-status">
        {searching && options.length === 0 ? t('contacts.topicPicker.noMatch') : ''}
      </p>
    </div>
  );
}
