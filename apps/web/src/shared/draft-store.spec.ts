import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, DRAFT_TTL_MS, useDraftAutosave, useRestoredDraft, withoutPasswords, type DraftStore } from './draft-store';

const karin = { form: 'example:new', userId: 'user-karin' };
const pia = { form: 'example:new', userId: 'user-pia' };

let storage: Storage;
let clock: number;
let store: DraftStore;

beforeEach(() => {
  window.sessionStorage.clear();
  storage = window.sessionStorage;
  clock = Date.parse('2026-03-10T09:00:00Z');
  store = createDraftStore(() => storage, () => clock);
});

afterEach(() => {
  window.sessionStorage.clear();
  vi.useRealTimers();
});

describe('the draft store', () => {
  it('keeps a draft per form and user, and gives it back', () => {
    expect(store.save(karin, { title: 'Trygga mötesplatser' })).toBe(true);
    store.save({ form: 'cohort-wizard', userId: 'user-karin' }, { programmeId: 'p1' });
    expect(store.load(karin)).toEqual({ values: { title: 'Trygga mötesplatser' }, savedAt: clock, afterSessionEnded: false });
    expect(store.load({ form: 'cohort-wizard', userId: 'user-karin' })?.values).toEqual({ programmeId: 'p1' });
    // Another account in the same tab never gets it.
    expect(store.load(pia)).toBeNull();
    store.remove(karin);
    expect(store.load(karin)).toBeNull();
  });

  it('forgets a draft after 24 hours', () => {
    store.save(karin, { title: 'Gammal text' });
    clock += DRAFT_TTL_MS - 1000;
    expect(store.load(karin)?.values).toEqual({ title: 'Gammal text' });
    clock += 2000;
    expect(store.load(karin)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('never stores a password, at any depth', () => {
    store.save(karin, { email: 'karin@hedemora.se', password: 'hemligt-lösenord', nested: [{ newPassword: 'x', repeatPassword: 'x', name: 'Karin' }] });
    const raw = JSON.stringify({ ...storage });
    expect(raw).not.toContain('hemligt');
    expect(store.load(karin)?.values).toEqual({ email: 'karin@hedemora.se', nested: [{ name: 'Karin' }] });
    expect(withoutPasswords({ lösenord: 'x', title: 'y' })).toEqual({ title: 'y' });
  });

  it('ignores what it cannot read, and a browser that refuses storage', () => {
    storage.setItem('modellkommuner.draft:user-karin:example:new', '{not json');
    expect(store.load(karin)).toBeNull();
    const refusing = createDraftStore(() => {
      throw new Error('SecurityError');
    });
    expect(refusing.save(karin, { title: 'x' })).toBe(false);
    expect(refusing.load(karin)).toBeNull();
    expect(refusing.hasAny()).toBe(false);
    expect(() => refusing.noteSessionEnded()).not.toThrow();
  });

  it('after a lapsed session, marks the user’s drafts for the message and drops other accounts’ drafts', () => {
    store.save(karin, { title: 'Min text' });
    store.save(pia, { title: 'Pias text' });
    expect(store.sessionEnded()).toBe(false);
    store.noteSessionEnded();
    expect(store.sessionEnded()).toBe(true);
    expect(store.hasAny()).toBe(true);

    store.resumeSession('user-karin');
    expect(store.sessionEnded()).toBe(false);
    expect(store.load(karin)).toMatchObject({ values: { title: 'Min text' }, afterSessionEnded: true });
    expect(store.load(pia)).toBeNull();
    // Typing on after the restore keeps the mark until the draft is saved or dropped.
    store.save(karin, { title: 'Min text, mer' });
    expect(store.load(karin)?.afterSessionEnded).toBe(true);
  });

  it('does not mark drafts at an ordinary login', () => {
    store.save(karin, { title: 'Min text' });
    store.resumeSession('user-karin');
    expect(store.load(karin)?.afterSessionEnded).toBe(false);
  });
});

describe('useDraftAutosave and useRestoredDraft', () => {
  it('writes while dirty, after a pause, at once when the form goes, and not at all when clean', () => {
    vi.useFakeTimers();
    const { rerender, unmount } = renderHook(({ values, dirty }) => useDraftAutosave(karin, values, dirty, { store, delayMs: 400 }), {
      initialProps: { values: { title: '' }, dirty: false },
    });
    expect(store.load(karin)).toBeNull();

    rerender({ values: { title: 'Tr' }, dirty: true });
    act(() => {
      vi.advanceTimersByTime(399);
    });
    expect(store.load(karin)).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(store.load(karin)?.values).toEqual({ title: 'Tr' });

    // Unmounted (a navigation, the session ending) before the pause is over: written at once.
    rerender({ values: { title: 'Trygga' }, dirty: true });
    unmount();
    expect(store.load(karin)?.values).toEqual({ title: 'Trygga' });
  });

  it('writes at once when the session ends, before the app leaves for the login page', () => {
    vi.useFakeTimers();
    renderHook(({ values, dirty }) => useDraftAutosave(karin, values, dirty, { store, delayMs: 400 }), {
      initialProps: { values: { title: 'Typed just now' }, dirty: true },
    });
    expect(store.load(karin)).toBeNull();
    store.noteSessionEnded();
    expect(store.load(karin)?.values).toEqual({ title: 'Typed just now' });
    expect(store.sessionEnded()).toBe(true);
  });

  it('writes when the page is hidden (a reload), and drops the draft when the form is clean again', () => {
    vi.useFakeTimers();
    const { rerender } = renderHook(({ values, dirty }) => useDraftAutosave(karin, values, dirty, { store }), {
      initialProps: { values: { title: 'Trygga' }, dirty: true },
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(store.load(karin)?.values).toEqual({ title: 'Trygga' });
    rerender({ values: { title: '' }, dirty: false });
    expect(store.load(karin)).toBeNull();
  });

  it('writes nothing more once discarded (a save, or leaving on purpose), until the values change', () => {
    const { result, unmount } = renderHook(({ values, dirty }) => useDraftAutosave(karin, values, dirty, { store, delayMs: 0 }), {
      initialProps: { values: { title: 'Trygga' }, dirty: true },
    });
    act(() => result.current.discard());
    expect(store.load(karin)).toBeNull();
    unmount();
    expect(store.load(karin)).toBeNull();

    const again = renderHook(({ values, dirty }) => useDraftAutosave(karin, values, dirty, { store, delayMs: 0 }), {
      initialProps: { values: { title: 'Trygga' }, dirty: true },
    });
    act(() => again.result.current.discard());
    again.rerender({ values: { title: 'Trygga mötesplatser' }, dirty: true });
    again.unmount();
    expect(store.load(karin)?.values).toEqual({ title: 'Trygga mötesplatser' });
  });

  it('reads the draft once, when the form mounts', () => {
    store.save(karin, { title: 'Sparad text' });
    const { result, rerender } = renderHook(() => useRestoredDraft<{ title: string }>(karin, store));
    expect(result.current?.values).toEqual({ title: 'Sparad text' });
    store.remove(karin);
    rerender();
    expect(result.current?.values).toEqual({ title: 'Sparad text' });
    expect(renderHook(() => useRestoredDraft(null, store)).result.current).toBeNull();
  });
});
