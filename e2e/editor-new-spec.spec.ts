/**
 * A new spec filled in every section through the form, then downloaded: the file must be exactly the
 * Markdown written out below by hand (the template's canonical layout).
 */
import { expect, test } from '@playwright/test';
import { download, region, typeInEditor } from './fixtures/editor';

const EXPECTED = `# Chainfire Specification

> Version: 0.3 | Status: Review | Last Updated: 2025-01-15

## 1. Overview

### 1.1 Purpose

Chainfire stores cluster configuration as a replicated log.

### 1.2 Scope

- **In scope**: Keys, leases and watches
- **Out of scope**: Blob storage

### 1.3 Design Goals

- Linearizable reads
- Single binary

## 2. Architecture

### 2.1 Crate Structure

\`\`\`
chainfire/
├── crates/
└── proto/
\`\`\`

### 2.2 Data Flow

\`\`\`
[Client] → [Raft] → [RocksDB]
\`\`\`

### 2.3 Dependencies

| Crate | Purpose |
| --- | --- |
| tokio | Async runtime |
| openraft | Consensus |

## 3. API

### 3.1 gRPC Services

\`\`\`protobuf
service Kv {
  rpc Get(GetRequest) returns (GetResponse);
}
\`\`\`

### 3.2 Public Traits

\`\`\`rust
pub trait Store {
    fn get(&self, key: &str) -> Option<Vec<u8>>;
}
\`\`\`

### 3.3 Client Library

\`\`\`rust
let client = Client::connect("http://127.0.0.1:2379").await?;
\`\`\`

## 4. Data Models

### 4.1 Core Types

\`\`\`rust
pub struct Entry {
    pub key: String,
}
\`\`\`

### 4.2 Storage Format

- **Engine**: RocksDB
- **Serialization**: Protocol Buffers
- **Key format**: Namespace, then key

## 5. Configuration

### 5.1 Config File Format (TOML)

\`\`\`toml
[server]
listen = "0.0.0.0:2379"
\`\`\`

### 5.2 Environment Variables

| Variable | Default | Description |
| --- | --- | --- |
| CHAINFIRE_DATA_DIR | /var/lib/chainfire | Where data lives |

### 5.3 CLI Arguments

\`\`\`
chainfire-server [OPTIONS]
--config <PATH> Config file path
\`\`\`

## 6. Security

### 6.1 Authentication

Mutual TLS between nodes and clients.

### 6.2 Authorization

Roles grant access per key prefix.

### 6.3 Multi-tenancy

Each tenant gets its own namespace.

## 7. Operations

### 7.1 Deployment

Three or five nodes.

### 7.2 Monitoring

Prometheus metrics and a health endpoint.

### 7.3 Backup & Recovery

Raft snapshots every hour.

## 8. Compatibility

### 8.1 API Versioning

Semantic versioning of the gRPC package.

### 8.2 Wire Protocol

Protocol Buffers v3, compatible within a major version.

## Appendix

### A. Error Codes

| Code | Meaning |
| --- | --- |
| CF001 | Key not found |

### B. Glossary

- **Lease**: Time to live of a key
`;

test('a new spec filled in every section downloads as the expected Markdown', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New spec' }).click();
  const dialog = page.getByRole('dialog', { name: 'New spec' });
  await dialog.getByLabel('Component name').fill('Chainfire');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByLabel('Component name')).toHaveValue('Chainfire');

  await page.getByLabel('Version', { exact: true }).fill('0.3');
  await page.getByLabel('Status', { exact: true }).selectOption('Review');
  await page.getByLabel('Last updated', { exact: true }).fill('2025-01-15');

  await typeInEditor(page, 'Purpose', 'Chainfire stores cluster configuration as a replicated log.');
  await typeInEditor(page, 'In scope', 'Keys, leases and watches');
  await typeInEditor(page, 'Out of scope', 'Blob storage');

  const goals = region(page, '1.3 Design Goals');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await goals.getByRole('textbox', { name: 'Goal 1', exact: true }).fill('Linearizable reads');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await goals.getByRole('textbox', { name: 'Goal 2', exact: true }).fill('Single binary');

  await typeInEditor(page, 'Crate Structure', 'chainfire/\n├── crates/\n└── proto/', { code: true });
  await typeInEditor(page, 'Data Flow', '[Client] → [Raft] → [RocksDB]', { code: true });

  const deps = region(page, '2.3 Dependencies');
  await deps.getByRole('button', { name: 'Add row' }).click();
  await deps.getByRole('textbox', { name: 'Crate, row 1', exact: true }).fill('tokio');
  await deps.getByRole('textbox', { name: 'Purpose, row 1', exact: true }).fill('Async runtime');
  await deps.getByRole('button', { name: 'Add row' }).click();
  await deps.getByRole('textbox', { name: 'Crate, row 2', exact: true }).fill('openraft');
  await deps.getByRole('textbox', { name: 'Purpose, row 2', exact: true }).fill('Consensus');

  await typeInEditor(page, 'gRPC Services', 'service Kv {\n  rpc Get(GetRequest) returns (GetResponse);\n}', { code: true });
  await typeInEditor(page, 'Public Traits', 'pub trait Store {\n    fn get(&self, key: &str) -> Option<Vec<u8>>;\n}', { code: true });
  await typeInEditor(page, 'Client Library', 'let client = Client::connect("http://127.0.0.1:2379").await?;', { code: true });
  await typeInEditor(page, 'Core Types', 'pub struct Entry {\n    pub key: String,\n}', { code: true });

  await page.getByRole('combobox', { name: 'Engine' }).fill('RocksDB');
  await page.getByRole('combobox', { name: 'Serialization' }).fill('Protocol Buffers');
  await page.getByLabel('Key format', { exact: true }).fill('Namespace, then key');

  await typeInEditor(page, 'Config File Format (TOML)', '[server]\nlisten = "0.0.0.0:2379"', { code: true });
  const env = region(page, '5.2 Environment Variables');
  await env.getByRole('button', { name: 'Add row' }).click();
  await env.getByRole('textbox', { name: 'Variable, row 1', exact: true }).fill('CHAINFIRE_DATA_DIR');
  await env.getByRole('textbox', { name: 'Default, row 1', exact: true }).fill('/var/lib/chainfire');
  await env.getByRole('textbox', { name: 'Description, row 1', exact: true }).fill('Where data lives');
  await typeInEditor(page, 'CLI Arguments', 'chainfire-server [OPTIONS]\n--config <PATH> Config file path', { code: true });

  await typeInEditor(page, 'Authentication', 'Mutual TLS between nodes and clients.');
  await typeInEditor(page, 'Authorization', 'Roles grant access per key prefix.');
  await typeInEditor(page, 'Multi-tenancy', 'Each tenant gets its own namespace.');
  await typeInEditor(page, 'Deployment', 'Three or five nodes.');
  await typeInEditor(page, 'Monitoring', 'Prometheus metrics and a health endpoint.');
  await typeInEditor(page, 'Backup & Recovery', 'Raft snapshots every hour.');
  await typeInEditor(page, 'API Versioning', 'Semantic versioning of the gRPC package.');
  await typeInEditor(page, 'Wire Protocol', 'Protocol Buffers v3, compatible within a major version.');

  const errors = region(page, 'A. Error Codes');
  await errors.getByRole('button', { name: 'Add row' }).click();
  await errors.getByRole('textbox', { name: 'Code, row 1', exact: true }).fill('CF001');
  await errors.getByRole('textbox', { name: 'Meaning, row 1', exact: true }).fill('Key not found');
  const glossary = region(page, 'B. Glossary');
  await glossary.getByRole('button', { name: 'Add term' }).click();
  await glossary.getByRole('textbox', { name: 'Term 1', exact: true }).fill('Lease');
  await glossary.getByRole('textbox', { name: 'Definition 1', exact: true }).fill('Time to live of a key');

  // Every section of the outline now reads complete.
  for (const [section, n] of [['1. Overview', 3], ['5. Configuration', 3], ['Appendix', 2]] as const) {
    await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: new RegExp(`^${section}`) })).toContainText(`${n}/${n} filled`);
  }

  const file = await download(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
  expect(file.name).toBe('chainfire.md');
  expect(file.text).toBe(EXPECTED);
});
