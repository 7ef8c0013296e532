/** The blank spec. Defaults live here, not in the schemas. Pure. */
import type { Spec } from './schema';

/** A spec with every field empty, named `name` (the component name, without " Specification"). */
export function createEmptySpec(name = ''): Spec {
  return {
    title: name,
    meta: { version: '1.0', status: 'Draft', lastUpdated: '' },
    overview: { purpose: '', scope: { inScope: '', outOfScope: '' }, designGoals: [] },
    architecture: { crateStructure: '', dataFlow: '', dependencies: [] },
    api: { grpcServices: '', publicTraits: '', clientLibrary: '' },
    dataModels: { coreTypes: '', storageFormat: { engine: '', serialization: '', keyFormat: '' } },
    configuration: { configFileFormat: '', envVars: [], cliArguments: '' },
    security: { authentication: '', authorization: '', multiTenancy: '' },
    operations: { deployment: '', monitoring: '', backupRecovery: '' },
    compatibility: { apiVersioning: '', wireProtocol: '' },
    appendix: { errorCodes: [], glossary: [] },
    extras: [],
  };
}
