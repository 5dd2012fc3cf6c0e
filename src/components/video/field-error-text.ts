import { INPUT_MESSAGES as I, CREATE_VIDEO_LIMITS as L } from '../../api';
import type { CreateWords } from '../../messages/words';

/** A problem the form's own row checks find, named by the catalogue message that words it. */
export type RowProblem = 'createErrorNameMissing' | 'createErrorNameUsed';

/**
 * A field error in the catalogue's language. The form's own checks and the client schema (whose English sentences the
 * mock's 422 repeats) are recognised by identity; anything else is the API's own text, shown as it was sent.
 */
export function fieldErrorText(message: string, m: CreateWords): string {
  switch (message) {
    case 'createErrorNameMissing':
      return m.createErrorNameMissing;
    case 'createErrorNameUsed':
      return m.createErrorNameUsed;
    case I.title:
      return m.createErrorTitle;
    case I.titleLength:
      return m.createErrorTitleLength({ max: L.title });
    case I.templateId:
      return m.createErrorTemplateId;
    case I.customerData:
      return m.createErrorCustomerData;
    case I.customerFields:
      return m.createErrorCustomerFields({ max: L.customerFields });
    case I.customerFieldName:
      return m.createErrorCustomerFieldName({ max: L.customerFieldName });
    case I.customerValue:
      return m.createErrorCustomerValue({ max: L.customerValue });
    case I.aiMessaging:
      return m.createErrorAiMessaging;
    case I.tone:
      return m.createErrorTone({ max: L.tone });
    case I.keyPoints:
      return m.createErrorKeyPoints({ max: L.keyPoints });
    case I.keyPoint:
      return m.createErrorKeyPoint;
    case I.keyPointLength:
      return m.createErrorKeyPointLength({ max: L.keyPoint });
    case I.idLength:
      return m.createErrorIdLength({ max: L.id });
    case I.aspectRatio:
      return m.createErrorAspectRatio;
    case I.projectId:
      return m.createErrorProjectId;
    default:
      return message;
  }
}

/** Every field error of the form, worded by `fieldErrorText`. */
export const fieldErrorTexts = (errors: Record<string, string>, m: CreateWords): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([key, message]) => [key, fieldErrorText(message, m)]));
