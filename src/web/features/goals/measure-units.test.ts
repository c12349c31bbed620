import { describe, expect, it } from 'vitest';
import { MEASURE_DEFINITIONS, MEASURES } from '../../../core/signals/measures.js';
import { isCapacity, MEASURE_KEYS, unitOf } from './measure-units.js';

describe('the pages’ measure list', () => {
  it('holds exactly core’s measures, each with core’s unit and capacity', () => {
    expect([...MEASURE_KEYS].sort()).toEqual([...MEASURES].sort());
    for (const key of MEASURES) {
      expect(unitOf(key), key).toBe(MEASURE_DEFINITIONS[key].unit);
      expect(isCapacity(key), key).toBe(MEASURE_DEFINITIONS[key].isCapacity);
    }
  });
});
