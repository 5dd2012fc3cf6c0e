import type { PanelMessages } from '../../messages';

export const panels: PanelMessages = {};
