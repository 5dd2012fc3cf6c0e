export { type BoundMessages, bindMessages } from './bind';
export type { Bound, BoundMessage, Message } from './catalogue';
export {
  type CardMessages,
  type ChartMessages,
  type CommonMessages,
  type CreateMessages,
  en,
  type GalleryMessages,
  type MessageOverrides,
  type Messages,
  type NoDataMessages,
  type PanelMessages,
} from './en';
export { errorText } from './error-text';
export { type MessageTools, messageTools, type PluralForms } from './tools';
