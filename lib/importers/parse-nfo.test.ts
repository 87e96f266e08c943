import { describe, expect, it } from 'vitest';
import { NFO_MAX_BYTES, parseNfo } from './parse-nfo';

const parse = (xml: string) => parseNfo(Buffer.from(xml));

describe('parseNfo', () => {
  it('reads a movie: plot before outline, premiered, first studio, actors by order, genres split and tags', () => {
    const r = parse(`<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<movie>
  <title>Big  Trip &amp; Back</title>
  <outline>short</outline>
  <plot>Line one.
Line two.</plot>
  <year>2019</year>
  <premiered>2019-05-31</premiered>
  <studio>North Films</studio><studio>South Films</studio>
  <genre>Drama / Travel</genre><genre>drama</genre>
  <tag>Beach</tag>
  <actor><name>Bea Second</name><role>Guide</role><order>1</order></actor>
  <actor><name>Ann First</name><role>Hero</role><order>0</order><thumb>x.jpg</thumb></actor>
</movie>
http://www.imdb.com/title/tt0000001/`);
    expect(r).toEqual({
      ok: true,
      nfo: {
        kind: 'movie',
        title: 'Big Trip & Back',
        description: 'Line one.\nLine two.',
        releaseDate: '2019-05-31',
        year: 2019,
        studio: 'North Films',
        actors: [
          { name: 'Ann First', role: 'Hero', order: 0 },
          { name: 'Bea Second', role: 'Guide', order: 1 },
        ],
        tags: ['Drama', 'Travel', 'Beach'],
        episode: null,
      },
    });
  });

  it('reads an episode: aired, outline when there is no plot, the show kept aside', () => {
    const r = parse(`<episodedetails><title>Pilot</title><showtitle>The Show</showtitle><season>1</season><episode>2</episode>
      <outline>It starts.</outline><aired>2001-02-03</aired></episodedetails>`);
    expect(r.ok && r.nfo).toMatchObject({ kind: 'episode', title: 'Pilot', description: 'It starts.', releaseDate: '2001-02-03', episode: { show: 'The Show', season: 1, episode: 2 }, tags: [] });
  });

  it('a year alone sets no release date, and an impossible date is ignored', () => {
    const r = parse('<movie><title>x</title><year>1999</year><premiered>1999-02-30</premiered></movie>');
    expect(r.ok && [r.nfo.releaseDate, r.nfo.year]).toEqual([null, 1999]);
  });

  it('refuses malformed XML, other roots, entity declarations and files over 1 MB with a warning', () => {
    expect(parse('<movie><title>x</movie>')).toMatchObject({ ok: false });
    expect(parse('hello, not xml')).toMatchObject({ ok: false });
    expect(parse('<tvshow><title>x</title></tvshow>')).toMatchObject({ ok: false });
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><movie><title>&lol2;</title></movie>`;
    expect(parse(bomb)).toEqual({ ok: false, warning: 'The .nfo declares XML entities; it was not read.' });
    const xxe = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><movie><title>&x;</title></movie>`;
    expect(parse(xxe)).toMatchObject({ ok: false });
    expect(parseNfo(Buffer.alloc(NFO_MAX_BYTES + 1, 32))).toMatchObject({ ok: false });
  });
});
