import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AccountAnalyticsPanel,
  CreateVideoDialog,
  TemplateAnalyticsPanel,
  VideoAnalyticsPanel,
} from '../../src/components';
import { SixtySecondsProvider } from '../../src/hooks';
import de from '../../src/locales/de';
import { en, type Messages, messageTools } from '../../src/messages';
import { createMockApi } from '../../src/mock';

const words = /\p{L}{2,}.*\s.*\p{L}{2,}/u;

/**
 * The English a German page must not show: every text message German words differently, and the fixed words of every
 * message function (called with 7 for each value, split where the 7s went) that run to two words or more.
 */
function englishPhrases(): { key: string; phrase: string }[] {
  const phrases: { key: string; phrase: string }[] = [];
  const values = new Proxy({}, { get: () => 7 });
  for (const key of Object.keys(en) as (keyof Messages)[]) {
    const english = en[key];
    const german = de[key];
    if (typeof english === 'string') {
      if (english !== german && /\p{L}{3,}/u.test(english)) phrases.push({ key, phrase: english });
      continue;
    }
    let text: string;
    try {
      text = (english as (v: unknown, t: ReturnType<typeof messageTools>) => string)(values, messageTools('en-US'));
    } catch {
      continue;
    }
    for (const part of text.split(/7/)) if (words.test(part.trim())) phrases.push({ key, phrase: part.trim() });
  }
  return phrases;
}

/** Everything a person reads or hears: the page's text (portals included) and every text attribute. */
function pageText(): string {
  const attributes = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];
  // innerText, not textContent: the text as laid out, with visually hidden tables but without display:none parts.
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what matters here
  const parts = [document.body.innerText];
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a German dashboard and create dialog', () => {
  it('show no English word from the catalogue, in text or accessible names', async () => {
    const mock = createMockApi({ seed: 42, latencyMs: 0 });
    let inFlight = 0;
    const fetch = async (request: Request) => {
      inFlight++;
      try {
        return await mock.fetch(request);
      } finally {
        inFlight--;
      }
    };
    const video = mock.videos().find((candidate) => candidate.status === 'published');
    const template = mock.templates()[0];
    render(
      <SixtySecondsProvider baseUrl="http://localhost/api/sixtyseconds" fetch={fetch} locale="de-DE" messages={de}>
        <AccountAnalyticsPanel today="2025-03-01" />
        <VideoAnalyticsPanel videoId={video?.id} today="2025-03-01" />
        <TemplateAnalyticsPanel templateId={template?.id} today="2025-03-01" />
        <CreateVideoDialog open trigger={null} />
      </SixtySecondsProvider>,
    );
    await screen.findByRole('dialog');
    // Every panel has its data (its tables are there) and nothing is still on its way.
    await waitFor(() => expect(document.querySelectorAll('table').length).toBeGreaterThanOrEqual(3), {
      timeout: 10_000,
    });
    await waitFor(() => expect(inFlight).toBe(0), { timeout: 10_000 });

    const text = pageText();
    expect(text).toMatch(/Aufrufe/);
    const whole = (phrase: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'u');
    // A word German shares with English ("Engagement" in "Engagement-Wert") is German where the catalogue uses it.
    const german = Object.values(de)
      .filter((message) => typeof message === 'string')
      .join('\n');
    const found = englishPhrases().filter(({ phrase }) => whole(phrase).test(text) && !whole(phrase).test(german));
    expect(found).toEqual([]);
  });
});
