import type { MessageTools } from '../tools';

/** The create-video dialog and its form. */
export const create = {
  createOpen: 'Create video',
  createTitle: 'Create a video',
  createDescription: 'A personalised video from a template and your customer’s details.',
  createClose: 'Close',
  createFieldTitle: 'Title',
  createFieldTemplate: 'Template',
  createChooseTemplate: 'Choose a template',
  createFieldTemplateId: 'Template ID',
  createTemplateIdHint: 'For example tmpl_welcome_message.',
  createCustomerData: 'Customer data',
  createCustomerHint: 'Each name becomes a personalisation field; empty rows are not sent.',
  createColumnField: 'Field',
  createColumnValue: 'Value',
  createFieldName: ({ index }: { index: number }, t: MessageTools) => `Field ${t.number(index)} name`,
  createFieldValue: ({ index }: { index: number }, t: MessageTools) => `Field ${t.number(index)} value`,
  createRemoveNamed: ({ name }: { name: string }, _t: MessageTools) => `Remove ${name}`,
  createRemoveField: ({ index }: { index: number }, t: MessageTools) => `Remove field ${t.number(index)}`,
  createAddField: 'Add field',
  // The customer fields a new form suggests, by the name the API receives.
  createCustomerFirstName: 'First name',
  createCustomerLastName: 'Last name',
  createCustomerCompany: 'Company',
  createCustomerProductInterest: 'Product interest',
  createAiMessaging: 'AI messaging',
  createTone: 'Tone',
  createToneNone: 'No preference',
  createToneFriendly: 'Friendly',
  createToneProfessional: 'Professional',
  createToneCasual: 'Casual',
  createToneEnthusiastic: 'Enthusiastic',
  createKeyPoints: 'Key points',
  createKeyPoint: ({ index }: { index: number }, t: MessageTools) => `Key point ${t.number(index)}`,
  createRemoveKeyPoint: ({ index }: { index: number }, t: MessageTools) => `Remove key point ${t.number(index)}`,
  createAddKeyPoint: 'Add key point',
  createAspectRatio: 'Aspect ratio',
  createRatioPortrait: 'Portrait',
  createRatioLandscape: 'Landscape',
  createRatioSquare: 'Square',
  createProjectId: 'Project ID (optional)',
  createFailed: 'The video could not be created:',
  createKept: 'Everything you typed is kept; try again when ready.',
  createClear: 'Clear form',
  createCancel: 'Cancel',
  createSubmit: 'Create video',
  createSubmitting: 'Creating…',
  // Why a value is refused: the form's own checks, then the client schema's (and the mock's) sentences.
  createErrorNameMissing: 'Give this field a name.',
  createErrorNameUsed: 'This field name is already used.',
  createErrorTitle: 'Give the video a title.',
  createErrorTitleLength: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'Give the video a title of at most # characters.' }),
  createErrorTemplateId: 'Choose a template.',
  createErrorCustomerData: 'Customer data must be an object of text values.',
  createErrorCustomerFields: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'Customer data can have at most # fields.' }),
  createErrorCustomerFieldName: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'Every customer field needs a name of at most # characters.' }),
  createErrorCustomerValue: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'A customer field can hold at most # characters.' }),
  createErrorAiMessaging: 'AI messaging takes a tone and a list of key points.',
  createErrorTone: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'The tone can be at most # characters.' }),
  createErrorKeyPoints: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'Give at most # key points.' }),
  createErrorKeyPoint: 'Key points cannot be empty.',
  createErrorKeyPointLength: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'A key point can be at most # characters.' }),
  createErrorIdLength: ({ max }: { max: number }, t: MessageTools) =>
    t.plural(max, { other: 'An id can be at most # characters.' }),
  createErrorAspectRatio: 'Aspect ratio must be 9:16, 16:9 or 1:1.',
  createErrorProjectId: 'The project id must be text.',
};
