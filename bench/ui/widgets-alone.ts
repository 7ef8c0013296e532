/**
 * The prose and code widgets alone, in the e2e widget harness (e2e/harness: the same components with their
 * value in React state, no store, no form around them), holding the 200 KB spec's purpose and Public Traits
 * text. Typing there against the same plain textarea shows how much of the in-app figure is the widget's own.
 */
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { codeTarget, proseTarget, textareaTarget } from './app';
import { figure, type Figure } from './figures';
import { addBaselineTextarea, installProbe, median, p95, settle } from './probe';
import { serveStatic } from './serve';
import { uiSpec, type UiSpecSize } from './spec';
import { measureTyping } from './typing';

/** Builds the harness into `outDir`, loads it with the spec's texts and measures typing in both widgets. */
export async function measureWidgetsAlone(browser: Browser, root: string, outDir: string, size: UiSpecSize, label: string): Promise<Figure[]> {
  await build({ configFile: join(root, 'e2e', 'harness', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveStatic(outDir);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await installProbe(page);
    await page.goto(server.url);
    await page.getByRole('textbox', { name: 'Public Traits', exact: true }).waitFor();
    const spec = uiSpec('Bench', size);
    await page.evaluate(
      ([code, prose]) => {
        const w = window as unknown as { __setValue(field: string, value: string): void };
        w.__setValue('rust', code);
        w.__setValue('purpose', prose);
      },
      [spec.api.publicTraits, spec.overview.purpose] as const,
    );
    await settle(page);
    const base = textareaTarget(await addBaselineTextarea(page));
    const out: Figure[] = [];
    for (const [name, target] of [
      ['purpose (Tiptap)', proseTarget('Purpose')],
      ['Public Traits (CodeMirror)', codeTarget('Public Traits')],
    ] as const) {
      const r = await measureTyping(page, target, [base], { rounds: 2, keysPerRound: 50 });
      out.push(
        figure(`typing in the widget harness: ${name}`, p95(r.field), 'ms', 'textarea', p95(r.baselines[0]!), {
          note: `${label} text, p95 of ${r.field.length} keys; median ${median(r.field).toFixed(1)} vs ${median(r.baselines[0]!).toFixed(1)} ms`,
        }),
      );
    }
    return out;
  } finally {
    await page.close();
    await server.close();
  }
}
