import type { Edition } from '../edition/types';
import { OB2025 } from './ob2025';

/** Every edition the add-in knows, newest last. Adding one is adding a folder and a line here. */
export const EDITIONS: readonly Edition[] = [OB2025];

/** The edition functions and sheets use unless told otherwise. */
export const DEFAULT_EDITION: Edition = OB2025;

export { OB2025 };
