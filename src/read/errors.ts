/** Why a file could not be read at all. */
export type ReadErrorClass =
  | "not_found"
  | "not_pdf"
  | "not_docx"
  | "encrypted"
  | "truncated"
  | "empty"
  | "image_only"
  | "unsupported";

/** A file the reader cannot use; the message says what to do about it. */
export class ReadError extends Error {
  constructor(
    readonly errorClass: ReadErrorClass,
    message: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}
