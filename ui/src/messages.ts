// Every string the UI shows, keyed, in English. A later issue adds translations (Fluent/ICU):
// keep all text here and reach it only through `t()`. Placeholders are `{name}`.

import type { ErrorCode } from "./bindings/ErrorCode";
import type { ValidationCode } from "./bindings/ValidationCode";

const validation: Record<ValidationCode, string> = {
  name_required: "Enter a given name or a family name.",
  name_empty: "Type the name in its original script, or clear this line.",
  name_too_long: "This name is too long.",
  latin_form_not_latin: "Use Latin letters (A–Z, with accents) for the Latin form.",
  date_of_birth_invalid: "Write the date as YYYY-MM-DD, YYYY-MM, YYYY, or an age in years.",
  date_of_birth_in_future: "The date of birth is after today.",
  age_out_of_range: "The age must be between 0 and 130.",
  country_unknown: "Choose a country from the list.",
  nationality_unknown: "Choose a nationality from the list.",
  language_unknown: "Choose a language from the list.",
  document_number_empty: "Enter the document number.",
  date_invalid: "Write the date as YYYY-MM-DD.",
  phone_invalid: "A phone number may hold only digits, spaces and + - ( ) .",
  arrival_time_invalid: "The arrival time is invalid or in the future.",
  specific_need_unknown: "Unknown specific need.",
  specific_need_duplicate: "This specific need is ticked twice.",
  unaccompanied_minor_without_sc: "An unaccompanied child needs the specific need “unaccompanied or separated child”.",
  consent_missing: "Record whether the person consents to registration (given or refused).",
  consent_duplicate: "This consent is recorded twice.",
  text_too_long: "This text is too long.",
  family_member_name_empty: "Enter the family member's name.",
  photo_invalid: "The photo must be a small JPEG.",
  group_empty: "Add at least one member.",
  focal_point_invalid: "Choose the group's focal point.",
  item_id_invalid: "This entry is damaged; reload the record.",
};

const errors: Record<ErrorCode, string> = {
  not_set_up: "This device is not set up yet.",
  already_set_up: "This device is already set up. Unlock it instead.",
  locked: "The device is locked. Unlock it to continue.",
  wrong_credentials: "Wrong username or passphrase. Try again.",
  too_many_attempts: "Too many wrong passphrases. Wait {seconds} seconds, then try again.",
  validation: "Some fields need attention. See the messages next to them.",
  not_found: "This record was not found on this device.",
  record_damaged: "This record is damaged and was set aside. Tell your supervisor.",
  forbidden: "Your role does not allow this.",
  username_taken: "This username is taken. Choose another.",
  storage: "The device could not save or read data. Try again; if it persists, tell your supervisor.",
  needs_newer_app: "This data comes from a newer version of Waypoint. Update the app.",
  no_conflict: "This conflict was already resolved.",
  internal: "Something went wrong inside the app. Try again or restart it.",
  not_enrolled: "This device is not connected to a sync server yet.",
  network: "The sync server cannot be reached. Your work is saved on this device; try again later.",
  server_refused: "The sync server refused the request.",
  device_revoked: "This device was revoked by an administrator. Its data has been removed.",
  cancelled: "Sync stopped. What was sent is safe; the rest goes at the next sync.",
};

const en = {
  "app.name": "Waypoint",
  "app.loading": "Opening…",
  "app.skip": "Skip to content",

  "setup.title": "Set up this device",
  "setup.intro": "First use: create the site code and the first officer account. This officer becomes the device's supervisor.",
  "setup.site_code": "Site code",
  "setup.site_code.hint": "2–6 letters or digits, e.g. LSV",
  "setup.username": "Username",
  "setup.username.hint": "2–32 letters, digits, dots, dashes or underscores",
  "setup.display_name": "Display name",
  "setup.passphrase": "Passphrase",
  "setup.passphrase.hint": "At least 10 characters. It cannot be recovered: keep it safe.",
  "setup.passphrase2": "Passphrase again",
  "setup.passphrase_mismatch": "The two passphrases differ. Type the same passphrase twice.",
  "setup.submit": "Set up device",

  "unlock.title": "Unlock Waypoint",
  "unlock.officer": "Officer",
  "unlock.passphrase": "Passphrase",
  "unlock.submit": "Unlock",
  "unlock.working": "Checking…",

  "home.title": "Registered people",
  "home.signed_in": "{name} · site {site}",
  "home.lock": "Lock",
  "home.register": "Register person",
  "home.empty": "No one is registered on this device yet.",
  "home.count": "{count} people",
  "home.count.one": "1 person",
  "home.search": "Search by name or case number",
  "home.search.submit": "Search",
  "home.search.placeholder": "Name or case number",

  "list.case_number": "Case number",
  "list.name": "Name",
  "list.original_name": "Name (original script)",
  "list.nationality": "Nationality",
  "list.born": "Born",
  "list.status": "Status",
  "list.open": "Open",

  "register.title": "Register person",
  "register.names": "Name",
  "register.original": "{part} (original script)",
  "register.latin": "{part} (Latin letters)",
  "register.sex": "Sex",
  "register.dob": "Date of birth",
  "register.dob.precision": "How precise is the date of birth?",
  "register.dob.value": "Date of birth",
  "register.dob.hint.exact": "YYYY-MM-DD, e.g. 1994-03-21",
  "register.dob.hint.year_month": "YYYY-MM, e.g. 1994-03",
  "register.dob.hint.year": "YYYY, e.g. 1994",
  "register.dob.hint.estimated_age": "Age in years, e.g. 30",
  "register.dob.age": "Estimated age",
  "register.nationality": "Nationality",
  "register.nationality.none": "Not known yet",
  "register.languages": "Languages spoken",
  "register.preferred_language": "Preferred language for information",
  "register.preferred_language.none": "Not stated",
  "register.phone": "Phone",
  "register.protection": "Applies for international protection",
  "register.protection.yes": "Yes",
  "register.protection.no": "No",
  "register.protection.unknown": "Not asked yet",
  "register.consent": "Consent to registration",
  "register.consent.given": "Given",
  "register.consent.refused": "Refused",
  "register.consent.hint": "Refusing has no adverse consequence for the person.",
  "register.submit": "Save registration",
  "register.cancel": "Cancel",
  "register.saving": "Saving…",
  "register.saved": "Registered {case}.",
  "register.other_errors": "Also check:",

  "name.given": "Given name",
  "name.father": "Father's name",
  "name.grandfather": "Grandfather's name",
  "name.family": "Family name",
  "name.other": "Other name",

  "dob.exact": "Exact date",
  "dob.year_month": "Year and month",
  "dob.year": "Year only",
  "dob.estimated_age": "Estimated age",
  "dob.unknown": "Unknown",
  "dob.estimated_on": "about {age} years old on {date}",

  "sex.female": "Female",
  "sex.male": "Male",
  "sex.other": "Other",
  "sex.unknown": "Unknown",

  "status.pre_registered": "Pre-registered",
  "status.registered": "Registered",
  "status.referred": "Referred",
  "status.transferred": "Transferred",
  "status.closed": "Closed",

  "detail.back": "Back to list",
  "detail.title": "Person record",
  "detail.case_number": "Case number",
  "detail.names": "Names",
  "detail.sex": "Sex",
  "detail.dob": "Date of birth",
  "detail.nationality": "Nationality",
  "detail.languages": "Languages",
  "detail.preferred_language": "Preferred language",
  "detail.phone": "Phone",
  "detail.protection": "Applies for protection",
  "detail.consent": "Consent to registration",
  "detail.status": "Status",
  "detail.registered_at": "Registered",
  "detail.history": "History",
  "detail.conflicts": "{count} fields changed on two devices need review.",
  "detail.none": "—",

  "history.registered": "Registered",
  "history.pre_registered": "Pre-registered",
  "history.field_changed": "Changed",
  "history.consent_changed": "Consent changed",
  "history.status_changed": "Status changed",
  "history.conflict_resolved": "Conflict resolved",
  "history.group_changed": "Group changed",
  "history.other": "Other change",

  "common.required": "required",
  "common.error": "Error",
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

function fill(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The UI text for `key`, with `{placeholders}` filled in. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(en[key], vars);
}

/** What to tell the user about a refused field, by its validation code. */
export function validationMessage(code: ValidationCode): string {
  return validation[code];
}

/** What to tell the user about a failed command, by its error code. */
export function errorMessage(code: ErrorCode, vars?: Record<string, string | number>): string {
  return fill(errors[code], vars);
}

/** Nationalities offered in the form (ISO 3166-1 alpha-3 and ICAO special codes), English names. */
export const nationalities: ReadonlyArray<readonly [code: string, name: string]> = [
  ["AFG", "Afghanistan"],
  ["AZE", "Azerbaijan"],
  ["BGD", "Bangladesh"],
  ["COL", "Colombia"],
  ["EGY", "Egypt"],
  ["ERI", "Eritrea"],
  ["GIN", "Guinea"],
  ["IRN", "Iran"],
  ["IRQ", "Iraq"],
  ["MLI", "Mali"],
  ["MAR", "Morocco"],
  ["PAK", "Pakistan"],
  ["PER", "Peru"],
  ["RUS", "Russia"],
  ["SEN", "Senegal"],
  ["SOM", "Somalia"],
  ["SDN", "Sudan"],
  ["SYR", "Syria"],
  ["TUN", "Tunisia"],
  ["TUR", "Türkiye"],
  ["UKR", "Ukraine"],
  ["VEN", "Venezuela"],
  ["XXA", "Stateless"],
  ["XXX", "Unknown nationality"],
];

/** Languages offered in the form (ISO 639-3), English names. */
export const languages: ReadonlyArray<readonly [code: string, name: string]> = [
  ["arb", "Arabic"],
  ["prs", "Dari"],
  ["pus", "Pashto"],
  ["fas", "Persian"],
  ["kmr", "Kurdish (Kurmanji)"],
  ["ckb", "Kurdish (Sorani)"],
  ["tir", "Tigrinya"],
  ["som", "Somali"],
  ["ben", "Bengali"],
  ["urd", "Urdu"],
  ["tur", "Turkish"],
  ["aze", "Azerbaijani"],
  ["ukr", "Ukrainian"],
  ["rus", "Russian"],
  ["fra", "French"],
  ["spa", "Spanish"],
  ["eng", "English"],
];

/** The English name of a nationality or language code, or the code itself. */
export function codeName(list: ReadonlyArray<readonly [string, string]>, code: string): string {
  return list.find(([c]) => c === code)?.[1] ?? code;
}
