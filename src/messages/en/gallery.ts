/** The video gallery and player card. */
export const gallery = {};
