import { highlightToHtml, MAX_SEARCH_TERMS, parseSearchQuery } from './search-query';

describe('parseSearchQuery', () => {
  it('ANDs the words, each as a prefix, in lower case', () => {
    expect(parseSearchQuery('Jämställdhet  kommunernas')).toEqual({
      tsquery: `'jämställdhet':* & 'kommunernas':*`,
      words: ['jämställdhet', 'kommunernas'],
    });
  });

  it('makes quoted text a phrase of exact words', () => {
    expect(parseSearchQuery('"snabb hjälp" äldreomsorg').tsquery).toBe(`('snabb' <-> 'hjälp') & 'äldreomsorg':*`);
    // A single quoted word is still a prefix; an unclosed quote runs to the end.
    expect(parseSearchQuery('"skola" "tidiga insatser').tsquery).toBe(`'skola':* & ('tidiga' <-> 'insatser')`);
  });

  it('is null for nothing searchable', () => {
    expect(parseSearchQuery(null).tsquery).toBeNull();
    expect(parseSearchQuery('   ').tsquery).toBeNull();
    expect(parseSearchQuery(`&|!<->():*'"`).tsquery).toBeNull();
  });

  it('strips tsquery operators and quotes so input cannot break or widen the query', () => {
    expect(parseSearchQuery(`skola & !vård | (omsorg) <-> 'x':* \\ kommun's`).tsquery).toBe(
      `'skola':* & 'vård':* & 'omsorg':* & 'x':* & 'kommun':* & 's':*`,
    );
    expect(parseSearchQuery(`a'); DROP TABLE x; --`).tsquery).toBe(`'a':* & 'drop':* & 'table':* & 'x':*`);
    for (const query of [`'`, `''':*`, `"'"`, `:*:*`, `a:B`, `\u0000\u0001`]) {
      const { tsquery } = parseSearchQuery(query);
      expect(tsquery === null || /^[\p{L}\p{N}'():*&<\->\s]+$/u.test(tsquery)).toBe(true);
    }
  });

  it('keeps digits and letters from any alphabet, splits on hyphens and punctuation', () => {
    expect(parseSearchQuery('e-tjänst 2024, Ørsted').tsquery).toBe(`'e':* & 'tjänst':* & '2024':* & 'ørsted':*`);
  });

  it('bounds the number of terms', () => {
    const parsed = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' '));
    expect(parsed.tsquery!.split(' & ')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('highlightToHtml', () => {
  it('escapes everything, then turns the sentinels into <mark>', () => {
    expect(highlightToHtml('<script>x</script> \u0001jämställdhet\u0002 & "a"')).toBe(
      '&lt;script&gt;x&lt;/script&gt; <mark>jämställdhet</mark> &amp; &quot;a&quot;',
    );
    expect(highlightToHtml('\u0003b\u0004 \u0005amp; \u0001x\u0002')).toBe('&lt;b&gt; &amp;amp; <mark>x</mark>');
  });
});
