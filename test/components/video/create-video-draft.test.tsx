import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateVideoDialog } from '../../../src/components';
import { renderWithApi, requestsTo } from '../../render';
import { dialog, field, trigger } from './dialog-queries';

/** Opens the dialog from its trigger, as a person would after closing it. */
const reopen = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'New video' }));

describe('CreateVideoDialog: the draft', () => {
  it('keeps what was typed through Escape, a click outside and Cancel, and clears it after a create', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog trigger={trigger} />);
    await reopen(user);
    await user.type(field('Title'), 'Half done');
    await user.type(field('First name'), 'Sarah');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await reopen(user);
    expect(field('Title')).toHaveValue('Half done');
    expect(field('Title')).toHaveFocus();

    await user.click(document.querySelector('.ss-create-video-overlay') as HTMLElement);
    expect(screen.queryByRole('dialog')).toBeNull();
    await reopen(user);
    expect(field('First name')).toHaveValue('Sarah');

    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    await reopen(user);
    expect(field('Title')).toHaveValue('Half done');

    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await reopen(user);
    expect(field('Title')).toHaveValue('');
    expect(field('First name')).toHaveValue('');
    expect(within(dialog()).queryByRole('button', { name: 'Clear form' })).toBeNull();
  });

  it('still shows a failed create’s values, message and retry after closing and reopening', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog trigger={trigger} />, {
      mockOptions: { faults: { createVideo: { status: 500 } } },
    });
    await reopen(user);
    await user.type(field('Title'), 'Kept');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('radio', { name: '1:1 Square' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await within(dialog()).findByRole('alert');

    await user.keyboard('{Escape}');
    await reopen(user);
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('The service is having trouble.');
    expect(field('Title')).toHaveValue('Kept');
    expect(within(dialog()).getByRole('radio', { name: '1:1 Square' })).toBeChecked();
    expect(field('Title')).toHaveFocus();

    mock.clearFaults();
    await user.click(within(dialog()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsTo(mock, 'createVideo')[1]?.body).toMatchObject({ title: 'Kept', aspect_ratio: '1:1' });
  });

  it('keeps a 422’s field messages after closing, without moving focus to them on reopen', async () => {
    const fields = { template_id: 'That template is retired.' };
    const { user } = renderWithApi(<CreateVideoDialog trigger={trigger} />, {
      mockOptions: {
        faults: { createVideo: { status: 422, body: { error: { code: 'invalid', message: 'No', fields } } } },
      },
    });
    await reopen(user);
    await user.type(field('Title'), 'Hello');
    await user.type(field('Template ID'), 'tmpl_old');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await waitFor(() => expect(field('Template ID')).toHaveFocus());

    await user.keyboard('{Escape}');
    await reopen(user);
    expect(field('Template ID')).toHaveAccessibleDescription(/That template is retired\./);
    expect(field('Title')).toHaveFocus();
  });

  it('discards the draft with "Clear form", which appears once something is typed', async () => {
    const { user } = renderWithApi(<CreateVideoDialog trigger={trigger} defaultValues={{ title: 'From the host' }} />);
    await reopen(user);
    expect(within(dialog()).queryByRole('button', { name: 'Clear form' })).toBeNull();
    await user.type(field('Title'), ', edited');
    await user.type(field('Company'), 'Acme Inc');

    await user.click(within(dialog()).getByRole('button', { name: 'Clear form' }));
    expect(field('Title')).toHaveValue('From the host');
    expect(field('Company')).toHaveValue('');
    expect(field('Title')).toHaveFocus();
    expect(within(dialog()).queryByRole('button', { name: 'Clear form' })).toBeNull();
  });

  it('follows new defaultValues until something is typed, then keeps the draft', async () => {
    const { rerender, user } = renderWithApi(<CreateVideoDialog defaultOpen defaultValues={{ title: 'For Sarah' }} />);
    rerender(<CreateVideoDialog defaultOpen defaultValues={{ title: 'For Tom' }} />);
    expect(field('Title')).toHaveValue('For Tom');
    await user.type(field('Title'), '!');
    rerender(<CreateVideoDialog defaultOpen defaultValues={{ title: 'For Ann' }} />);
    expect(field('Title')).toHaveValue('For Tom!');
  });

  it('shows a create still on its way in a reopened dialog, sends it once, and clears the untouched draft', async () => {
    const onCreated = vi.fn();
    // The create is held until the test lets it go, so "Creating…" is on screen however slowly the machine types;
    // a fixed latency raced the reopen on a loaded machine.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { mock, user } = renderWithApi(<CreateVideoDialog trigger={trigger} onCreated={onCreated} />, {
      fetch: async (request) => {
        if (request.method === 'POST') await held;
        return globalThis.fetch(request);
      },
    });
    await reopen(user);
    await user.type(field('Title'), 'In flight');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await user.keyboard('{Escape}');
    await reopen(user);

    const busy = within(dialog()).getByRole('button', { name: 'Creating…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    await user.click(busy);
    expect(onCreated).not.toHaveBeenCalled();
    release();
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    await waitFor(() => expect(field('Title')).toHaveValue(''));
    expect(dialog()).toBeInTheDocument();
    expect(requestsTo(mock, 'createVideo')).toHaveLength(1);
  });
});
