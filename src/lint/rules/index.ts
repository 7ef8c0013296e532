/**
 * The rule table: every lint rule, in the order the docs list them. The runner, the config validation and
 * the README's rule list all read this table; adding a rule means writing it and adding it here.
 */
import type { LintRule } from '../types';
import { codeLanguage, emptyField, placeholder } from './content';
import { protobufSyntax, rustDelimiters, tomlSyntax } from './code';
import { envVarUndocumented, envVarUnused, errorCodeUndocumented } from './consistency';
import { headingLevel, headingNumber, headingText } from './headings';
import { futureDate, invalidDate, invalidVersion, unknownStatus } from './meta';
import { metadataFormat, missingMetadata, missingMetadataField } from './metadata-structure';
import { sectionOrder } from './order';
import { extraSection, missingSection, missingSubsection } from './sections';
import { cellCount, extraColumn, tableHeader } from './table-shape';
import { duplicateKey, envVarCase } from './table-keys';
import { missingTitle, titleFormat } from './title';

export const RULES: readonly LintRule[] = [
  missingTitle,
  titleFormat,
  missingMetadata,
  missingMetadataField,
  metadataFormat,
  missingSection,
  missingSubsection,
  sectionOrder,
  headingText,
  headingNumber,
  headingLevel,
  extraSection,
  invalidDate,
  futureDate,
  unknownStatus,
  invalidVersion,
  emptyField,
  placeholder,
  codeLanguage,
  tomlSyntax,
  protobufSyntax,
  rustDelimiters,
  tableHeader,
  extraColumn,
  cellCount,
  duplicateKey,
  envVarCase,
  envVarUndocumented,
  envVarUnused,
  errorCodeUndocumented,
];
