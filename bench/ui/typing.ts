/**
 * Typing latency: keystrokes into one of the app's fields and into plain textareas on the same page, in
 * alternating rounds so all see the same machine load. Keys come at a typist's irregular pace (40-140 ms)
 * with two short pauses per round, long enough for the debounced preview to update mid-round: if updating
 * it blocked the main thread, the keystrokes after the pause would show it. Between rounds the page
 * settles, so work the field triggered (preview, lint) never lands on the baseline's keystrokes.
 */
import type { Locator, Page } from '@playwright/test';
import { rng } from '../shared/random';
import { settle, startRecording, stopRecording, type ProbeState } from './probe';

/** A place to type into: `focus` puts the caret where typing should go. */
export interface TypingTarget {
  label: string;
  focus(page: Page): Promise<void>;
  /** The field's outer box in the form (its frame, or the table's scroller): where an in-form baseline goes. */
  widget?(page: Page): Locator;
}

/** Keystroke latencies of the field and of each baseline, one number (ms) per keystroke. */
export interface TypingResult {
  field: number[];
  baselines: number[][];
  /** Per field round: ms from its last keydown to the preview showing the typed text (when `previewTail`). */
  previewLag: number[];
}

export interface TypingOptions {
  rounds: number;
  keysPerRound: number;
  /** When set, after each field round wait for the preview to show the round's last characters. */
  previewTail?: boolean;
}

/** `n` keys of lowercase words, starting with a space, ending with a letter; and the pause after each key. */
function roundKeys(n: number, rand: () => number): { text: string; delays: number[] } {
  let text = ' ';
  while (text.length < n) text += rand() < 0.18 && !text.endsWith(' ') ? ' ' : String.fromCharCode(97 + Math.floor(rand() * 26));
  if (text.endsWith(' ')) text = `${text.slice(0, -1)}x`;
  const pauses = new Set([Math.floor(n / 3), Math.floor((2 * n) / 3)]);
  const delays = Array.from({ length: n }, (_, i) => (pauses.has(i) ? 450 : 40 + Math.floor(rand() * 100)));
  return { text, delays };
}

async function typeRound(page: Page, text: string, delays: number[]): Promise<number[]> {
  await startRecording(page);
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]!);
    await page.waitForTimeout(delays[i]!);
  }
  return stopRecording(page, text.length);
}

/** How many times the preview's text contains `tail`. */
function previewCount(page: Page, tail: string): Promise<number> {
  return page.evaluate((t) => (document.querySelector('.preview-pane pre')?.textContent ?? '').split(t).length - 1, tail);
}

/**
 * Ms from the last keydown until the preview's text contains `tail` more than `before` times (polled every
 * frame). Counting matters: every field gets the same round texts, so the text may already be in the preview
 * from an earlier field.
 */
async function previewLag(page: Page, tail: string, before: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ t, n }) => {
      const text = document.querySelector('.preview-pane pre')?.textContent ?? '';
      if (text.split(t).length - 1 <= n) return false;
      return performance.now() - (window as unknown as { __probe: ProbeState }).__probe.lastKey;
    },
    { t: tail, n: before },
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Types `rounds` rounds into each baseline and the field in turn; returns every keystroke's latency. */
export async function measureTyping(page: Page, field: TypingTarget, baselines: readonly TypingTarget[], opts: TypingOptions): Promise<TypingResult> {
  const rand = rng(11);
  const out: TypingResult = { field: [], baselines: baselines.map(() => []), previewLag: [] };
  for (let r = 0; r < opts.rounds; r++) {
    const { text, delays } = roundKeys(opts.keysPerRound, rand);
    for (const [i, baseline] of baselines.entries()) {
      await baseline.focus(page);
      out.baselines[i]!.push(...(await typeRound(page, text, delays)));
      await settle(page);
    }
    const tail = text.slice(-8);
    const before = opts.previewTail ? await previewCount(page, tail) : 0;
    await field.focus(page);
    out.field.push(...(await typeRound(page, text, delays)));
    if (opts.previewTail) out.previewLag.push(await previewLag(page, tail, before));
    await settle(page);
  }
  return out;
}
