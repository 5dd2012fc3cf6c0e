/** One ref written during render: where, what, and in which component or hook. */
export interface RenderRefWrite {
  line: number;
  text: string;
  owner: string;
}

/** The ref writes made during render in one source text. */
export function renderRefWrites(text: string, fileName?: string): RenderRefWrite[];
