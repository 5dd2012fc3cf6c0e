/** An API key as a readable label: separators become spaces, the first letter is capitalised ("screen_share" → "Screen share"). */
export const humanizeKey = (key: string) => {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
