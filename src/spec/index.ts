/** The spec model: template description, schemas, blank spec, path access. Pure: runs in Node and the browser. */
export * from './template';
export * from './schema';
export { createEmptySpec } from './empty';
export { getAt, setAt, parsePath } from './access';
