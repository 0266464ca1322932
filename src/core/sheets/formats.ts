import type { Unit } from '../edition/types';

/** Number formats, one per kind of figure, so every sheet shows the same kind the same way. */
export const FORMAT = {
  euros: '#,##0',
  thousands: '#,##0',
  count: '#,##0',
  share: '0.0%',
  months: '0.0',
  fte: '#,##0',
  year: '0',
} as const;

export const formatOf = (unit: Unit): string => {
  switch (unit) {
    case 'SHARE':
      return FORMAT.share;
    case 'MONTHS':
      return FORMAT.months;
    case 'EUR_MILLION':
      return '#,##0.0';
    default:
      return FORMAT.count;
  }
};
