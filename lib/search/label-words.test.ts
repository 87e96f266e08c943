import { describe, expect, it } from 'vitest';
import { labelKeysFor, labelText, labelWordForms } from './label-words';

describe('labelWordForms', () => {
  it('finds a key by its word, singular or plural, or a synonym', () => {
    expect(labelWordForms('animals')).toEqual(['animals', 'animal']);
    expect(labelWordForms('Dog')).toEqual(['dog']);
    expect(labelWordForms('beaches')).toContain('beach');
    expect(labelWordForms('puppies')).toContain('puppy');
    expect(labelWordForms('people')).toEqual(['people']);
    expect(labelKeysFor('person')).toContain('has_people');
    expect(labelKeysFor('outdoors')).toContain('is_outdoor');
    expect(labelKeysFor('selfies')).toContain('is_selfie');
  });

  it('never matches the question verbs or tiny words', () => {
    expect(labelWordForms('is')).toEqual([]);
    expect(labelWordForms('has')).toEqual([]);
    expect(labelWordForms('ox')).toEqual([]);
    expect(labelWordForms('glass')).toEqual(['glass']);
  });
});

describe('labelKeysFor', () => {
  it('spells out the keys a word finds', () => {
    expect(labelKeysFor('animals')).toEqual(expect.arrayContaining(['is_animal', 'has_animal', 'animal', 'is_animals']));
    expect(labelKeysFor('text')).toContain('has_text');
    expect(labelKeysFor('is')).toEqual([]);
  });
});

describe('labelText', () => {
  it('reads a key as words', () => {
    expect(labelText('is_animal')).toBe('animal');
    expect(labelText('has_text')).toBe('text');
    expect(labelText('is_')).toBe('is_');
  });
});
