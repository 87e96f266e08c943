import { describe, expect, it } from 'vitest';
import { splitTimeLinks } from './time-links';

describe('splitTimeLinks', () => {
  it('finds m:ss and h:mm:ss times among the words', () => {
    expect(splitTimeLinks('Look at 12:34, then 1:02:03!')).toEqual([
      { kind: 'text', text: 'Look at ' },
      { kind: 'time', text: '12:34', seconds: 754 },
      { kind: 'text', text: ', then ' },
      { kind: 'time', text: '1:02:03', seconds: 3723 },
      { kind: 'text', text: '!' },
    ]);
  });

  it('links a time at the very start and end, and 0:05', () => {
    expect(splitTimeLinks('0:05')).toEqual([{ kind: 'time', text: '0:05', seconds: 5 }]);
    expect(splitTimeLinks('3:00 and 4:59').map((p) => p.kind)).toEqual(['time', 'text', 'time']);
  });

  it('leaves dates, ratios and malformed times as text', () => {
    for (const text of ['2024:12:31', '10:30:45:00', '1:5', '12:60', '1:60:00', 'a 1:2:3 b', '123:456']) {
      expect(splitTimeLinks(text).every((p) => p.kind === 'text'), text).toBe(true);
    }
  });

  it('reads minutes past the hour when no hour is written', () => {
    expect(splitTimeLinks('75:20')).toEqual([{ kind: 'time', text: '75:20', seconds: 4520 }]);
  });

  it('keeps times past the end of the video as text', () => {
    expect(splitTimeLinks('at 0:30 and 9:00', 60)).toEqual([
      { kind: 'text', text: 'at ' },
      { kind: 'time', text: '0:30', seconds: 30 },
      { kind: 'text', text: ' and 9:00' },
    ]);
  });

  it('returns markup as plain text pieces (rendered as text, never as HTML)', () => {
    expect(splitTimeLinks('<img src=x onerror=alert(1)> 0:05')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'time', text: '0:05', seconds: 5 },
    ]);
  });

  it('joins back to the original text', () => {
    const text = 'Intro 0:00 — chorus 2:15 — outro 1:02:03 (2024:01:01)';
    expect(splitTimeLinks(text).map((p) => p.text).join('')).toBe(text);
  });
});
