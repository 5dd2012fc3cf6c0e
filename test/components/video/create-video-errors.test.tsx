import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateVideoDialog, VideoGallery } from '../../../src/components';
import { renderWithApi, requestsTo } from '../../render';
import { dialog, field, trigger } from './dialog-queries';

describe('CreateVideoDialog: checking, failing and sending once', () => {
  it('checks fields before sending: messages tied to fields, focus on the first invalid one', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />);
    await user.type(field('Field 1 name'), '{Control>}a{/Control}{Backspace}');
    await user.type(field('Field 1 value'), 'orphan value');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    // Rows are checked first: a value without a name.
    expect(field('Field 1 name')).toHaveFocus();
    expect(field('Field 1 name')).toHaveAccessibleDescription('Give this field a name.');
    await user.click(within(dialog()).getByRole('button', { name: 'Remove field 1' }));
    expect(within(dialog()).getByRole('button', { name: 'Add field' })).toHaveFocus();

    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    const title = field('Title');
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the video a title.');
    expect(field('Template ID')).toHaveAccessibleDescription(/Choose a template\./);
    expect(requestsTo(mock, 'createVideo')).toHaveLength(0);

    await user.type(title, 'x');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('forgets a removed row’s name error instead of listing it in an alert', async () => {
    const { user } = renderWithApi(<CreateVideoDialog defaultOpen />);
    await user.type(field('Field 1 name'), '{Control>}a{/Control}{Backspace}');
    await user.type(field('Field 1 value'), 'orphan value');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    expect(field('Field 1 name')).toHaveAccessibleDescription('Give this field a name.');

    await user.click(within(dialog()).getByRole('button', { name: 'Remove field 1' }));
    expect(within(dialog()).queryByRole('alert')).toBeNull();
    expect(within(dialog()).queryByText('Give this field a name.')).toBeNull();
  });

  it('drops key-point errors when a point is removed, so no message moves to the next point', async () => {
    const fields = { 'ai_messaging.key_points.0': 'Too vague.' };
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, {
      mockOptions: {
        faults: { createVideo: { status: 422, body: { error: { code: 'invalid', message: 'No', fields } } } },
      },
    });
    await user.type(field('Title'), 'Hello');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('button', { name: 'Add key point' }));
    await user.keyboard('stuff');
    await user.click(within(dialog()).getByRole('button', { name: 'Add key point' }));
    await user.keyboard('next steps');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    await waitFor(() => expect(field('Key point 1')).toHaveAccessibleDescription('Too vague.'));

    await user.click(within(dialog()).getByRole('button', { name: 'Remove key point 1' }));
    expect(field('Key point 1')).toHaveValue('next steps');
    expect(field('Key point 1')).not.toHaveAttribute('aria-invalid');
    expect(within(dialog()).queryByText('Too vague.')).toBeNull();
    expect(within(dialog()).queryByRole('alert')).toBeNull();
  });

  it('maps a 422 answer onto its fields', async () => {
    const fields = { template_id: 'That template is retired.', 'customer_data.first_name': 'Use the real name.' };
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, {
      mockOptions: {
        faults: { createVideo: { status: 422, body: { error: { code: 'invalid', message: 'No', fields } } } },
      },
    });
    await user.type(field('Title'), 'Hello');
    await user.type(field('Template ID'), 'tmpl_old');
    await user.type(field('First name'), 'Sarah');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));

    await waitFor(() => expect(field('Template ID')).toHaveFocus());
    expect(field('Template ID')).toHaveAccessibleDescription(/That template is retired\./);
    expect(field('First name')).toHaveAccessibleDescription('Use the real name.');
    expect(field('First name')).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(mock, 'createVideo')).toHaveLength(1);
    expect(dialog()).toBeInTheDocument();
  });

  it('keeps every value after a 500 and offers a retry that succeeds', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, {
      mockOptions: { faults: { createVideo: { status: 500 } } },
    });
    const template = mock.templates()[0]?.id as string;
    await user.type(field('Title'), 'Kept');
    await user.type(field('Template ID'), template);
    await user.type(field('Last name'), 'Johnson');
    await user.click(within(dialog()).getByRole('button', { name: 'Add key point' }));
    await user.keyboard('benefits');
    await user.click(within(dialog()).getByRole('radio', { name: '1:1 Square' }));
    await user.type(field('Project ID (optional)'), 'proj_1');
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));

    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent('The service is having trouble. Try again in a moment.');
    expect(field('Title')).toHaveValue('Kept');
    expect(field('Template ID')).toHaveValue(template);
    expect(field('Last name')).toHaveValue('Johnson');
    expect(field('Key point 1')).toHaveValue('benefits');
    expect(within(dialog()).getByRole('radio', { name: '1:1 Square' })).toBeChecked();
    expect(field('Project ID (optional)')).toHaveValue('proj_1');

    mock.clearFaults();
    await user.click(within(dialog()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsTo(mock, 'createVideo')).toHaveLength(2);
    expect(requestsTo(mock, 'createVideo')[1]?.body).toMatchObject({ title: 'Kept', aspect_ratio: '1:1' });
  });

  it('sends one POST for a double click, with the button busy but focusable meanwhile', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, { mockOptions: { latencyMs: 50 } });
    await user.type(field('Title'), 'Once');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    const submit = within(dialog()).getByRole('button', { name: 'Create video' });
    await user.dblClick(submit);
    expect(submit).toHaveAttribute('aria-busy', 'true');
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(submit).not.toBeDisabled();
    await user.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mock.requests.filter((r) => r.method === 'POST' && r.path === '/videos')).toHaveLength(1);
  });

  it('shows the new processing video in a mounted gallery without a reload', async () => {
    const { mock, user } = renderWithApi(
      <>
        <VideoGallery />
        <CreateVideoDialog trigger={trigger} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(20));
    await user.click(screen.getByRole('button', { name: 'New video' }));
    await user.type(field('Title'), 'Fresh from the dialog');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));

    const card = await screen.findByRole('article', { name: 'Fresh from the dialog' });
    expect(within(card).getByRole('status')).toHaveTextContent('Processing');
  });

  it('lists errors for fields the form does not have instead of dropping them', async () => {
    const fields = { 'customer_data.loyalty_tier': 'Unknown personalisation field.' };
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, {
      mockOptions: {
        faults: { createVideo: { status: 422, body: { error: { code: 'invalid', message: 'No', fields } } } },
      },
    });
    await user.type(field('Title'), 'Hello');
    await user.type(field('Template ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog()).getByRole('button', { name: 'Create video' }));
    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent('customer_data.loyalty_tier: Unknown personalisation field.');
  });
});
