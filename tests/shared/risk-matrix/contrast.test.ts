import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, textColorOn } from '../../../shared/risk-matrix/contrast';

describe('relativeLuminance / contrastRatio', () => {
  it('matches the WCAG end points and a known reference grey', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    // #767676 is the darkest grey commonly cited as passing 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('rejects anything but #RRGGBB', () => {
    expect(() => relativeLuminance('#fff')).toThrow('Färgen ska anges som #RRGGBB.');
    expect(() => relativeLuminance('red')).toThrow(/#RRGGBB/);
  });
});

describe('textColorOn', () => {
  it.each([
    // Hand-computed: L(#2e7d32) ≈ 0.155 → white 5.1, black 4.1.
    ['#2e7d32', '#ffffff', 5.13],
    // L(#f9a825) ≈ 0.483 → black 10.66, white only 2.0.
    ['#f9a825', '#000000', 10.66],
    // L(#ef6c00) ≈ 0.291 → black 6.8, white only 3.1.
    ['#ef6c00', '#000000', 6.82],
    // L(#c62828) ≈ 0.137 → white 5.6.
    ['#c62828', '#ffffff', 5.62],
  ])('puts %s text in %s with about %f:1', (background, text, ratio) => {
    expect(textColorOn(background)).toBe(text);
    expect(contrastRatio(background, text)).toBeCloseTo(ratio, 1);
  });

  it('takes white on dark and black on light colours', () => {
    expect(textColorOn('#000000')).toBe('#ffffff');
    expect(textColorOn('#ffffff')).toBe('#000000');
    expect(textColorOn('#1565C0')).toBe('#ffffff');
    expect(textColorOn('#ffeb3b')).toBe('#000000');
  });

  it('picks the better one even when neither reaches 4.5:1', () => {
    // Mid grey #808080: L ≈ 0.216 → black 5.3 > white 3.9; #6b6b6b: L ≈ 0.147 → white 5.3 > black 3.9.
    expect(textColorOn('#808080')).toBe('#000000');
    expect(textColorOn('#6b6b6b')).toBe('#ffffff');
  });
});
