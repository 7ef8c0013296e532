/**
 * The whole new-spec flow with the keyboard alone: create, fill metadata, prose, a list, code, a table and
 * the glossary, then save (Ctrl+S downloads when no file is open). Locators only check where focus is.
 */
import { expect, test } from '@playwright/test';
import { download, region, tabTo } from './fixtures/editor';

const EXPECTED = `# Flaredb Specification

> Version: 2.0 | Status: Review | Last Updated: 2025-01-15

## 1. Overview

### 1.1 Purpose

Flaredb is a small SQL store.

### 1.2 Scope

### 1.3 Design Goals

- Fast
- Small

## 2. Architecture

### 2.1 Crate Structure

### 2.2 Data Flow

### 2.3 Dependencies

## 3. API

### 3.1 gRPC Services

### 3.2 Public Traits

\`\`\`rust
pub trait Kv: Send + Sync;
\`\`\`

### 3.3 Client Library

## 4. Data Models

### 4.1 Core Types

### 4.2 Storage Format

- **Engine**: SQLite

## 5. Configuration

### 5.1 Config File Format (TOML)

### 5.2 Environment Variables

| Variable | Default | Description |
| --- | --- | --- |
| FLAREDB_PORT | 5432 | Listen port |

### 5.3 CLI Arguments

## 6. Security

### 6.1 Authentication

### 6.2 Authorization

### 6.3 Multi-tenancy

## 7. Operations

### 7.1 Deployment

### 7.2 Monitoring

### 7.3 Backup & Recovery

## 8. Compatibility

### 8.1 API Versioning

### 8.2 Wire Protocol

## Appendix

### A. Error Codes

### B. Glossary

- **Raft**: Consensus algorithm
`;

test('a new spec can be created, filled and saved with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const kb = page.keyboard;

  await tabTo(page, page.getByRole('button', { name: 'New spec' }));
  await kb.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New spec' }).getByLabel('Component name')).toBeFocused();
  await kb.type('Flaredb');
  await kb.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await tabTo(page, page.getByLabel('Version', { exact: true }));
  await kb.press('Control+A');
  await kb.type('2.0');
  await tabTo(page, page.getByLabel('Status', { exact: true }));
  await kb.press('ArrowDown'); // Draft -> Review
  await tabTo(page, page.getByLabel('Last updated', { exact: true }));
  await kb.type('01152025');

  await tabTo(page, page.getByRole('textbox', { name: 'Purpose', exact: true }));
  await kb.type('Flaredb is a small SQL store.');

  await tabTo(page, region(page, '1.3 Design Goals').getByRole('button', { name: 'Add goal' }));
  await kb.press('Enter');
  await kb.type('Fast');
  await kb.press('Enter');
  await kb.type('Small');

  await tabTo(page, page.getByRole('textbox', { name: 'Public Traits', exact: true }));
  await kb.type('pub trait Kv: Send + Sync;');

  await tabTo(page, page.getByRole('combobox', { name: 'Engine' }));
  await kb.type('SQLite');

  await tabTo(page, region(page, '5.2 Environment Variables').getByRole('button', { name: 'Add row' }));
  await kb.press('Enter');
  await kb.type('FLAREDB_PORT');
  await kb.press('Tab');
  await kb.type('5432');
  await kb.press('Tab');
  await kb.type('Listen port');

  await tabTo(page, region(page, 'B. Glossary').getByRole('button', { name: 'Add term' }));
  await kb.press('Enter');
  await kb.type('Raft');
  await kb.press('Tab');
  await kb.type('Consensus algorithm');

  const file = await download(page, () => kb.press('Control+S'));
  expect(file.name).toBe('flaredb.md');
  expect(file.text).toBe(EXPECTED);
});

test('Ctrl+S pressed right after typing in a code or rich text field saves every key typed', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Component name', { exact: true }).fill('Quick');
  for (const [name, text, expected] of [
    ['Public Traits', 'pub trait Fast;', '```rust\npub trait Fast;\n```'],
    ['Purpose', 'Saved at once.', 'Saved at once.'],
  ] as const) {
    await page.getByRole('textbox', { name, exact: true }).click();
    await page.keyboard.type(text);
    // No pause and no leaving the field: the editors hold their last keys for up to 100 ms.
    const file = await download(page, () => page.keyboard.press('Control+S'));
    expect(file.text).toContain(expected);
  }
});
