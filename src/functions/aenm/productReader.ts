import { indProduct, type IndProduct } from '../../core';
import { CellFault, type Reader } from '../cells/fault';
import { textParameter, textReader } from '../cells/readers';

const asText = textReader('indProduct');

/** asiel/asylum, regulier/regular, naturalisatie/naturalisation, any case; resolved once per distinct cell value. */
export const productReader = (): Reader<IndProduct> =>
  textParameter('indProduct', (cell) => {
    const text = asText(cell);
    if (text instanceof CellFault) return text;
    const product = indProduct(text);
    return product.ok ? product.value : new CellFault(product.error);
  });
