/** The fields the widget harness shows: one of each situation the widgets must handle. */
export type HarnessField =
  | { kind: 'prose'; key: string; label: string; initial: string; placeholder?: string }
  | { kind: 'code'; key: string; label: string; initial: string; lang: string; placeholder?: string };

export const FIELDS: HarnessField[] = [
  { kind: 'prose', key: 'purpose', label: 'Purpose', initial: '', placeholder: 'What this component does and why it exists.' },
  {
    kind: 'prose',
    key: 'scope',
    label: 'Scope',
    initial:
      'Stores **immutable** blobs for the `chainfire` cluster and\nserves them over [gRPC](https://grpc.io).\n\n' +
      // `*` bullets and `_` emphasis: Tiptap writes `-` and `*`, so an untouched field must not be rewritten.
      '* Content-addressed by _BLAKE3_ hash\n* Replicated to three nodes\n  * one per zone\n\n' +
      '1. Write\n2. Verify',
  },
  {
    kind: 'prose',
    key: 'security',
    label: 'Security',
    initial: 'Threats we consider:\n\n| Threat | Mitigation |\n|---|---|\n| Replay | Nonces |\n',
  },
  {
    kind: 'code',
    key: 'rust',
    label: 'Public Traits',
    lang: 'rust',
    initial:
      '/// A content-addressed store.\npub trait BlobStore: Send + Sync {\n    fn get(&self, id: &BlobId) -> Result<Option<Bytes>, StoreError>;\n' +
      '    fn put(&self, data: Bytes) -> Result<BlobId, StoreError>;\n}\n',
  },
  {
    kind: 'code',
    key: 'protobuf',
    label: 'gRPC Services',
    lang: 'protobuf',
    initial:
      'syntax = "proto3";\n\n// Blob storage.\nservice BlobService {\n  rpc Get(GetRequest) returns (GetResponse);\n}\n\n' +
      'message GetRequest {\n  bytes id = 1;\n  uint32 max_size = 2;\n}\n',
  },
  {
    kind: 'code',
    key: 'toml',
    label: 'Configuration File',
    lang: 'toml',
    initial: '# chainfire.toml\n[server]\nlisten = "127.0.0.1:7000"\nworkers = 4\n\n[storage]\nengine = "rocksdb"\ncompact = true\n',
  },
  { kind: 'code', key: 'cli', label: 'CLI Arguments', lang: '', initial: '', placeholder: 'chainfire serve --config <path>' },
];
