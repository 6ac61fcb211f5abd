import { describe, expect, it } from 'vitest';
import { contentType, searchAttributes } from '../../src/lib/search/index.ts';

describe('search filters on pages', () => {
  it('gives every indexed kind of page one of the three content types', () => {
    expect((['home', 'cooperation', 'events', 'page'] as const).map(contentType)).toEqual(['page', 'page', 'page', 'page']);
    expect(contentType('network')).toBe('network');
    expect(contentType('event')).toBe('event');
  });

  it('marks events with their year, and leaves the search page out of the index', () => {
    expect(searchAttributes('event', '2023')).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-filter': 'year[data-year], type:event',
      'data-year': '2023',
    });
    expect(searchAttributes('network')).toEqual({ 'data-pagefind-body': '', 'data-pagefind-filter': 'type:network' });
    expect(searchAttributes('search')).toEqual({});
  });
});
