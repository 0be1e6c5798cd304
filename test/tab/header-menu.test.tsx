/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppShell } from '../../tab/src/app/AppShell';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const EMPTY_WORK = { work: [], reviews: [], actions: [], recognitions: [] };

/**
 * On a narrow screen the header folds the navigation and the person behind a Menu button (the folding itself is
 * CSS, checked in Chromium by test/e2e/every-page-in-chromium.test.ts): the button says whether the menu is open and
 * which part it opens, and following a link in it closes it.
 */
describe('the header menu', () => {
  beforeEach(() => window.history.replaceState(null, '', '/my-work'));

  function renderShell() {
    return renderWithApp(<AppShell />, { myWork: async () => EMPTY_WORK as never }, me());
  }

  it('opens and closes the part of the header with the navigation and the person', async () => {
    renderShell();
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(within(panel as HTMLElement).getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(within(panel as HTMLElement).getByText('Ella Morgan')).toBeTruthy();
    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes once a link in it is followed, even to the page already open', async () => {
    renderShell();
    const menu = screen.getByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    await userEvent.click(screen.getByRole('link', { name: 'My work' }));
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });
});
