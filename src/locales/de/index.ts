import type { Messages } from '../../messages';
import { cards } from './cards';
import { charts } from './charts';
import { common } from './common';
import { create } from './create';
import { gallery } from './gallery';
import { noData } from './no-data';
import { panels } from './panels';

/** German messages: `<SixtySecondsProvider locale="de-DE" messages={de}>`. */
const de: Messages = { ...common, ...gallery, ...create, ...charts, ...panels, ...cards, ...noData };

export default de;
