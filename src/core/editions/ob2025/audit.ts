import type { EditionAudit } from '../../edition/types';
import { deepFreeze } from '../../edition/deepFreeze';
import { checks } from './checks';
import { discrepancies } from './discrepancies';
import { findings } from './findings';

/** The data check's knowledge of OB2025: declared checks, documented discrepancies, findings. */
export const OB2025_AUDIT: EditionAudit = deepFreeze({ checks, discrepancies, findings });
