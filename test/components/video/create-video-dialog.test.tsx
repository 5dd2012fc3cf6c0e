import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CreateVideoDialog } from '../../../src/components';
import { createMockApi } from '../../../src/mock';
import { renderWithApi, requestsTo } from '../../render';
import { dialog, field, trigger } from './dialog-queries';

/** Presses Tab until the element matching `find` has focus: the way a keyboard user gets there. */
async function tabTo(user: UserEvent, find: () => HTMLElement) {
  for (let presses = 0; presses < 40 && document.activeElement !== find(); presses++) await user.tab();
  expect(find()).toHaveFocus();
}

/** A host that owns the open state. */
function ControlledHost({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open it
      </button>
      <CreateVideoDialog
        open={open}
        onOpenChange={(next) => {
          onOpenChange(next);
          setOpen(next);
        }}
      />
    </>
  );
}

describe('CreateVideoDialog', () => {
  it('opens from its trigger with focus inside, and Escape returns focus to the trigger', async () => {
    const { user } = renderWithApi(<CreateVideoDialog trigger={trigger} />);
    await user.click(screen.getByRole('button', { name: 'New video' }));
    expect(dialog()).toHaveAccessibleDescription(/personalised video/);
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    expect(field('Title')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'New video' })).toHaveFocus();
  });

  it('carries the provider theme into the portal', async () => {
    const ref = createRef<HTMLDivElement>();
    const { user } = renderWithApi(<CreateVideoDialog ref={ref} trigger={trigger} className="mine" />, {
      theme: { mode: 'dark', colorAccent: '#7c3aed' },
    });
    await user.click(screen.getByRole('button', { name: 'New video' }));
    expect(ref.current).toBe(dialog());
    expect(dialog()).toHaveClass('ss-root', 'ss-create-video-dialog', 'mine');
    expect(dialog()).toHaveAttribute('data-theme', 'dark');
    expect(dialog().style.getPropertyValue('--ss-color-accent')).toBe('#7c3aed');
  });

  it('creates a video by keyboard alone, then closes and hands back the video', async () => {
    const onCreated = vi.fn();
    const { mock, user } = renderWithApi(<CreateVideoDialog trigger={trigger} onCreated={onCreated} />);
    const template = mock.templates()[0]?.id as string;

    await tabTo(user, () => screen.getByRole('button', { name: 'New video' }));
    await user.keyboard('{Enter}');
    await user.keyboard('Welcome Sarah');
    await user.tab();
    await user.keyboard(template);
    await tabTo(user, () => field('First name'));
    await user.keyboard('Sarah');
    await tabTo(user, () => field('Company'));
    await user.keyboard('Acme Inc');
    await tabTo(user, () => within(dialog()).getByRole('button', { name: 'Add field' }));
    await user.keyboard('{Enter}');
    expect(field('Field 5 name')).toHaveFocus();
    await user.keyboard('plan');
    await user.tab();
    await user.keyboard('Enterprise');
    await tabTo(user, () => within(dialog()).getByRole('button', { name: 'Add key point' }));
    await user.keyboard('{Enter}');
    await user.keyboard('next steps');
    await tabTo(user, () => within(dialog()).getByRole('radio', { name: '9:16 Portrait' }));
    await user.keyboard('{ArrowRight}');
    expect(within(dialog()).getByRole('radio', { name: '16:9 Landscape' })).toBeChecked();
    await user.tab();
    await user.keyboard('proj_onboarding{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'New video' })).toHaveFocus();
    const [post] = requestsTo(mock, 'createVideo');
    expect(post?.body).toEqual({
      title: 'Welcome Sarah',
      template_id: template,
      customer_data: { first_name: 'Sarah', company: 'Acme Inc', plan: 'Enterprise' },
      ai_messaging: { key_points: ['next steps'] },
      aspect_ratio: '16:9',
      project_id: 'proj_onboarding',
    });
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: 'Welcome Sarah', status: 'processing' }));
  }, 60_000);

  it('reports a create that answers after Cancel, but leaves the reopened dialog and its newer values alone', async () => {
    const onCreated = vi.fn();
    const onOpenChange = vi.fn();
    // The create is held until the test lets it go, so it answers after the reopen however slowly the machine types;
    // a fixed 400 ms latency raced the reopen on a loaded machine.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { mock, user } = renderWithApi(
      <CreateVideoDialog trigger={trigger} onCreated={onCreated} onOpenChange={onOpenChange} />,
      {
        fetch: async (request) => {
          if (request.method === 'POST') await held;
          return globalThis.fetch(request);
        },
      },
    );
    await user.click(screen.getByRole('button', { name: 'New video' }));
    await user.type(field('Title'), 'Sent then cancelled');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    // Cancel keeps the draft, and the reopened form shows the create still on its way.
    await user.click(screen.getByRole('button', { name: 'New video' }));
    expect(field('Title')).toHaveValue('Sent then cancelled');
    expect(within(dialog()).getByRole('button', { name: 'Creating…' })).toHaveAttribute('aria-busy', 'true');
    await user.clear(field('Title'));
    await user.type(field('Title'), 'Second draft');
    onOpenChange.mockClear();
    expect(onCreated).not.toHaveBeenCalled();
    release();
    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sent then cancelled' })),
    );
    // Whatever the late answer sets off happens in the render it causes; flush that instead of sleeping 20 ms.
    await act(async () => {});
    expect(dialog()).toBeInTheDocument();
    expect(field('Title')).toHaveValue('Second draft');
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(requestsTo(mock, 'createVideo')).toHaveLength(1);
  });

  it('offers templates by name and the AI tone as selects', async () => {
    const mock = createMockApi({ seed: 7 });
    const templates = mock.templates();
    const { user } = renderWithApi(<CreateVideoDialog defaultOpen templates={templates} />, { mock });
    const select = within(dialog()).getByRole('combobox', { name: 'Template' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a template', ...templates.map((t) => t.name)]);
    await user.type(field('Title'), 'Demo');
    await user.selectOptions(select, templates[1]?.name as string);
    await user.selectOptions(within(dialog()).getByRole('combobox', { name: 'Tone' }), 'Professional');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await waitFor(() => expect(requestsTo(mock, 'createVideo')).toHaveLength(1));
    expect(requestsTo(mock, 'createVideo')[0]?.body).toMatchObject({
      template_id: templates[1]?.id,
      ai_messaging: { tone: 'professional' },
      aspect_ratio: '9:16',
    });
  });

  it('opens from a "Create video" button when no trigger is given; trigger={null} renders no button', async () => {
    const { user, unmount } = renderWithApi(<CreateVideoDialog />);
    await user.click(screen.getByRole('button', { name: 'Create video' }));
    expect(dialog()).toHaveAccessibleName('Create a video');
    unmount();
    renderWithApi(<CreateVideoDialog trigger={null} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('works controlled: open comes from the host, onOpenChange reports requests to close', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderWithApi(<ControlledHost onOpenChange={onOpenChange} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open it' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes from the × in its header, keeping what was typed', async () => {
    const { user } = renderWithApi(<CreateVideoDialog trigger={trigger} />);
    await user.click(screen.getByRole('button', { name: 'New video' }));
    await user.type(field('Title'), 'Half done');
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'New video' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'New video' }));
    expect(field('Title')).toHaveValue('Half done');
  });

  it('leaves Escape in a select to the select, and closes on Escape anywhere else', async () => {
    const { user } = renderWithApi(<CreateVideoDialog trigger={trigger} />);
    await user.click(screen.getByRole('button', { name: 'New video' }));
    await tabTo(user, () => within(dialog()).getByRole('combobox', { name: 'Tone' }));
    await user.keyboard('{Escape}');
    expect(dialog()).toBeInTheDocument();

    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  }, 60_000);

  it('puts each customer field under its "Field" and "Value" column headings', async () => {
    renderWithApi(<CreateVideoDialog defaultOpen />);
    const table = within(dialog()).getByRole('table', { name: 'Customer data' });
    const column = (name: string) => within(table).getByRole('columnheader', { name }).closest('th')?.cellIndex;
    const columnOf = (box: HTMLElement) => box.closest('td')?.cellIndex;
    expect(columnOf(field('Field 1 name'))).toBe(column('Field'));
    expect(columnOf(field('First name'))).toBe(column('Value'));
    expect(columnOf(field('Company'))).toBe(column('Value'));
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });
});
