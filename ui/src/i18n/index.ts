// The UI language: message catalogues (ICU MessageFormat, via intl-messageformat), the chosen
// language and its direction, and locale-aware dates, numbers and country/language names.
//
// Every file in ./catalogues is a language: adding one is adding a file (typed `Catalogue`, so
// it must have every key of English). The choice is the user's, kept in localStorage, and never
// taken from the device: an official can hand a device set to Arabic to a colleague who reads
// French. Numbers and dates always use Latin digits and the Gregorian calendar (`-u-nu-latn`,
// `-u-ca-gregory`): case numbers and dates are read across officials and borders.

import { IntlMessageFormat } from "intl-messageformat";
import type { ErrorCode } from "../bindings/ErrorCode";
import type { ValidationCode } from "../bindings/ValidationCode";
import type { Catalogue, MessageKey } from "./types";
import { LANGUAGES, NATIONALITIES, englishName, regionOf, tagOf } from "./names";

export type { Catalogue, MessageKey } from "./types";

const files = import.meta.glob<Catalogue>("./catalogues/*.ts", { eager: true, import: "default" });

/** Every UI language, by its code (the catalogue's file name), in code order. */
export const catalogues: ReadonlyMap<string, Catalogue> = new Map(
  Object.entries(files)
    .map(([path, cat]) => [path.replace(/^.*\/(.+)\.ts$/, "$1"), cat] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

const STORAGE_KEY = "waypoint.ui-language";
const SOURCE = "en";

function sourceCatalogue(): Catalogue {
  const en = catalogues.get(SOURCE);
  if (!en) throw new Error("the English catalogue is missing");
  return en;
}

/** Formatting state of the chosen language; replaced whole on a switch. */
class Active {
  readonly code: string;
  readonly cat: Catalogue;
  /** The locale for Intl formatters: Latin digits, Gregorian calendar. */
  readonly intlLocale: string;
  private readonly compiled = new Map<string, IntlMessageFormat>();
  readonly dateTime: Intl.DateTimeFormat;
  readonly relative: Intl.RelativeTimeFormat;
  private regionNames: Intl.DisplayNames | null;
  private languageNames: Intl.DisplayNames | null;

  constructor(code: string, cat: Catalogue) {
    this.code = code;
    this.cat = cat;
    this.intlLocale = `${cat.locale}-u-ca-gregory-nu-latn`;
    this.dateTime = new Intl.DateTimeFormat(this.intlLocale, { dateStyle: "medium", timeStyle: "short" });
    this.relative = new Intl.RelativeTimeFormat(this.intlLocale, { numeric: "auto" });
    this.regionNames = displayNames(cat.locale, "region");
    this.languageNames = displayNames(cat.locale, "language");
  }

  /** The compiled message, falling back to English when this catalogue's text does not parse. */
  format(id: string, text: string, english: string, vars?: Record<string, string | number>): string {
    return String(this.compile(id, text, english).format(vars));
  }

  /** The message as parts, where `vars` may hold rendered values (e.g. isolated user text). */
  formatParts<T>(id: string, text: string, english: string, vars: Record<string, string | number | T>): Array<string | T> {
    const out = this.compile(id, text, english).format<T>(vars);
    return Array.isArray(out) ? out : [out];
  }

  private compile(id: string, text: string, english: string): IntlMessageFormat {
    let mf = this.compiled.get(id);
    if (!mf) {
      try {
        mf = new IntlMessageFormat(text, this.intlLocale);
      } catch {
        // A translation with broken syntax (scripts/check-catalogues.mjs catches these).
        console.warn(`message ${id} does not parse in ${this.code}; showing English`);
        mf = new IntlMessageFormat(english, "en-u-nu-latn");
      }
      this.compiled.set(id, mf);
    }
    return mf;
  }

  region(alpha2: string): string | undefined {
    return this.regionNames?.of(alpha2);
  }

  language(tag: string): string | undefined {
    return this.languageNames?.of(tag);
  }
}

function displayNames(locale: string, type: "region" | "language"): Intl.DisplayNames | null {
  try {
    // Only when the engine really has this locale: otherwise it would answer in its default.
    if (Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) return null;
    return new Intl.DisplayNames([locale], { type, fallback: "none"});
  } catch {
    return null;
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initial(): Active {
  const code = stored();
  const cat = code ? catalogues.get(code) : undefined;
  return cat && code ? new Active(code, cat) : new Active(SOURCE, sourceCatalogue());
}

let active = initial();
const english = sourceCatalogue();

/** The chosen UI language's code (`en`, `ar`, …). */
export function currentLanguage(): string {
  return active.code;
}

/** The chosen UI language's catalogue. */
export function currentCatalogue(): Catalogue {
  return active.cat;
}

/**
 * Puts the chosen language's tag and direction on `<html>`: the whole layout (logical CSS
 * properties) mirrors with it. Called at start and after every switch.
 */
export function applyToDocument(doc: Document = document): void {
  doc.documentElement.lang = active.cat.locale;
  doc.documentElement.dir = active.cat.dir;
  doc.title = t("app.name");
}

/** Switches the UI language and remembers it on this device. Unknown codes are ignored. */
export function setLanguage(code: string): boolean {
  const cat = catalogues.get(code);
  if (!cat) return false;
  active = new Active(code, cat);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private mode or storage full: the choice lasts this session.
  }
  applyToDocument();
  return true;
}

type Vars = Record<string, string | number>;

/** The UI text for `key` in the chosen language, with `{placeholders}` and plurals filled in. */
export function t(key: MessageKey, vars?: Vars): string {
  return active.format(`m:${key}`, active.cat.messages[key], english.messages[key], vars);
}

/**
 * The UI text for `key` as parts, with some placeholders filled by rendered values: user
 * content (an officer's or a person's name) goes in as an isolated `<bdi>`, so that it keeps
 * its own direction inside a sentence of the other direction.
 */
export function tParts<T>(key: MessageKey, vars: Record<string, string | number | T>): Array<string | T> {
  return active.formatParts(`m:${key}`, active.cat.messages[key], english.messages[key], vars);
}

/** What to tell the user about a failed command, by its error code. */
export function errorMessage(code: ErrorCode, vars?: Vars): string {
  return active.format(`e:${code}`, active.cat.errors[code], english.errors[code], vars);
}

/** What to tell the user about a refused field, by its validation code. */
export function validationMessage(code: ValidationCode): string {
  return active.format(`v:${code}`, active.cat.validation[code], english.validation[code]);
}

/** A date and time (RFC 3339 or anything `Date` reads), in the UI language, Latin digits. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return active.dateTime.format(d);
}

/** A calendar day (`2026-12-02`) short, as "2 Dec", in the UI language, Latin digits. */
export function formatDay(day: string, style: "short" | "long" = "short"): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(active.intlLocale, {
    timeZone: "UTC",
    day: "numeric",
    month: style === "short" ? "short" : "long",
    weekday: style === "short" ? undefined : "long",
  }).format(d);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** How long ago (or ahead) `iso` is from `now`, e.g. "5 minutes ago", in the UI language. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const secs = Math.round((d.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(secs) >= size || unit === "second") {
      // Under 10 seconds reads as "now".
      const value = unit === "second" && Math.abs(secs) < 10 ? 0 : Math.round(secs / size);
      return active.relative.format(value, unit);
    }
  }
  return iso;
}

/** Items joined as a list in the UI language ("A, B and C", "A وB وC"). */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(active.cat.locale, { style: "long", type: "conjunction" }).format(items);
}

/** An amount of data, e.g. "1.2 MB", in the UI language. */
export function formatBytes(bytes: number): string {
  const [unit, value] =
    bytes >= 1e6 ? (["megabyte", bytes / 1e6] as const) : bytes >= 1e3 ? (["kilobyte", bytes / 1e3] as const) : (["byte", bytes] as const);
  return new Intl.NumberFormat(active.intlLocale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/** A nationality's name (ISO 3166-1 alpha-3 or ICAO special code) in the UI language. */
export function nationalityName(code: string): string {
  if (code === "XXA" || code === "XXX") return t(`nationality.${code}`);
  const alpha2 = regionOf(code);
  return (alpha2 && active.region(alpha2)) || englishName(NATIONALITIES, code);
}

/** A language's name (ISO 639-3) in the UI language. */
export function languageName(code: string): string {
  const override = active.cat.languageNames?.[code];
  if (override) return override;
  const tag = tagOf(code);
  const name = tag ? active.language(tag) : undefined;
  // DisplayNames lower-cases language names in many languages ("français"); in a list of
  // choices they read better capitalised, as in the English fallback.
  return name ? capitalise(name) : englishName(LANGUAGES, code);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase(active.cat.locale) + s.slice(1);
}

/** Nationalities offered in forms, as [code, name in the UI language], sorted by that name. */
export function nationalityChoices(): Array<[string, string]> {
  return sortedChoices(NATIONALITIES.map(([code]) => [code, nationalityName(code)]));
}

/** Languages offered in forms, as [code, name in the UI language], sorted by that name. */
export function languageChoices(): Array<[string, string]> {
  return sortedChoices(LANGUAGES.map(([code]) => [code, languageName(code)]));
}

function sortedChoices(list: Array<[string, string]>): Array<[string, string]> {
  const collator = new Intl.Collator(active.cat.locale);
  // "Stateless" and "Unknown" stay at the end, after the countries.
  const special = (code: string) => (code.startsWith("XX") ? 1 : 0);
  return list.sort(([a, an], [b, bn]) => special(a) - special(b) || collator.compare(an, bn));
}
