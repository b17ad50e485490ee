import { csvField, csvNumber, openDataCsv } from './open-data-csv';

// The open data's CSV (RFC 4180): quoting, the formula guard, numbers without exponents or commas, lists.

describe('open data CSV', () => {
  it('writes numbers with a decimal point and never in exponent form', () => {
    expect(csvNumber(81.25)).toBe('81.25');
    expect(csvNumber(-0.5)).toBe('-0.5');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(12)).toBe('12');
    expect(csvNumber(1e-7)).toBe('0.0000001');
    expect(csvNumber(-2.5e-7)).toBe('-0.00000025');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('leaves a missing value empty, never 0, and writes booleans as true/false', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Kil, Eda')).toBe('"Kil, Eda"');
    expect(csvField('Projektet "Lika"')).toBe('"Projektet ""Lika"""');
    expect(csvField('rad ett\r\nrad två')).toBe('"rad ett\r\nrad två"');
    expect(csvField('rad ett\nrad två')).toBe('"rad ett\nrad två"');
    expect(csvField('Semikolon; går bra')).toBe('Semikolon; går bra');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, but not before a negative number', () => {
    expect(csvField('=HYPERLINK("http://example.se")')).toBe(`"'=HYPERLINK(""http://example.se"")"`);
    expect(csvField('+46 8 452 70 00')).toBe("'+46 8 452 70 00");
    expect(csvField('-3 år')).toBe("'-3 år");
    expect(csvField('@summa')).toBe("'@summa");
    expect(csvField('\tflik')).toBe("'\tflik");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Alla = lika')).toBe('Alla = lika');
  });

  it('joins a list with "; " in one field, guarded and quoted like any text', () => {
    expect(csvField(['Jämställdhet', 'Kultur och fritid'])).toBe('Jämställdhet; Kultur och fritid');
    expect(csvField([])).toBe('');
    expect(csvField(['Kil, Värmland', 'Eda'])).toBe('"Kil, Värmland; Eda"');
    expect(csvField(['=1+1'])).toBe("'=1+1");
  });

  it('writes the header row and one CRLF-ended line per row, in the columns’ order, without a byte order mark', () => {
    const csv = openDataCsv(
      ['code', 'name', 'generation'],
      [
        { generation: 0, code: '1780', name: 'Karlstad' },
        { code: '1715', name: 'Kil, "Fryksdalen"', generation: null },
      ],
    );
    expect(csv).toBe('code,name,generation\r\n1780,Karlstad,0\r\n1715,"Kil, ""Fryksdalen""",\r\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(openDataCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
