import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import { CreateVideoDialog, VideoGallery } from '../../src/components';

const meta = {
  title: 'Video/CreateVideoDialog',
  component: CreateVideoDialog,
  args: { onCreated: fn(), onOpenChange: fn() },
  // On the docs page each story sits in its own frame: open modal dialogs would otherwise cover the whole page.
  parameters: { docs: { story: { inline: false, height: '760px' } } },
  // The templates come from the story's own mock, so the ids the form sends are ones the mock accepts.
  render: (args, { loaded }) => (
    <CreateVideoDialog
      templates={storyMock(loaded).templates()}
      trigger={
        <button type="button" className="ss-button ss-button-primary">
          New video
        </button>
      }
      {...args}
    />
  ),
} satisfies Meta<typeof CreateVideoDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog is portalled to <body>, outside the canvas. */
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

const WELCOME = { first_name: 'Sarah', last_name: 'Johnson', company: 'Acme Inc', product_interest: 'Enterprise Plan' };

/** Open, fill in and create: one POST, `onCreated` with the new processing video, focus back on the trigger. */
export const Create: Story = {
  play: async ({ canvas, canvasElement, userEvent, loaded, args }) => {
    const mock = storyMock(loaded);
    const body = page(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'New video' }));
    const dialog = await body.findByRole('dialog', { name: 'Create a video' });
    const form = within(dialog);
    await userEvent.type(form.getByRole('textbox', { name: 'Title' }), 'Welcome Message for Sarah');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Template' }), mock.templates()[0]?.name ?? '');
    await userEvent.type(form.getByRole('textbox', { name: 'First name' }), WELCOME.first_name);
    await userEvent.type(form.getByRole('textbox', { name: 'Company' }), WELCOME.company);
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Tone' }), 'Friendly');
    await userEvent.click(form.getByRole('radio', { name: '16:9 Landscape' }));
    await userEvent.dblClick(form.getByRole('button', { name: 'Create video' }));

    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(canvas.getByRole('button', { name: 'New video' })).toHaveFocus();
    expect(mock.requests.filter((request) => request.route === 'createVideo')).toHaveLength(1);
    expect(args.onCreated).toHaveBeenCalledWith(expect.objectContaining({ status: 'processing' }));
  },
};

/** Open from the start, with the host's templates. */
export const Open: Story = { args: { defaultOpen: true } };

/** No templates given: the form asks for a template id. */
export const WithoutTemplates: Story = {
  args: { defaultOpen: true },
  render: (args) => <CreateVideoDialog {...args} />,
};

/** Pre-filled from the documented example request. */
export const Prefilled: Story = {
  args: {
    defaultOpen: true,
    defaultValues: {
      title: 'Welcome Message for Sarah',
      customer_data: WELCOME,
      ai_messaging: { tone: 'friendly', key_points: ['product benefits', 'next steps'] },
      aspect_ratio: '16:9',
      project_id: 'proj_customer_onboarding',
    },
  },
};

/** Submitting an empty form: nothing is sent, messages sit under their fields and focus goes to the first. */
export const ValidationErrors: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const dialog = await page(canvasElement).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create video' }));
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription('Give the video a title.');
    expect(storyMock(loaded).requests.filter((request) => request.route === 'createVideo')).toHaveLength(0);
  },
};

type PlayUser = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** The fewest fields the mock accepts: a title, a template and a first name. */
const fillMinimum = async (dialog: HTMLElement, userEvent: PlayUser, name: string) => {
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Quarterly check-in');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Template' }), name);
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Sarah');
};

const REJECTED = {
  error: {
    code: 'validation_failed',
    message: 'Some values are invalid.',
    fields: { template_id: 'This template is archived.', 'customer_data.first_name': 'Use the full first name.' },
  },
};

/** The API answers 422: its field errors land on the fields, focus on the first. */
export const ServerValidation422: Story = {
  args: { defaultOpen: true },
  parameters: { mock: { faults: { createVideo: { status: 422, body: REJECTED } } } },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const dialog = await page(canvasElement).findByRole('dialog');
    await fillMinimum(dialog, userEvent, storyMock(loaded).templates()[0]?.name ?? '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create video' }));
    const template = within(dialog).getByRole('combobox', { name: 'Template' });
    await waitFor(() => expect(template).toHaveFocus(), { timeout: 5000 });
    expect(template).toHaveAccessibleDescription('This template is archived.');
    expect(within(dialog).getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription(
      'Use the full first name.',
    );
  },
};

/** The API answers 500: an alert with the message, every value kept, and the button offers to try again. */
export const ServerError500: Story = {
  args: { defaultOpen: true },
  parameters: { mock: { faults: { createVideo: { status: 500 } } } },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const dialog = await page(canvasElement).findByRole('dialog');
    await fillMinimum(dialog, userEvent, storyMock(loaded).templates()[0]?.name ?? '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create video' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The service is having trouble.');
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Quarterly check-in');
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

/** A stray Escape keeps the draft: reopening shows what was typed, and "Clear form" starts over. */
export const KeepsDraft: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const body = page(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'New video' }));
    let dialog = await body.findByRole('dialog', { name: 'Create a video' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Half done');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());

    await userEvent.click(canvas.getByRole('button', { name: 'New video' }));
    dialog = await body.findByRole('dialog', { name: 'Create a video' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Half done');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clear form' }));
    expect(title).toHaveValue('');
    expect(title).toHaveFocus();
  },
};

/** German: every word from the German catalogue, the schema's messages too. */
export const German: Story = {
  args: { defaultOpen: true },
  parameters: { lang: 'de' },
  play: async ({ canvasElement, userEvent }) => {
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Neues Video erstellen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Video erstellen' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(
        'Geben Sie dem Video einen Titel.',
      ),
    );
  },
};

/** Spanish. */
export const Spanish: Story = {
  args: { defaultOpen: true },
  parameters: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Crear un vídeo' });
    expect(within(dialog).getByRole('columnheader', { name: 'Valor' })).toBeVisible();
  },
};

/** Arabic, right to left: the × sits on the left, the fields and the buttons mirror. */
export const Arabic: Story = {
  args: { defaultOpen: true },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'إنشاء فيديو جديد' });
    expect(dialog).toHaveAttribute('dir', 'rtl');
    const close = within(dialog).getByRole('button', { name: 'إغلاق' }).getBoundingClientRect();
    const box = dialog.getBoundingClientRect();
    expect(close.left - box.left).toBeLessThan(box.right - close.right);
    const cancel = within(dialog).getByRole('button', { name: 'إلغاء' }).getBoundingClientRect();
    const create = within(dialog).getByRole('button', { name: 'إنشاء الفيديو' }).getBoundingClientRect();
    expect(create.right).toBeLessThanOrEqual(cancel.left);
  },
};

/** The whole dialog fits the viewport: the fields scroll, the title and the buttons stay in view, ratios on one row. */
export const FitsTheViewport: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const view = canvasElement.ownerDocument.defaultView as Window;
    const dialog = await page(canvasElement).findByRole('dialog', { name: 'Create a video' });
    const inView = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= view.innerHeight && box.left >= 0 && box.right <= view.innerWidth;
    };
    expect(inView(dialog)).toBe(true);
    expect(inView(within(dialog).getByRole('button', { name: 'Create video' }))).toBe(true);
    expect(inView(within(dialog).getByRole('button', { name: 'Cancel' }))).toBe(true);
    const tops = within(dialog)
      .getAllByRole('radio')
      .map((radio) => Math.round((radio.closest('label') as HTMLElement).getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    // The radios wear the theme's accent, as the primary button does.
    const accent = getComputedStyle(within(dialog).getByRole('button', { name: 'Create video' })).backgroundColor;
    expect(getComputedStyle(within(dialog).getAllByRole('radio')[0] as HTMLElement).accentColor).toBe(accent);
  },
};

/** Dark theme: the portal carries the provider's theme. */
export const Dark: Story = { args: { defaultOpen: true }, parameters: { theme: 'dark' } };

/** With a gallery mounted: the new video appears as processing without a reload, then publishes by polling. */
export const CreateIntoGallery: Story = {
  parameters: { mock: { processingMs: 2000 } },
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <CreateVideoDialog
        {...args}
        templates={storyMock(loaded).templates()}
        trigger={
          <button type="button" className="ss-button ss-button-primary" style={{ justifySelf: 'start' }}>
            New video
          </button>
        }
      />
      <VideoGallery defaultPageSize={10} />
    </div>
  ),
  play: async ({ canvas, canvasElement, userEvent, loaded }) => {
    await canvas.findByText(/^Showing 1–10 of/, {}, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'New video' }));
    const dialog = await page(canvasElement).findByRole('dialog');
    await fillMinimum(dialog, userEvent, storyMock(loaded).templates()[0]?.name ?? '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create video' }));

    const card = await canvas.findByRole('article', { name: 'Quarterly check-in' }, { timeout: 5000 });
    expect(within(card).getByRole('status')).toHaveTextContent('Processing');
    await waitFor(() => expect(within(card).getByRole('status')).toHaveTextContent('Published'), { timeout: 15_000 });
  },
};
