/** Markdown specs shared by the CLI tests. Hand-written: expectations are never computed by the code under test. */

/** A small spec in the template's shape, as a person would write it (blank lines, some subsections missing). */
export const SMALL_SPEC = `# Chainfire Specification

> Version: 0.3 | Status: Draft | Last Updated: 2025-01-02

## 1. Overview

### 1.1 Purpose

Chainfire stores cluster configuration.

### 1.3 Design Goals

- Fast reads
- Simple operations

## 2. Architecture

### 2.3 Dependencies

| Crate | Purpose |
|-------|---------|
| tokio | Async runtime |
| serde | Serialization |

## Appendix

### A. Error Codes

| Code | Meaning |
|------|---------|
| E001 | Key not found |
`;

/** The same content written loosely: no numbers, other case, an alias, CRLF line endings. */
export const LOOSE_SPEC = [
  '# Chainfire Specification',
  '',
  '> Version: 0.3 | Status: Draft | Last Updated: 2025-01-02',
  '',
  '## overview',
  '',
  '### Purpose',
  'Chainfire stores cluster configuration.',
  '',
  '### Goals',
  '* Fast reads',
  '* Simple operations',
  '',
].join('\r\n');
