import type { Messages } from '../../messages';
import { cards } from './cards';
import { charts } from './charts';
import { common } from './common';
import { create } from './create';
import { gallery } from './gallery';
import { noData } from './no-data';
import { panels } from './panels';

/** Spanish messages: `<SixtySecondsProvider locale="es-ES" messages={es}>`. */
const es: Messages = { ...common, ...gallery, ...create, ...charts, ...panels, ...cards, ...noData };

export default es;
