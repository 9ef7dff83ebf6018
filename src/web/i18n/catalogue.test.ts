import { en } from './en';
import { interpolate } from './I18nProvider';
import { vi as viCatalogue } from './catalogue.vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('gives every Vietnamese message an English one with the same placeholders', () => {
    for (const [key, text] of Object.entries(viCatalogue)) {
      const english = en[key as keyof typeof viCatalogue];
      expect(english, key).toBeTruthy();
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Xin chào, {name}', { name: 'Lan' })).toBe('Xin chào, Lan');
    expect(interpolate('Trang {n} / {total}', { n: 2 })).toBe('Trang 2 / {total}');
  });
});
