import { afterEach, describe, expect, it } from 'vitest';
import { hashFor, sectionFromHash, sections } from '../../renderer/src/navigation/sections';
import { bindNavigationToHash, useNavigation, type HashSource } from '../../renderer/src/navigation/navigation-store';

function fakeWindow(hash: string): HashSource & { go(hash: string): void } {
  const target = new EventTarget();
  const location = { hash };
  return {
    location,
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener),
    go(next) {
      location.hash = next;
      target.dispatchEvent(new Event('hashchange'));
    },
  };
}

afterEach(() => useNavigation.setState({ section: 'overview' }));

describe('section hashes', () => {
  it('round-trip every section', () => {
    for (const section of sections) expect(sectionFromHash(hashFor(section))).toBe(section);
  });

  it('fall back to the overview for an empty or unknown hash', () => {
    expect(sectionFromHash('')).toBe('overview');
    expect(sectionFromHash('#')).toBe('overview');
    expect(sectionFromHash('#/finns-inte')).toBe('overview');
  });
});

describe('navigation store bound to the hash', () => {
  it('starts at the section in the address and follows hash changes until unbound', () => {
    const win = fakeWindow('#/risk-matrix');
    const unbind = bindNavigationToHash(win);
    expect(useNavigation.getState().section).toBe('riskMatrix');

    win.go(hashFor('qualityPlan'));
    expect(useNavigation.getState().section).toBe('qualityPlan');

    unbind();
    win.go(hashFor('export'));
    expect(useNavigation.getState().section).toBe('qualityPlan');
  });
});
