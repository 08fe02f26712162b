// The shape of a message catalogue. English (`catalogues/en.ts`) is the source: its keys are the
// keys every other catalogue must have, so a missing or misspelt key is a type error.

import type { ErrorCode } from "../bindings/ErrorCode";
import type { ValidationCode } from "../bindings/ValidationCode";
import type { messages } from "./catalogues/en";

/** A key of the message catalogue. */
export type MessageKey = keyof typeof messages;

/** Who has checked a catalogue's text (shown to nobody; for translators and reviewers). */
export type ReviewStatus =
  /** The source language. */
  | "source"
  /** Written by the development team, not yet checked by a native-speaking official. */
  | "draft"
  /** Checked by a native speaker who works with the app's users. */
  | "reviewed";

/** One UI language: its messages in ICU MessageFormat, and what the app needs to know about it. */
export interface Catalogue {
  /** BCP 47 language tag, e.g. `az-Latn`. Dates and numbers are formatted with it. */
  locale: string;
  /** The language's name in itself, as the language picker shows it. */
  name: string;
  /** Writing direction of the whole UI in this language. */
  dir: "ltr" | "rtl";
  review: ReviewStatus;
  /** Every string the UI shows, by key: ICU MessageFormat, `{name}` placeholders. */
  messages: Record<MessageKey, string>;
  /** What to tell the user about a failed command, by its error code. */
  errors: Record<ErrorCode, string>;
  /** What to tell the user about a refused field, by its validation code. */
  validation: Record<ValidationCode, string>;
  /**
   * Language names (by ISO 639-3 code) where `Intl.DisplayNames` is missing or ambiguous, e.g.
   * Kurmanji and Sorani, which it may both call "Kurdish".
   */
  languageNames?: Partial<Record<string, string>>;
}
