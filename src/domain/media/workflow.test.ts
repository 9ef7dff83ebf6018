import { describe, expect, it } from 'vitest';
import { MEDIA_STATES, MEDIA_TRANSITION_TARGETS, type MediaState } from '../../shared/media-vocabulary';
import { canEditMedia, checkTransition, openTransitions, type MediaCapacity } from './workflow';

const publication = { channel: 'website', publishedAt: '2026-03-02' };

describe('media workflow', () => {
  it('lets the proposer send a draft for editing, then the editor approve and publish it', () => {
    expect(checkTransition({ state: 'draft', to: 'submitted', capacities: ['proposer'] })).toBeNull();
    expect(checkTransition({ state: 'submitted', to: 'approved', capacities: ['editor'] })).toBeNull();
    expect(checkTransition({ state: 'approved', to: 'published', capacities: ['editor'], publication })).toBeNull();
    expect(checkTransition({ state: 'published', to: 'published', capacities: ['director'], publication: { ...publication, channel: 'fanpage' } })).toBeNull();
    expect(checkTransition({ state: 'published', to: 'unpublished', capacities: ['director'] })).toBeNull();
    expect(checkTransition({ state: 'unpublished', to: 'published', capacities: ['editor'], publication })).toBeNull();
  });

  it('refuses a move the person may never make as forbidden, whatever the state', () => {
    for (const state of MEDIA_STATES) {
      expect(checkTransition({ state, to: 'approved', capacities: ['proposer', 'coordinator'] })).toBe('FORBIDDEN');
      expect(checkTransition({ state, to: 'published', capacities: ['proposer'], publication })).toBe('FORBIDDEN');
      expect(checkTransition({ state, to: 'submitted', capacities: [] })).toBe('FORBIDDEN');
    }
  });

  it('refuses a move its role may make when the state does not allow it', () => {
    expect(checkTransition({ state: 'draft', to: 'approved', capacities: ['editor'] })).toBe('NOT_ALLOWED_IN_STATE');
    expect(checkTransition({ state: 'approved', to: 'submitted', capacities: ['proposer'] })).toBe('NOT_ALLOWED_IN_STATE');
    expect(checkTransition({ state: 'draft', to: 'published', capacities: ['director'], publication })).toBe('NOT_ALLOWED_IN_STATE');
    expect(checkTransition({ state: 'approved', to: 'unpublished', capacities: ['editor'] })).toBe('NOT_ALLOWED_IN_STATE');
  });

  it('asks for a comment when returning and for the channel and day when publishing', () => {
    expect(checkTransition({ state: 'submitted', to: 'returned', capacities: ['editor'], comment: '  ' })).toBe('COMMENT_REQUIRED');
    expect(checkTransition({ state: 'submitted', to: 'returned', capacities: ['editor'], comment: 'Bổ sung ảnh' })).toBeNull();
    expect(checkTransition({ state: 'approved', to: 'published', capacities: ['editor'] })).toBe('PUBLICATION_REQUIRED');
    expect(checkTransition({ state: 'approved', to: 'published', capacities: ['editor'], publication: { channel: 'website' } })).toBe('PUBLICATION_REQUIRED');
    expect(checkTransition({ state: 'approved', to: 'published', capacities: ['editor'], publication: { ...publication, linkMissing: true } })).toBe('PUBLICATION_REQUIRED');
  });

  it('offers each person only the moves open to them now', () => {
    expect(openTransitions('draft', ['proposer'])).toEqual(['submitted']);
    expect(openTransitions('submitted', ['proposer'])).toEqual([]);
    expect(openTransitions('submitted', ['editor'])).toEqual(['approved', 'returned']);
    expect(openTransitions('published', ['director'])).toEqual(['published', 'unpublished']);
    expect(openTransitions('approved', ['coordinator'])).toEqual([]);
    for (const state of MEDIA_STATES) {
      for (const to of openTransitions(state, ['editor', 'director', 'proposer', 'coordinator'])) {
        expect(MEDIA_TRANSITION_TARGETS).toContain(to);
        expect(checkTransition({ state, to, capacities: ['editor'], comment: 'x', publication })).not.toBe('NOT_ALLOWED_IN_STATE');
      }
    }
  });

  it('lets the proposer edit only before the editor has it, and the editor until it is taken down', () => {
    const editable = (capacities: MediaCapacity[]) => MEDIA_STATES.filter((s: MediaState) => canEditMedia(s, capacities));
    expect(editable(['proposer'])).toEqual(['draft', 'returned']);
    expect(editable(['editor'])).toEqual(['draft', 'submitted', 'returned', 'approved', 'published']);
    expect(editable(['coordinator'])).toEqual([]);
    expect(editable([])).toEqual([]);
  });
});
