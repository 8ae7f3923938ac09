import { describe, expect, it } from 'vitest';
import { parseCli } from './args.ts';

describe('parseCli', () => {
  it('defaults to the demo library on 127.0.0.1:5180', () => {
    expect(parseCli([], {})).toEqual({
      photos: [],
      data: 'data',
      port: 5180,
      host: '127.0.0.1',
      build: true,
      serveOnly: false,
      watch: true,
      upstream: null,
      apiKeyFile: null,
      accessKey: null,
      help: false,
    });
  });
  it('takes several photo folders, a data folder and a port', () => {
    const o = parseCli(['--photos', 'a', '--photos', 'b', '--data', '/tmp/d', '--port', '8080'], {});
    expect(o).toMatchObject({ photos: ['a', 'b'], data: '/tmp/d', port: 8080 });
  });
  it('serves an existing index without indexing with --serve-only', () => {
    expect(parseCli(['--serve-only', '--data', 'bench/.cache/1m'], {})).toMatchObject({
      serveOnly: true,
      photos: [],
    });
  });
  it('watches the photo folders unless told not to (and never an index served as it is)', () => {
    expect(parseCli(['--no-watch'], {}).watch).toBe(false);
    expect(parseCli(['--serve-only'], {}).watch).toBe(false);
  });
  it('reads PORT from the environment, the flag wins', () => {
    expect(parseCli([], { PORT: '9000' }).port).toBe(9000);
    expect(parseCli(['--port', '9001'], { PORT: '9000' }).port).toBe(9001);
  });
  it('serves a Gumnut account with --upstream, the key file optional', () => {
    expect(parseCli(['--upstream', 'https://api.gumnut.ai'], {})).toMatchObject({
      upstream: 'https://api.gumnut.ai',
      apiKeyFile: null,
    });
    expect(parseCli(['--upstream', 'http://127.0.0.1:9', '--api-key-file', 'k.txt'], {}).apiKeyFile).toBe(
      'k.txt',
    );
    expect(() => parseCli(['--upstream', 'api.gumnut.ai'], {})).toThrow(/not an http\(s\) URL/);
    expect(() => parseCli(['--upstream', 'https://x', '--photos', 'p'], {})).toThrow(/cannot be combined/);
    expect(() => parseCli(['--api-key-file', 'k.txt'], {})).toThrow(/needs --upstream/);
  });
  it('needs an access key to serve beyond loopback, from the flag or the environment', () => {
    const key = 'k'.repeat(16);
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])
      expect(parseCli(['--host', host], {}).accessKey).toBeNull();
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'photos.local']) {
      expect(() => parseCli(['--host', host], {})).toThrow(
        /access key is required.*CONTACT_SHEET_ACCESS_KEY/,
      );
      expect(() => parseCli(['--host', host], { CONTACT_SHEET_ACCESS_KEY: '' })).toThrow(
        /access key is required/,
      );
      expect(parseCli(['--host', host, '--access-key', key], {}).accessKey).toBe(key);
      expect(parseCli(['--host', host], { CONTACT_SHEET_ACCESS_KEY: key }).accessKey).toBe(key);
    }
    expect(parseCli(['--access-key', `${key}!`], { CONTACT_SHEET_ACCESS_KEY: key }).accessKey).toBe(
      `${key}!`,
    );
    expect(parseCli([], { CONTACT_SHEET_ACCESS_KEY: key }).accessKey).toBe(key);
    expect(() => parseCli(['--access-key', 'short'], {})).toThrow(/at least 16/);
    expect(() => parseCli(['--access-key', `${key} x`], {})).toThrow(/printable ASCII/);
  });
  it('rejects a bad port and unknown flags', () => {
    expect(() => parseCli(['--port', 'x'], {})).toThrow(/not a port/);
    expect(() => parseCli(['--bogus'], {})).toThrow();
  });
});
