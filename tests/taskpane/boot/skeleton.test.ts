/**
 * @jest-environment jsdom
 */
import { showLoadFailure, showSkeleton } from '../../../src/taskpane/boot/skeleton';

describe('skeleton', () => {
  it('fills an empty container with a busy placeholder, styled through CSSOM (no inline style attributes)', () => {
    const root = document.createElement('div');
    document.body.append(root);
    showSkeleton(root);
    const skeleton = root.querySelector('[data-skeleton]');
    expect(skeleton?.getAttribute('aria-busy')).toBe('true');
    expect(skeleton?.children.length).toBeGreaterThan(2);
    expect(root.querySelector('[style]')).toBeNull();
    const style = [...document.head.querySelectorAll('style')].at(-1);
    expect(style?.textContent).toBe(''); // empty element: the CSP's empty-string hash covers it
    expect(style?.sheet?.cssRules.length).toBeGreaterThan(3);
  });

  it('leaves a container that already has content alone', () => {
    const root = document.createElement('div');
    root.textContent = 'pane';
    showSkeleton(root);
    expect(root.textContent).toBe('pane');
  });

  it('replaces the skeleton by one line when the pane cannot load', () => {
    const root = document.createElement('div');
    showSkeleton(root);
    showLoadFailure(root, new Error('Loading chunk 7 failed'));
    expect(root.querySelectorAll('*').length).toBe(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Loading chunk 7 failed');
  });
});
