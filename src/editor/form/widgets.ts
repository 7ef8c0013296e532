/** The widget for each field kind: the one place that maps the template's kinds to components. */
import type { ComponentType } from 'react';
import type { FieldKind } from '../../spec';
import { CodeField } from '../fields/CodeField';
import { KeyValueField } from '../fields/KeyValueField';
import { ListField } from '../fields/ListField';
import { ProseField } from '../fields/ProseField';
import { TermsField } from '../fields/TermsField';
import type { FieldProps } from '../fields/types';
import { TableEditor } from '../table/TableEditor';

export const FIELD_WIDGETS: Record<FieldKind['kind'], ComponentType<FieldProps>> = {
  prose: ProseField,
  code: CodeField,
  table: TableEditor,
  list: ListField,
  keyValue: KeyValueField,
  terms: TermsField,
};
