import type { Messages } from '../../messages';
import { cards } from './cards';
import { charts } from './charts';
import { common } from './common';
import { create } from './create';
import { gallery } from './gallery';
import { noData } from './no-data';
import { panels } from './panels';

/** Arabic (right to left: also `dir="rtl"`) messages: `<SixtySecondsProvider locale="ar-EG" messages={ar}>`. */
const ar: Messages = { ...common, ...gallery, ...create, ...charts, ...panels, ...cards, ...noData };

export default ar;
