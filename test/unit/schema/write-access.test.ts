import { ConfigError, loadConfig } from '../../../src/config';
import { LoadRepository } from '../../../src/graph/load.repository';
import { ReadRepository } from '../../../src/graph/read.repository';
import { apiKeyMatches, createContext } from '../../../src/api/graphql/context';

const KEY = 'a-long-enough-api-key-1234';
// Never called: these tests only decide access.
const repo = {} as ReadRepository;
const load = {} as LoadRepository;

describe('write access', () => {
  it('matches only the exact key, whatever the lengths', () => {
    expect(apiKeyMatches(KEY, KEY)).toBe(true);
    expect(apiKeyMatches(KEY, `${KEY} `)).toBe(false);
    expect(apiKeyMatches(KEY, KEY.slice(0, -1))).toBe(false);
    expect(apiKeyMatches(KEY, '')).toBe(false);
    expect(apiKeyMatches(KEY, undefined)).toBe(false);
    expect(apiKeyMatches(undefined, KEY)).toBe(false);
  });

  it('is DISABLED without a configured key, DENIED without the right one, GRANTED with it', () => {
    expect(createContext(repo, 100, 'r').writes).toEqual({ state: 'DISABLED' });
    expect(createContext(repo, 100, 'r', { presentedKey: KEY, load }).writes).toEqual({ state: 'DISABLED' });
    expect(createContext(repo, 100, 'r', { apiKey: KEY, presentedKey: 'nope', load }).writes).toEqual({ state: 'DENIED' });
    expect(createContext(repo, 100, 'r', { apiKey: KEY, load }).writes).toEqual({ state: 'DENIED' });
    expect(createContext(repo, 100, 'r', { apiKey: KEY, presentedKey: KEY, load }).writes).toEqual({ state: 'GRANTED', load });
  });
});

describe('API_KEY', () => {
  it('is optional and read into config.apiKey', () => {
    expect(loadConfig({}).apiKey).toBeUndefined();
    expect(loadConfig({ API_KEY: '' }).apiKey).toBeUndefined();
    expect(loadConfig({ API_KEY: KEY }).apiKey).toBe(KEY);
  });

  it('must be at least 16 characters, and the message never shows the key', () => {
    expect(() => loadConfig({ API_KEY: 'short-secret' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_KEY: 'short-secret' })).toThrow(/API_KEY must be at least 16 characters/);
    try {
      loadConfig({ API_KEY: 'short-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });
});
