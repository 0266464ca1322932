import type { AuditedEdition } from '../edition/types';
import { OB2025 } from './ob2025';
import { OB2025_AUDIT } from './ob2025/audit';

/**
 * The editions with their audits (a module of its own, so that a bundle importing
 * {@link EDITIONS} never reaches the audit data), for the data check and the mutation run only (`npm run
 * check-data`, `npm run mutate-data`): the functions and the pane import {@link EDITIONS}, which
 * does not carry the audit (issue 15).
 */
export const OB2025_AUDITED: AuditedEdition = Object.freeze({ ...OB2025, ...OB2025_AUDIT });
export const AUDITED_EDITIONS: readonly AuditedEdition[] = [OB2025_AUDITED];
