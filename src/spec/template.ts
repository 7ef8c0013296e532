/**
 * The template, described once as data. Everything that knows about sections (the forms, the Markdown
 * import and export, the linter, the CLI) reads this description; nothing else lists the sections.
 * Pure: no DOM, no React.
 */

/** A column of a typed table. `key` is the JSON name; `aliases` are header texts seen in real specs. */
export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly aliases: readonly string[];
  /** Placeholder shown in an empty cell. */
  readonly hint: string;
}

/** A labelled bullet (`- **In scope**: ...`). */
export interface KeyDef {
  readonly key: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly hint: string;
  /** Suggested values for select-like keys (the template's "RocksDB / SQLite / Memory"). */
  readonly options?: readonly string[];
}

export type FieldKind =
  | { readonly kind: 'prose' }
  | { readonly kind: 'list'; readonly itemLabel: string }
  | { readonly kind: 'code'; readonly lang: string; readonly langAliases: readonly string[] }
  | { readonly kind: 'table'; readonly columns: readonly ColumnDef[]; readonly rowLabel: string }
  | { readonly kind: 'keyValue'; readonly keys: readonly KeyDef[] }
  | { readonly kind: 'terms'; readonly columns: readonly [ColumnDef, ColumnDef] };

export interface SubsectionDef {
  /** camelCase JSON key inside its section, e.g. `purpose`. */
  readonly id: string;
  /** `1.1`, or `A` in the appendix. */
  readonly number: string;
  readonly heading: string;
  /** Other headings real specs use for the same subsection (compared case- and punctuation-insensitively). */
  readonly aliases: readonly string[];
  readonly field: FieldKind;
  /** The template's placeholder text for this subsection's body, exactly as TEMPLATE.md writes it. */
  readonly placeholder: string;
  /** One-line hint for the form. */
  readonly hint: string;
}

export interface SectionDef {
  readonly id: string;
  /** `1` ... `8`; empty for the appendix, whose heading carries no number. */
  readonly number: string;
  readonly heading: string;
  readonly aliases: readonly string[];
  readonly subsections: readonly SubsectionDef[];
}

const col = (key: string, header: string, hint: string, aliases: string[] = []): ColumnDef => ({
  key,
  header,
  hint,
  aliases,
});

const code = (lang: string, langAliases: string[] = []): FieldKind => ({ kind: 'code', lang, langAliases });
const prose: FieldKind = { kind: 'prose' };

export const TEMPLATE: readonly SectionDef[] = [
  {
    id: 'overview',
    number: '1',
    heading: 'Overview',
    aliases: ['Project Overview', 'System Overview', 'Executive Summary', 'Introduction', 'Summary'],
    subsections: [
      {
        id: 'purpose',
        number: '1.1',
        heading: 'Purpose',
        aliases: ['Goal', 'Motivation', 'Background'],
        field: prose,
        placeholder: 'Brief description of what this component does and why it exists.',
        hint: 'What this component does and why it exists.',
      },
      {
        id: 'scope',
        number: '1.2',
        heading: 'Scope',
        aliases: [],
        field: {
          kind: 'keyValue',
          keys: [
            { key: 'inScope', label: 'In scope', aliases: ['In-scope'], hint: 'What this component handles' },
            {
              key: 'outOfScope',
              label: 'Out of scope',
              aliases: ['Out-of-scope', 'Not in scope'],
              hint: 'What is explicitly NOT handled',
            },
          ],
        },
        placeholder: '- **In scope**: What this component handles\n- **Out of scope**: What is explicitly NOT handled',
        hint: 'What is in and out of scope.',
      },
      {
        id: 'designGoals',
        number: '1.3',
        heading: 'Design Goals',
        aliases: ['Goals', 'Key Design Goals', 'Design Principles', 'Primary Goals'],
        field: { kind: 'list', itemLabel: 'Goal' },
        placeholder: '- Goal 1\n- Goal 2\n- Goal 3',
        hint: 'One goal per item.',
      },
    ],
  },
  {
    id: 'architecture',
    number: '2',
    heading: 'Architecture',
    aliases: ['Architecture Overview', 'System Architecture', 'Component Architecture', 'Crate Architecture', 'Design'],
    subsections: [
      {
        id: 'crateStructure',
        number: '2.1',
        heading: 'Crate Structure',
        aliases: ['Workspace Structure', 'Component Structure', 'Module Structure', 'Project Structure', 'File Layout'],
        field: code(''),
        placeholder: [
          'component/',
          '├── crates/',
          '│ ├── component-api/ # gRPC service definitions',
          '│ ├── component-client/ # Client library',
          '│ ├── component-core/ # Core business logic',
          '│ ├── component-server/ # Server binary',
          '│ ├── component-storage/ # Persistence layer',
          '│ └── component-types/ # Shared types',
          '└── proto/ # Protocol definitions',
        ].join('\n'),
        hint: 'The crate tree.',
      },
      {
        id: 'dataFlow',
        number: '2.2',
        heading: 'Data Flow',
        aliases: ['Data Flow Diagram', 'Request Flow'],
        field: code(''),
        placeholder: '[Client] → [API Layer] → [Core Logic] → [Storage]\n[Consensus] (if distributed)',
        hint: 'A diagram of how data moves through the component.',
      },
      {
        id: 'dependencies',
        number: '2.3',
        heading: 'Dependencies',
        aliases: ['Dependency', 'External Dependencies', 'Crate Dependencies', 'Key Dependencies'],
        field: {
          kind: 'table',
          rowLabel: 'dependency',
          columns: [
            col('crate', 'Crate', 'tokio', ['Package', 'Library', 'Dependency', 'Name', 'Module']),
            col('purpose', 'Purpose', 'Async runtime', ['Description', 'Use', 'Usage', 'Role', 'Reason']),
          ],
        },
        placeholder: '| Crate | Purpose |\n|-------|---------|\n| tokio | Async runtime |\n| tonic | gRPC framework |\n| ... | ... |',
        hint: 'Crates this component depends on.',
      },
    ],
  },
  {
    id: 'api',
    number: '3',
    heading: 'API',
    aliases: ['API Design', 'Interfaces', 'API Reference', 'API Surface', 'Public API'],
    subsections: [
      {
        id: 'grpcServices',
        number: '3.1',
        heading: 'gRPC Services',
        aliases: ['gRPC Service', 'Services', 'gRPC API', 'Service Definitions'],
        field: code('protobuf', ['proto', 'proto3', 'protobuf3']),
        placeholder: 'service ServiceName {\nrpc Method(Request) returns (Response);\n}',
        hint: 'The service definitions, in protobuf.',
      },
      {
        id: 'publicTraits',
        number: '3.2',
        heading: 'Public Traits',
        aliases: ['Core Traits', 'Traits', 'Trait Definitions', 'Key Interfaces'],
        field: code('rust', ['rs']),
        placeholder: 'pub trait TraitName {\nasync fn method(&self, input: Input) -> Result<Output>;\n}',
        hint: 'The public traits, in Rust.',
      },
      {
        id: 'clientLibrary',
        number: '3.3',
        heading: 'Client Library',
        aliases: ['Client', 'Client API', 'Usage Example', 'Client Usage'],
        field: code('rust', ['rs']),
        placeholder: 'let client = Client::connect("http://localhost:2379").await?;\nlet value = client.get("key").await?;',
        hint: 'How a client uses the component, in Rust.',
      },
    ],
  },
  {
    id: 'dataModels',
    number: '4',
    heading: 'Data Models',
    aliases: ['Data Model', 'Data Structures', 'Types', 'Data Architecture'],
    subsections: [
      {
        id: 'coreTypes',
        number: '4.1',
        heading: 'Core Types',
        aliases: ['Core Entities', 'Type Definitions', 'Types', 'Data Types'],
        field: code('rust', ['rs']),
        placeholder: 'pub struct CoreType {\nfield: Type,\n}',
        hint: 'The core types, in Rust.',
      },
      {
        id: 'storageFormat',
        number: '4.2',
        heading: 'Storage Format',
        aliases: ['Storage', 'Persistence', 'Storage Layout'],
        field: {
          kind: 'keyValue',
          keys: [
            {
              key: 'engine',
              label: 'Engine',
              aliases: ['Storage Engine', 'Database'],
              hint: 'RocksDB / SQLite / Memory',
              options: ['RocksDB', 'SQLite', 'Memory'],
            },
            {
              key: 'serialization',
              label: 'Serialization',
              aliases: ['Encoding', 'Format'],
              hint: 'Protocol Buffers / MessagePack',
              options: ['Protocol Buffers', 'MessagePack'],
            },
            { key: 'keyFormat', label: 'Key format', aliases: ['Keys', 'Key layout'], hint: 'Describe key structure' },
          ],
        },
        placeholder:
          '- **Engine**: RocksDB / SQLite / Memory\n- **Serialization**: Protocol Buffers / MessagePack\n- **Key format**: Describe key structure',
        hint: 'How data is stored.',
      },
    ],
  },
  {
    id: 'configuration',
    number: '5',
    heading: 'Configuration',
    aliases: ['Config', 'Configuration Schema'],
    subsections: [
      {
        id: 'configFileFormat',
        number: '5.1',
        heading: 'Config File Format (TOML)',
        aliases: ['Config File Format', 'Configuration File Format', 'Configuration File', 'Config File', 'Configuration File Format (TOML)'],
        field: code('toml'),
        placeholder: '[section]\nkey = "value"',
        hint: 'The config file, in TOML.',
      },
      {
        id: 'envVars',
        number: '5.2',
        heading: 'Environment Variables',
        aliases: ['Environment Variable', 'Environment', 'Env Vars', 'Environment Variable Mapping'],
        field: {
          kind: 'table',
          rowLabel: 'variable',
          columns: [
            col('variable', 'Variable', 'VAR_NAME', ['Environment Variable', 'Name', 'Env Var', 'Env']),
            col('default', 'Default', 'value', ['Default Value']),
            col('description', 'Description', 'What it does', ['Purpose', 'Meaning', 'Notes']),
          ],
        },
        placeholder:
          '| Variable | Default | Description |\n|----------|---------|-------------|\n| VAR_NAME | value | What it does |',
        hint: 'Environment variables the component reads.',
      },
      {
        id: 'cliArguments',
        number: '5.3',
        heading: 'CLI Arguments',
        aliases: ['Command Line Arguments', 'Command-Line Arguments', 'CLI', 'CLI Options', 'Command Line Options'],
        field: code(''),
        placeholder: 'component-server [OPTIONS]\n--config <PATH> Config file path\n--data-dir <PATH> Data directory',
        hint: 'The command-line usage.',
      },
    ],
  },
  {
    id: 'security',
    number: '6',
    heading: 'Security',
    aliases: ['Security Considerations', 'Security Model'],
    subsections: [
      {
        id: 'authentication',
        number: '6.1',
        heading: 'Authentication',
        aliases: ['AuthN'],
        field: prose,
        placeholder: '- Method (mTLS / tokens / etc.)',
        hint: 'How callers prove who they are.',
      },
      {
        id: 'authorization',
        number: '6.2',
        heading: 'Authorization',
        aliases: ['AuthZ', 'Access Control'],
        field: prose,
        placeholder: '- Access control model',
        hint: 'What callers may do.',
      },
      {
        id: 'multiTenancy',
        number: '6.3',
        heading: 'Multi-tenancy',
        aliases: ['Multi-Tenancy', 'Multitenancy', 'Tenant Isolation', 'Isolation'],
        field: prose,
        placeholder: '- Isolation mechanisms\n- Namespace/org scoping',
        hint: 'How tenants are kept apart.',
      },
    ],
  },
  {
    id: 'operations',
    number: '7',
    heading: 'Operations',
    aliases: ['Operational Considerations', 'Operations and Deployment'],
    subsections: [
      {
        id: 'deployment',
        number: '7.1',
        heading: 'Deployment',
        aliases: ['Deployment Strategy', 'Deployment Model'],
        field: prose,
        placeholder: '- Single node\n- Cluster mode',
        hint: 'How the component is deployed.',
      },
      {
        id: 'monitoring',
        number: '7.2',
        heading: 'Monitoring',
        aliases: ['Observability', 'Metrics', 'Monitoring and Observability'],
        field: prose,
        placeholder: '- Metrics exposed (Prometheus format)\n- Health endpoints',
        hint: 'Metrics and health endpoints.',
      },
      {
        id: 'backupRecovery',
        number: '7.3',
        heading: 'Backup & Recovery',
        aliases: ['Backup and Recovery', 'Backup/Recovery', 'Disaster Recovery', 'Backup'],
        field: prose,
        placeholder: '- Snapshot mechanism\n- Point-in-time recovery',
        hint: 'Snapshots and recovery.',
      },
    ],
  },
  {
    id: 'compatibility',
    number: '8',
    heading: 'Compatibility',
    aliases: ['Compatibility and Versioning', 'Versioning'],
    subsections: [
      {
        id: 'apiVersioning',
        number: '8.1',
        heading: 'API Versioning',
        aliases: ['Versioning', 'Version Headers'],
        field: prose,
        placeholder: '- Version scheme\n- Deprecation policy',
        hint: 'Version scheme and deprecation policy.',
      },
      {
        id: 'wireProtocol',
        number: '8.2',
        heading: 'Wire Protocol',
        aliases: ['Wire Format', 'Protocol Compatibility'],
        field: prose,
        placeholder: '- Protocol buffer version\n- Backward compatibility guarantees',
        hint: 'Wire format and compatibility guarantees.',
      },
    ],
  },
  {
    id: 'appendix',
    number: '',
    heading: 'Appendix',
    aliases: ['Appendices'],
    subsections: [
      {
        id: 'errorCodes',
        number: 'A',
        heading: 'Error Codes',
        aliases: ['Error Code', 'Errors', 'Error Responses'],
        field: {
          kind: 'table',
          rowLabel: 'error code',
          columns: [
            col('code', 'Code', 'E001', ['Error Code', 'Error', 'Status']),
            col('meaning', 'Meaning', 'What it means', ['Description', 'Message']),
          ],
        },
        placeholder: '| Code | Meaning |\n|------|---------|\n| ... | ... |',
        hint: 'Error codes and what they mean.',
      },
      {
        id: 'glossary',
        number: 'B',
        heading: 'Glossary',
        aliases: ['Terminology', 'Terms', 'Definitions'],
        field: {
          kind: 'terms',
          columns: [col('term', 'Term', 'Term'), col('definition', 'Definition', 'Definition', ['Meaning', 'Description'])],
        },
        placeholder: '- **Term**: Definition',
        hint: 'Terms a reader may not know.',
      },
    ],
  },
];

/** The metadata line's fields, in template order. */
export const META_FIELDS = [
  { key: 'version', label: 'Version', aliases: ['Revision', 'Rev'], placeholder: '1.0' },
  { key: 'status', label: 'Status', aliases: ['State'], placeholder: 'Draft' },
  { key: 'lastUpdated', label: 'Last Updated', aliases: ['Date', 'Updated', 'Last Modified', 'Last-Updated'], placeholder: 'YYYY-MM-DD' },
] as const;

export type MetaKey = (typeof META_FIELDS)[number]['key'];

export const KNOWN_STATUSES = ['Draft', 'Review', 'Approved', 'Implemented', 'Deprecated', 'Superseded'] as const;

export const TITLE_PLACEHOLDER = '[Component Name]';
export const TITLE_SUFFIX = ' Specification';

/** A field's place: its section and subsection. */
export interface FieldRef {
  readonly section: SectionDef;
  readonly sub: SubsectionDef;
  /** `overview.purpose` */
  readonly path: string;
}

/** Every field, in template order. */
export const FIELDS: readonly FieldRef[] = TEMPLATE.flatMap((section) =>
  section.subsections.map((sub) => ({ section, sub, path: `${section.id}.${sub.id}` })),
);

const byPath = new Map(FIELDS.map((f) => [f.path, f]));

/** Looks a field up by its `section.sub` path; throws for a path the template does not have. */
export function fieldByPath(path: string): FieldRef {
  const f = byPath.get(path);
  if (!f) throw new Error(`Cannot find template field '${path}', expected one of ${[...byPath.keys()].join(', ')}`);
  return f;
}

/** The heading text as the template writes it: `1. Overview`, `1.1 Purpose`, `Appendix`, `A. Error Codes`. */
export function sectionHeading(s: SectionDef): string {
  return s.number ? `${s.number}. ${s.heading}` : s.heading;
}
export function subsectionHeading(s: SubsectionDef): string {
  return /^\d/.test(s.number) ? `${s.number} ${s.heading}` : `${s.number}. ${s.heading}`;
}
