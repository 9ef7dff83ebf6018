/** Why an uploaded plan is not read at all: the message is for the person who uploaded it. */
export type ImportRefusal =
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'LEGACY_DOC'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'DAMAGED_FILE'
  | 'PASSWORD_PROTECTED'
  | 'TOO_SLOW'
  /** Every parse slot is taken and the queue is full: nothing is wrong with the file. */
  | 'SERVER_BUSY'
  | 'NO_TEXT';

export class ImportRefused extends Error {
  constructor(
    readonly code: ImportRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}
