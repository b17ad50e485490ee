import { describe, expect, it } from 'vitest';
import nginxConf from '../../../ops/nginx/web.conf?raw';
import indexHtml from '../index.html?raw';
import { WEB_CONTENT_SECURITY_POLICY, WEB_SECURITY_HEADERS } from './security-headers';

/** The blocks of nginx's locations serving the app (not the ones proxying to the API). */
function appLocations(conf: string): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const match of conf.matchAll(/location\s+([^{]+?)\s*\{([^}]*)\}/g)) {
    const [, name = '', body = ''] = match;
    if (!body.includes('proxy_pass')) blocks[name] = body;
  }
  return blocks;
}

describe('the web app’s security headers', () => {
  it('nginx sends exactly these on every location of the app', () => {
    const locations = appLocations(nginxConf);
    expect(Object.keys(locations).sort()).toEqual(['/', '/assets/', '= /index.html']);
    for (const [location, body] of Object.entries(locations)) {
      for (const [name, value] of Object.entries(WEB_SECURITY_HEADERS)) {
        expect({ location, header: body.match(new RegExp(`add_header ${name} "([^"]*)" always;`))?.[1] }).toEqual({ location, header: value });
      }
      expect(body).toMatch(/add_header Strict-Transport-Security "max-age=\d+; includeSubDomains" always;/);
    }
  });

  it('allows scripts and styles from the page’s own origin only: nothing inline, no eval', () => {
    const directives = Object.fromEntries(WEB_CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('index.html has no inline script, style or event handler that the policy would block', () => {
    expect(indexHtml).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    for (const script of indexHtml.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(script).toMatch(/^<script[^>]*\ssrc="[^"]+"[^>]*><\/script>$/);
  });
});
