import '../../src/styles.css';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { GroupBySwitch } from '../../src/components/analytics';

afterEach(() => document.body.replaceChildren());

function Switch() {
  const [value, setValue] = useState<'day' | 'week' | 'month'>('week');
  return <GroupBySwitch groupBy={value} onGroupByChange={setValue} />;
}

describe('focus rings in real Chromium', () => {
  it('outlines the whole group-by option a keyboard user is on, with no :has() needed', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    flushSync(() => createRoot(host).render(<Switch />));
    await userEvent.tab();
    const input = document.activeElement as HTMLInputElement;
    expect(input.type).toBe('radio');
    const style = getComputedStyle(input);
    expect([style.outlineStyle, style.outlineWidth, Number(style.opacity)]).toEqual(['solid', '2px', 1]);
    // The ring is drawn around the input, which fills its option inside the option's 1px border.
    const option = input.closest('label') as HTMLLabelElement;
    const [a, b] = [input.getBoundingClientRect(), option.getBoundingClientRect()];
    expect([a.width, a.height]).toEqual([b.width - 2, b.height - 2]);
    expect(option.textContent).toContain('Week');
  });
});
