import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real plans the project was given, in ../shared/seeds beside the repository. CI and the team's machines
 * have that folder; a plain clone does not, so the tests that read a seed skip themselves
 * (`describe.skipIf(!seedsAvailable)`) and the summary reporter says so in one line.
 */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export const seedsAvailable = existsSync(SEEDS_DIR);

export const seedPath = (name: string): string => `${SEEDS_DIR}${name}`;

export const readSeed = (name: string): string => readFileSync(seedPath(name), 'utf8');

/** What the summary reporter prints when the seeds are absent and `skipped` tests that read them were skipped. */
export const seedsAbsentLine = (skipped: number): string =>
  `../shared/seeds không có bên cạnh kho mã (${SEEDS_DIR}): bỏ qua ${skipped} kiểm thử đọc tài liệu mẫu.`;
