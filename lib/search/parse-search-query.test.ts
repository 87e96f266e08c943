import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './parse-search-query';

const today = new Date('2026-11-30T12:00:00Z');
const parse = (q: string) => parseSearchQuery(q, today);

describe('parseSearchQuery', () => {
  it('reads a year as the whole year', () => {
    expect(parse('2019')).toEqual({ words: [], date: { from: '2019-01-01', to: '2020-01-01', label: '2019' } });
  });

  it('reads a month with a year, by name or abbreviation, in either order', () => {
    const december = { from: '2018-12-01', to: '2019-01-01', label: 'December 2018' };
    expect(parse('december 2018').date).toEqual(december);
    expect(parse('Dec 2018').date).toEqual(december);
    expect(parse('2018 dec').date).toEqual(december);
    expect(parse('2019-07')).toEqual({ words: [], date: { from: '2019-07-01', to: '2019-08-01', label: 'July 2019' } });
    expect(parse('sept 2020').date).toMatchObject({ from: '2020-09-01', to: '2020-10-01' });
  });

  it('reads a season of any year, or of one year (winter runs into the next)', () => {
    expect(parse('summer')).toEqual({ words: [], date: { months: [6, 7, 8], label: 'Summer' } });
    expect(parse('summer 2019').date).toEqual({ from: '2019-06-01', to: '2019-09-01', label: 'Summer 2019' });
    expect(parse('winter 2019').date).toEqual({ from: '2019-12-01', to: '2020-03-01', label: 'Winter 2019' });
    expect(parse('july').date).toEqual({ months: [7], label: 'July' });
  });

  it('reads last year and this year from today', () => {
    expect(parse('last year').date).toMatchObject({ from: '2025-01-01', to: '2026-01-01' });
    expect(parse('beach this year')).toMatchObject({ words: ['beach'], date: { from: '2026-01-01', to: '2027-01-01' } });
  });

  it('keeps the rest as words, without joining words, lower-cased', () => {
    expect(parse('Dogs in the snow, summer 2019')).toEqual({ words: ['dogs', 'snow'], date: { from: '2019-06-01', to: '2019-09-01', label: 'Summer 2019' } });
    expect(parse('IMG_1234.jpg')).toEqual({ words: ['img_1234.jpg'], date: null });
    expect(parse('')).toEqual({ words: [], date: null });
  });

  it('takes numbers that are not years, and a second year, as words', () => {
    expect(parse('room 101').words).toEqual(['room', '101']);
    expect(parse('2019 2020')).toEqual({ words: ['2020'], date: { from: '2019-01-01', to: '2020-01-01', label: '2019' } });
    expect(parse('12345').words).toEqual(['12345']);
    expect(parse('2019-13').words).toEqual(['2019-13']);
  });
});
