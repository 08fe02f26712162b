// The nationalities and languages offered in forms, with their English names: the fallback
// when `Intl.DisplayNames` has no name in the UI language. Add a code here and it shows in
// every language (the UI-language name comes from the engine).

/** ISO 3166-1 alpha-3 (and ICAO special codes), alpha-2 for `Intl.DisplayNames`, English name. */
const COUNTRIES: ReadonlyArray<readonly [alpha3: string, alpha2: string | null, english: string]> = [
  ["AFG", "AF", "Afghanistan"],
  ["AZE", "AZ", "Azerbaijan"],
  ["BGD", "BD", "Bangladesh"],
  ["COL", "CO", "Colombia"],
  ["EGY", "EG", "Egypt"],
  ["ERI", "ER", "Eritrea"],
  ["GIN", "GN", "Guinea"],
  ["IRN", "IR", "Iran"],
  ["IRQ", "IQ", "Iraq"],
  ["MLI", "ML", "Mali"],
  ["MAR", "MA", "Morocco"],
  ["PAK", "PK", "Pakistan"],
  ["PER", "PE", "Peru"],
  ["RUS", "RU", "Russia"],
  ["SEN", "SN", "Senegal"],
  ["SOM", "SO", "Somalia"],
  ["SDN", "SD", "Sudan"],
  ["SYR", "SY", "Syria"],
  ["TUN", "TN", "Tunisia"],
  ["TUR", "TR", "Türkiye"],
  ["UKR", "UA", "Ukraine"],
  ["VEN", "VE", "Venezuela"],
  ["XXA", null, "Stateless"],
  ["XXX", null, "Unknown nationality"],
];

/** ISO 639-3, the BCP 47 tag `Intl.DisplayNames` knows it by, English name. */
const LANGUAGE_TAGS: ReadonlyArray<readonly [iso639_3: string, tag: string, english: string]> = [
  ["arb", "ar", "Arabic"],
  ["prs", "fa-AF", "Dari"],
  ["pus", "ps", "Pashto"],
  ["fas", "fa", "Persian"],
  ["kmr", "kmr", "Kurdish (Kurmanji)"],
  ["ckb", "ckb", "Kurdish (Sorani)"],
  ["tir", "ti", "Tigrinya"],
  ["som", "so", "Somali"],
  ["ben", "bn", "Bengali"],
  ["urd", "ur", "Urdu"],
  ["tur", "tr", "Turkish"],
  ["aze", "az", "Azerbaijani"],
  ["ukr", "uk", "Ukrainian"],
  ["rus", "ru", "Russian"],
  ["fra", "fr", "French"],
  ["spa", "es", "Spanish"],
  ["eng", "en", "English"],
];

/** Nationalities offered in forms: [code, English name]. */
export const NATIONALITIES: ReadonlyArray<readonly [string, string]> = COUNTRIES.map(([c, , n]) => [c, n]);

/** Languages offered in forms: [ISO 639-3 code, English name]. */
export const LANGUAGES: ReadonlyArray<readonly [string, string]> = LANGUAGE_TAGS.map(([c, , n]) => [c, n]);

/** The alpha-2 region code of a nationality, for `Intl.DisplayNames`. */
export function regionOf(alpha3: string): string | null {
  return COUNTRIES.find(([c]) => c === alpha3)?.[1] ?? null;
}

/** The BCP 47 tag of an ISO 639-3 language code, for `Intl.DisplayNames`. */
export function tagOf(code: string): string | null {
  return LANGUAGE_TAGS.find(([c]) => c === code)?.[1] ?? null;
}

/** The English name of a code in `list`, or the code itself. */
export function englishName(list: ReadonlyArray<readonly [string, string]>, code: string): string {
  return list.find(([c]) => c === code)?.[1] ?? code;
}
