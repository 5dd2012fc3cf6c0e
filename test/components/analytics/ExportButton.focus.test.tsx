import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectedExportButton, renderExport } from './export-setup';

const toggle = () => screen.getByRole('button', { name: 'Export account data' });

/** Opens the options and starts an export with the keyboard; focus is back on the toggle afterwards. */
async function startByKeyboard(user: ReturnType<typeof renderExport>['user']) {
  toggle().focus();
  await user.keyboard('{Enter}');
  await user.click(screen.getByRole('button', { name: 'Start export' }));
  await screen.findByRole('progressbar');
  expect(toggle()).toHaveFocus();
}

describe('ExportButton keeps keyboard focus when its controls change', () => {
  it('cancel hands focus back to the export toggle', async () => {
    const { user } = renderExport(<ConnectedExportButton type="account" />);
    await startByKeyboard(user);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel export' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(toggle()).toHaveFocus());
  });

  it('retry hands focus to the new cancel button', async () => {
    const { user, mock } = renderExport(<ConnectedExportButton type="account" />);
    mock.setFault('createAnalyticsExport', { status: 500, times: 1 });
    toggle().focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    await screen.findByRole('alert');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Retry export' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const cancel = await screen.findByRole('button', { name: 'Cancel export' });
    await waitFor(() => expect(cancel).toHaveFocus());
  });

  it('an export that finishes while focus is on cancel hands it to the download link', async () => {
    const { user, clock } = renderExport(<ConnectedExportButton type="account" />);
    await startByKeyboard(user);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel export' })).toHaveFocus();
    clock.advance(1000);
    const link = await screen.findByRole('link', { name: /Download account CSV/ });
    await waitFor(() => expect(link).toHaveFocus());
  });

  it('never takes focus from elsewhere on the page', async () => {
    const { user, clock } = renderExport(
      <>
        <button type="button">Elsewhere</button>
        <ConnectedExportButton type="account" />
      </>,
    );
    await startByKeyboard(user);
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    clock.advance(1000);
    await screen.findByRole('link', { name: /Download account CSV/ });
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});
