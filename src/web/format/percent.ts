/** One way to write a share, shared with the server's documents: see src/shared/percent.ts. */
export { percentText } from '../../shared/percent';
