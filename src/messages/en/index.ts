import { cards } from './cards';
import { charts } from './charts';
import { common } from './common';
import { create } from './create';
import { gallery } from './gallery';
import { noData } from './no-data';
import { panels } from './panels';

/** The English catalogue: every word the components show, the default and the shape every other catalogue has. */
export const en = { ...common, ...gallery, ...create, ...charts, ...panels, ...cards, ...noData };

/** A complete catalogue: one entry per English message, functions with the same values. */
export type Messages = typeof en;

/** Single messages to use instead of the catalogue's, e.g. `{ tryAgain: 'Reload' }`. */
export type MessageOverrides = Partial<Messages>;

/** The English area catalogues, for translations kept in the same areas. */
export type CommonMessages = typeof common;
/** The gallery and player card's messages. */
export type GalleryMessages = typeof gallery;
/** The create dialog's messages. */
export type CreateMessages = typeof create;
/** The charts' messages. */
export type ChartMessages = typeof charts;
/** The analytics panels' messages. */
export type PanelMessages = typeof panels;
/** The cards', tables' and comparison's messages. */
export type CardMessages = typeof cards;
/** The no-views messages. */
export type NoDataMessages = typeof noData;
