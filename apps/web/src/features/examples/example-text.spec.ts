import { describe, expect, it } from 'vitest';
import { paragraphs, parseSnippet, periodOf, safeHttpUrl, siteOf, telHref } from './example-text';

describe('paragraphs', () => {
  it('splits on blank lines, keeps single line breaks, drops empty ones', () => {
    expect(paragraphs('Första stycket.\nSamma stycke.\n\n  \n\nAndra stycket.\r\n\r\nTredje.  ')).toEqual([
      'Första stycket.\nSamma stycke.',
      'Andra stycket.',
      'Tredje.',
    ]);
    expect(paragraphs(null)).toEqual([]);
    expect(paragraphs(' \n\n ')).toEqual([]);
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http and https addresses only', () => {
    expect(safeHttpUrl('https://www.huddinge.se/jamlikhet')).toBe('https://www.huddinge.se/jamlikhet');
    expect(safeHttpUrl(' http://skr.se ')).toBe('http://skr.se/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('//evil.example/x')).toBeNull();
    expect(safeHttpUrl('/examples/x')).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it('names the site of a link', () => {
    expect(siteOf('https://www.skr.se/skr/demokrati.html')).toBe('skr.se');
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('08-535 300 00')).toBe('tel:0853530000');
    expect(telHref('+46 8 535 300 00')).toBe('tel:+46853530000');
    expect(telHref('saknas')).toBeNull();
  });
});

describe('periodOf', () => {
  it('is one year, a range, ongoing or only an end', () => {
    expect(periodOf(2020, 2020)).toEqual({ kind: 'single', year: 2020 });
    expect(periodOf(2019, 2021)).toEqual({ kind: 'range', start: 2019, end: 2021 });
    expect(periodOf(2018, null)).toEqual({ kind: 'ongoing', start: 2018 });
    expect(periodOf(null, 2021)).toEqual({ kind: 'until', end: 2021 });
    expect(periodOf(null, null)).toBeNull();
  });
});

describe('parseSnippet', () => {
  it('splits on the mark tags', () => {
    expect(parseSnippet('Arbetet med <mark>jämställdhet</mark> i <mark>förskolan</mark>')).toEqual([
      { text: 'Arbetet med ', marked: false },
      { text: 'jämställdhet', marked: true },
      { text: ' i ', marked: false },
      { text: 'förskolan', marked: true },
    ]);
  });

  it('decodes the escaped characters into text', () => {
    expect(parseSnippet('&lt;b&gt;Skola &amp; <mark>&quot;förskola&quot;</mark>&#39;s&lt;/b&gt;')).toEqual([
      { text: '<b>Skola & ', marked: false },
      { text: '"förskola"', marked: true },
      { text: "'s</b>", marked: false },
    ]);
  });

  it('decodes once: an escaped entity stays an entity in the text', () => {
    expect(parseSnippet('&amp;lt;script&amp;gt;')).toEqual([{ text: '&lt;script&gt;', marked: false }]);
  });

  it('gives other tags no meaning and joins adjacent parts', () => {
    expect(parseSnippet('<b>fet</b> <mark>a</mark><mark>b</mark>')).toEqual([
      { text: '<b>fet</b> ', marked: false },
      { text: 'ab', marked: true },
    ]);
    expect(parseSnippet('')).toEqual([]);
  });
});
