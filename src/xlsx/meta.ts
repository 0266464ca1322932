/** What a written workbook says about itself in its document properties. */
export interface WorkbookMeta {
  /** Edition id the figures come from, e.g. "OB2025". */
  readonly edition: string;
  /** Human edition title, e.g. "Ontwerpbegroting 2025". */
  readonly editionName?: string;
  /** Version of the add-in (package.json) that wrote the file. */
  readonly addinVersion: string;
  /** Document title; defaults to "AENM Begroting – <edition>". */
  readonly title?: string;
  /** Language of the printed header and footer ("pagina 1 van 3" / "page 1 of 3"); default Dutch, as the sheets. */
  readonly language?: 'nl' | 'en';
  /** Fixed for reproducible files in tests; defaults to now. */
  readonly createdAt?: Date;
}

/** The subset of ExcelJS's Workbook we set, so this file needs no ExcelJS import. */
export interface DocumentProperties {
  creator: string;
  lastModifiedBy: string;
  created: Date;
  modified: Date;
  title: string;
  subject: string;
  keywords: string;
  category: string;
  description: string;
  company: string;
}

export const CREATOR = 'AENM Begroting (invoegtoepassing voor Excel)';

/**
 * ExcelJS 4.4 cannot write custom document properties (docProps/custom.xml),
 * so the edition and version go into the standard core/app properties, where
 * Excel shows them under File > Info and LibreOffice under Properties.
 */
export function documentProperties(meta: WorkbookMeta): DocumentProperties {
  const when = meta.createdAt ?? new Date();
  const edition = meta.editionName ? `${meta.edition} (${meta.editionName})` : meta.edition;
  return {
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    created: when,
    modified: when,
    title: meta.title ?? `AENM Begroting – ${meta.edition}`,
    subject: `Editie ${edition}`,
    keywords: `AENM; editie=${meta.edition}; versie=${meta.addinVersion}`,
    category: 'Begroting Asiel en Migratie',
    description: `Geschreven door AENM Begroting ${meta.addinVersion} met cijfers uit editie ${edition}.`,
    company: 'Ministerie van Asiel en Migratie',
  };
}
