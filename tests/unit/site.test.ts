import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../src/site';

describe('resolveSiteUrl', () => {
  it('uses DEFAULT_SITE_URL when SITE_URL is unset or blank', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('takes SITE_URL as an origin without trailing slash', () => {
    expect(resolveSiteUrl(' https://Glossar.Example.de/ ')).toBe('https://glossar.example.de');
    expect(resolveSiteUrl('http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
  });

  it('stops with a German message for an address that is not an http(s) origin', () => {
    expect(() => resolveSiteUrl('glossar.example.de')).toThrow(/keine gültige Adresse/);
    expect(() => resolveSiteUrl('ftp://glossar.example.de')).toThrow(/https:\/\//);
    expect(() => resolveSiteUrl('https://example.de/glossar/')).toThrow(/Protokoll und Host/);
    expect(() => resolveSiteUrl('https://example.de/?a=1')).toThrow(/Protokoll und Host/);
  });
});
