import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Hedemora styr mot jämställdhet', 'hedemora-styr-mot-jamstalldhet'],
    ['Åre – Östersund: ett samarbete!', 'are-ostersund-ett-samarbete'],
    ['Café Noël à la crème', 'cafe-noel-a-la-creme'],
    ['Budget 2020/21 – "Jämställd"', 'budget-2020-21-jamstalld'],
    ['<b>Fet</b> rubrik', 'b-fet-b-rubrik'],
    ['  ---  ', 'exempel'],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary, at most 80 characters', () => {
    const title = 'Verksamhetsnära utbildning skapar gemensam grund för jämlikhetsarbetet i alla kommunens förvaltningar och bolag';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('verksamhetsnara-utbildning-skapar-gemensam-grund-for-jamlikhetsarbetet-i-alla');
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });

  it('is stable', () => {
    const title = 'Unga formar framtidens fritidsgårdar i Östersund';
    expect(slugify(title)).toBe(slugify(title));
    expect(slugify(slugify(title))).toBe(slugify(title));
  });
});
