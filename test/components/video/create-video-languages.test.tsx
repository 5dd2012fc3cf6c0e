import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INPUT_MESSAGES } from '../../../src/api';
import { CreateVideoDialog } from '../../../src/components';
import ar from '../../../src/locales/ar';
import de from '../../../src/locales/de';
import { renderWithApi, requestsTo } from '../../render';

const dialog = (name: string) => screen.getByRole('dialog', { name });
const box = (dialogName: string, name: string) => within(dialog(dialogName)).getByRole('textbox', { name });

describe('CreateVideoDialog in the provider’s language', () => {
  it('asks in German, and words the form’s own checks in German before anything is sent', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog />, { locale: 'de-DE', messages: de });
    await user.click(screen.getByRole('button', { name: 'Video erstellen' }));
    const form = within(dialog('Neues Video erstellen'));
    expect(form.getByRole('columnheader', { name: 'Feld' })).toBeInTheDocument();
    expect(form.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    expect(form.getByRole('radio', { name: '16:9 Querformat' })).toBeInTheDocument();

    await user.clear(box('Neues Video erstellen', 'Name von Feld 1'));
    await user.type(box('Neues Video erstellen', 'Wert von Feld 1'), 'Sarah');
    await user.click(form.getByRole('button', { name: 'Video erstellen' }));
    expect(box('Neues Video erstellen', 'Name von Feld 1')).toHaveAccessibleDescription(
      'Geben Sie diesem Feld einen Namen.',
    );

    await user.click(form.getByRole('button', { name: 'Feld 1 entfernen' }));
    await user.click(form.getByRole('button', { name: 'Video erstellen' }));
    await waitFor(() =>
      expect(box('Neues Video erstellen', 'Titel')).toHaveAccessibleDescription('Geben Sie dem Video einen Titel.'),
    );
    expect(box('Neues Video erstellen', 'Vorlagen-ID')).toHaveAccessibleDescription(/Wählen Sie eine Vorlage\./);
    expect(requestsTo(mock, 'createVideo')).toHaveLength(0);
  }, 60_000);

  it('translates the sentences the mock’s 422 shares with the client, and shows the API’s own words as sent', async () => {
    const fields = {
      'customer_data.first_name': INPUT_MESSAGES.customerValue,
      template_id: 'This template is archived.',
    };
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, {
      locale: 'de-DE',
      messages: de,
      mockOptions: {
        faults: { createVideo: { status: 422, body: { error: { code: 'invalid', message: 'No', fields } } } },
      },
    });
    await user.type(box('Neues Video erstellen', 'Titel'), 'Hallo');
    await user.type(box('Neues Video erstellen', 'Vorlagen-ID'), mock.templates()[0]?.id as string);
    await user.type(box('Neues Video erstellen', 'Vorname'), 'Sarah');
    await user.click(within(dialog('Neues Video erstellen')).getByRole('button', { name: 'Video erstellen' }));

    await waitFor(() =>
      expect(box('Neues Video erstellen', 'Vorname')).toHaveAccessibleDescription(
        'Ein Kundenfeld darf höchstens 1.000 Zeichen enthalten.',
      ),
    );
    expect(box('Neues Video erstellen', 'Vorlagen-ID')).toHaveAccessibleDescription(/This template is archived\./);
  }, 60_000);

  it('shows a failed create in German, with German buttons in the footer', async () => {
    const { mock, user } = renderWithApi(<CreateVideoDialog defaultOpen />, {
      locale: 'de-DE',
      messages: de,
      mockOptions: { faults: { createVideo: { status: 500 } } },
    });
    await user.type(box('Neues Video erstellen', 'Titel'), 'Hallo');
    await user.type(box('Neues Video erstellen', 'Vorlagen-ID'), mock.templates()[0]?.id as string);
    await user.click(within(dialog('Neues Video erstellen')).getByRole('button', { name: 'Video erstellen' }));

    const alert = await within(dialog('Neues Video erstellen')).findByRole('alert');
    expect(alert).toHaveTextContent(de.errorServer);
    expect(alert).toHaveTextContent('Alle Ihre Eingaben bleiben erhalten');
    expect(within(dialog('Neues Video erstellen')).getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    expect(within(dialog('Neues Video erstellen')).getByRole('button', { name: 'Abbrechen' })).toBeVisible();
  }, 60_000);

  it('carries the provider’s right-to-left direction into the portalled dialog', async () => {
    renderWithApi(<CreateVideoDialog defaultOpen />, { locale: 'ar-EG', messages: ar, dir: 'rtl' });
    const rtl = dialog('إنشاء فيديو جديد');
    expect(rtl).toHaveAttribute('dir', 'rtl');
    expect(within(rtl).getByRole('textbox', { name: 'اسم الحقل ١' })).toBeInTheDocument();
    expect(within(rtl).getByRole('button', { name: 'إلغاء' })).toBeInTheDocument();
  });
});
