import { join } from 'node:path';

export const ROOT_DIR = join(__dirname, '..', '..');
export const DATA_DIR = join(ROOT_DIR, 'data');
