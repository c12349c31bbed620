import { describe, expect, it } from 'vitest';
import { formatGoalValue, parseTarget, targetText } from './goal-format.js';

describe('goal numbers', () => {
  it('formats by unit, a dash for no value', () => {
    expect(formatGoalValue(0.853, 'share', 'sv')).toBe('85,3\u00a0%');
    expect(formatGoalValue(0.853, 'share', 'en')).toBe('85.3%');
    expect(formatGoalValue(54.6, 'seconds', 'sv')).toBe('55\u00a0s');
    expect(formatGoalValue(1234, 'count', 'sv')).toBe('1\u00a0234');
    expect(formatGoalValue(null, 'share', 'sv')).toBe('–');
  });

  it('reads a share typed in per cent as a fraction', () => {
    expect(parseTarget('85', 'share')).toBe(0.85);
    expect(parseTarget('85,5', 'share')).toBe(0.855);
    expect(parseTarget(' 90 % ', 'share')).toBe(0.9);
    expect(parseTarget('101', 'share')).toBeNull();
    expect(parseTarget('', 'share')).toBeNull();
    expect(parseTarget('-5', 'share')).toBeNull();
    expect(targetText(0.855, 'share')).toBe('85.5');
  });

  it('reads seconds and counts as typed; a count must be whole', () => {
    expect(parseTarget('120', 'seconds')).toBe(120);
    expect(parseTarget('1 200', 'count')).toBe(1200);
    expect(parseTarget('12,5', 'count')).toBeNull();
    expect(parseTarget('abc', 'seconds')).toBeNull();
    expect(targetText(120, 'seconds')).toBe('120');
  });

  it('reads a survey index 0-100 and a mean grade 1-5, and shows them with their decimals', () => {
    expect(parseTarget('75', 'index')).toBe(75);
    expect(parseTarget('100,5', 'index')).toBeNull();
    expect(parseTarget('4,2', 'grade')).toBe(4.2);
    expect(parseTarget('0,5', 'grade')).toBeNull();
    expect(parseTarget('5,5', 'grade')).toBeNull();
    expect(formatGoalValue(84, 'index', 'sv')).toBe('84,0');
    expect(formatGoalValue(4.2133, 'grade', 'en')).toBe('4.21');
  });
});
