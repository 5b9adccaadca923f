import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from '../../electron/main/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import {
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isLocalRequest,
  withContentSecurityPolicy,
} from '../../electron/main/security';

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: () => openHandler?.({ url: 'https://evil.example' }) };
}

describe('app origin', () => {
  it.each([
    ['app://kvalitetshjulet/index.html', true],
    ['app://kvalitetshjulet/assets/index.js', true],
    ['app://evil/index.html', false],
    ['app://kvalitetshjulet.evil.example/', false],
    ['app://user@kvalitetshjulet/', false],
    ['https://kvalitetshjulet/', false],
    ['file:///index.html', false],
    ['not a url', false],
  ])('%s is on the app origin: %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('web contents guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stops foreign URLs, lets app URLs through', (name) => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents);
    expect(fire(name, 'https://evil.example/')).toBe(true);
    expect(fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fire(name, 'app://kvalitetshjulet/index.html')).toBe(false);
  });

  it('denies every new window and every webview', () => {
    const { contents, fire, open } = fakeWebContents();
    hardenWebContents(contents);
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('guards web contents created later through the app hook', () => {
    let created: Listener | undefined;
    const app = { on: (name: string, listener: Listener) => name === 'web-contents-created' && (created = listener) };
    hardenAllWebContents(app as unknown as App);
    const { contents, fire } = fakeWebContents();
    created?.({}, contents);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('session guards', () => {
  function hardened() {
    const session = {
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    };
    hardenSession(session as unknown as Session);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = hardened();
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]({}, 'clipboard-read', 'app://kvalitetshjulet', {})).toBe(false);
  });

  it.each([
    ['app://kvalitetshjulet/index.html', false],
    ['app://kvalitetshjulet/assets/index.js', false],
    ['data:image/png;base64,iVBORw0KGgo=', false],
    ['blob:app://kvalitetshjulet/6f1c2d3e-0000-4000-8000-000000000000', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['https://example.com/', true],
    ['http://127.0.0.1:8080/api', true],
    ['ws://localhost:9229/', true],
    ['file:///C:/Users/x/Documents/plan.xlsx', true],
    ['app://evil.example/index.html', true],
    ['ftp://files.example/', true],
    ['not a url', true],
  ])('cancels every request that would leave the app: %s cancelled %s', (url, cancelled) => {
    const session = hardened();
    const callback = vi.fn();
    session.webRequest.onBeforeRequest.mock.calls[0]?.[0]({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
    expect(isLocalRequest(url)).toBe(!cancelled);
  });

  it('puts the strict policy on every response, replacing one the response brought', () => {
    const session = hardened();
    const callback = vi.fn();
    session.webRequest.onHeadersReceived.mock.calls[0]?.[0](
      { responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('is the policy the product asks for', () => {
    expect(withContentSecurityPolicy()['Content-Security-Policy']).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ]);
  });
});

/** The policy as directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('lets nothing be loaded from, sent to or framed by another origin', () => {
    // Only keywords and data: for images; any host, scheme or wildcard would name a remote origin.
    const local = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:']);
    for (const [name, sources] of policy) {
      expect(sources.filter((source) => !local.has(source)), name).toEqual([]);
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...policy].filter(([, sources]) => sources.includes('data:')).map(([name]) => name)).toEqual(['img-src']);
  });

  it('is the same policy in the renderer page’s meta tag, except frame-ancestors, which a meta tag cannot carry', () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const withoutFrameAncestors = new Map([...policy].filter(([name]) => name !== 'frame-ancestors'));
    expect(directives(meta ?? '')).toEqual(withoutFrameAncestors);
  });
});
