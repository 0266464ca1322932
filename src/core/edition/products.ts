/**
 * The IND's products, declared once: the key the edition data, the chain model, the sheets and the
 * functions use, and the names a controller may type for it (Dutch and English, any case).
 */
export const IND_PRODUCT_NAMES = {
  asiel: ['asiel', 'asylum'],
  regulier: ['regulier', 'regular'],
  naturalisatie: ['naturalisatie', 'naturalisation', 'naturalization'],
} as const satisfies Record<string, readonly string[]>;

export type IndProduct = keyof typeof IND_PRODUCT_NAMES;

/** The products in the order the budget prints them (Tabel 8, 19). */
export const IND_PRODUCTS = Object.keys(IND_PRODUCT_NAMES) as readonly IndProduct[];
