import { PAGE_CACHE_MAX_MIB, PAGE_CACHE_MIN_MIB, pageCacheMiB } from '../../../src/platform/neo4j/memory-settings';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('the page cache of the local Neo4j', () => {
  it('is at least the minimum for a new, empty store', () => {
    expect(pageCacheMiB(0, 24 * GiB)).toBe(PAGE_CACHE_MIN_MIB);
  });
  it('holds twice the store plus room for a larger graph', () => {
    expect(pageCacheMiB(400 * MiB, 24 * GiB)).toBe(928);
  });
  it('never takes more than a quarter of the machine or the maximum', () => {
    expect(pageCacheMiB(3 * GiB, 4 * GiB)).toBe(1024);
    expect(pageCacheMiB(10 * GiB, 64 * GiB)).toBe(PAGE_CACHE_MAX_MIB);
  });
});
