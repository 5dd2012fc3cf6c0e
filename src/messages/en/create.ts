/** The create-video dialog and its form. */
export const create = {};
