import { describe, expect, it } from 'vitest';
import { parseFilenameDate, parseOffsetMinutes, parseTakenAt } from './taken-at';

describe('parseTakenAt', () => {
  it('reads EXIF dates as wall clock, with the instant when the offset is known', () => {
    expect(parseTakenAt('2008:05:30 15:56:01')).toEqual({ takenAtLocal: new Date('2008-05-30T15:56:01Z'), takenAtUtc: null });
    expect(parseTakenAt('2019:12:31 23:30:00', '+09:00')).toEqual({
      takenAtLocal: new Date('2019-12-31T23:30:00Z'),
      takenAtUtc: new Date('2019-12-31T14:30:00Z'),
    });
    expect(parseTakenAt('2008:05:30 15:56:01.25')?.takenAtLocal).toEqual(new Date('2008-05-30T15:56:01.250Z'));
  });

  it('adds EXIF sub-seconds, which are a decimal fraction, unless the string has its own', () => {
    expect(parseTakenAt('2021:04:11 15:47:53', '-05:00', '054')).toEqual({
      takenAtLocal: new Date('2021-04-11T15:47:53.054Z'),
      takenAtUtc: new Date('2021-04-11T20:47:53.054Z'),
    });
    expect(parseTakenAt('2012:07:14 16:30:12', null, '68')?.takenAtLocal).toEqual(new Date('2012-07-14T16:30:12.680Z'));
    expect(parseTakenAt('2008:05:30 15:56:01.25', null, '999')?.takenAtLocal).toEqual(new Date('2008-05-30T15:56:01.250Z'));
    expect(parseTakenAt('2008:05:30 15:56:01', null, 'junk')?.takenAtLocal).toEqual(new Date('2008-05-30T15:56:01.000Z'));
  });

  it('reads XMP/ISO dates with their own offset', () => {
    expect(parseTakenAt('2010-04-13T09:37:22+02:00')).toEqual({
      takenAtLocal: new Date('2010-04-13T09:37:22Z'),
      takenAtUtc: new Date('2010-04-13T07:37:22Z'),
    });
    expect(parseTakenAt('2011-09-23T12:43:03Z')?.takenAtUtc).toEqual(new Date('2011-09-23T12:43:03Z'));
  });

  it('refuses empty, zeroed and impossible dates', () => {
    for (const bad of ['', '0000:00:00 00:00:00', '2019:02:30 10:00:00', '2019:13:01 10:00:00', 'yesterday', 42, null]) {
      expect(parseTakenAt(bad)).toBeNull();
    }
  });
});

describe('parseOffsetMinutes', () => {
  it('reads EXIF offsets', () => {
    expect(parseOffsetMinutes('+09:00')).toBe(540);
    expect(parseOffsetMinutes('-05:30')).toBe(-330);
    expect(parseOffsetMinutes('Z')).toBe(0);
    expect(parseOffsetMinutes('   ')).toBeNull();
    expect(parseOffsetMinutes('+25:00')).toBeNull();
  });
});

describe('parseFilenameDate', () => {
  it.each([
    ['IMG_20180725_163423.jpg', '2018-07-25T16:34:23Z'],
    ['VID_20180725_163423.mp4', '2018-07-25T16:34:23Z'],
    ['PXL_20210101_123456789.jpg', '2021-01-01T12:34:56Z'],
    ['2018-07-25 16.34.23.jpg', '2018-07-25T16:34:23Z'],
    ['20180725_163423.jpg', '2018-07-25T16:34:23Z'],
    ['Screenshot_20180725-163423.png', '2018-07-25T16:34:23Z'],
  ])('%s', (name, expected) => {
    expect(parseFilenameDate(name)).toEqual(new Date(expected));
  });

  it('ignores names without a real date', () => {
    expect(parseFilenameDate('IMG_20181325_163423.jpg')).toBeNull();
    expect(parseFilenameDate('holiday.jpg')).toBeNull();
    expect(parseFilenameDate('DSC01234.JPG')).toBeNull();
  });
});
