// Typed wrappers over the Tauri commands. One name across layers: each function here is the
// Tauri command and the waypoint-client function of the same name. Types come from ts-rs.

import { Channel, invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { AppStatus } from "./bindings/AppStatus";
import type { ArrivalsChart } from "./bindings/ArrivalsChart";
import type { ArrivalsQuery } from "./bindings/ArrivalsQuery";
import type { DuplicateCandidate } from "./bindings/DuplicateCandidate";
import type { ErasureReason } from "./bindings/ErasureReason";
import type { FieldValue } from "./bindings/FieldValue";
import type { GroupForm } from "./bindings/GroupForm";
import type { GroupView } from "./bindings/GroupView";
import type { HandoverForm } from "./bindings/HandoverForm";
import type { LeafletCatalogueView } from "./bindings/LeafletCatalogueView";
import type { LeafletDeadline } from "./bindings/LeafletDeadline";
import type { LeafletsDue } from "./bindings/LeafletsDue";
import type { SiteContact } from "./bindings/SiteContact";
import type { LeafletTextView } from "./bindings/LeafletTextView";
import type { LeafletVersionView } from "./bindings/LeafletVersionView";
import type { LikelyMatch } from "./bindings/LikelyMatch";
import type { LinkDecision } from "./bindings/LinkDecision";
import type { ListQuery } from "./bindings/ListQuery";
import type { OfficerForm } from "./bindings/OfficerForm";
import type { OfficerView } from "./bindings/OfficerView";
import type { PeoplePage } from "./bindings/PeoplePage";
import type { PersonView } from "./bindings/PersonView";
import type { RegistrationForm } from "./bindings/RegistrationForm";
import type { SetUpForm } from "./bindings/SetUpForm";
import type { SyncProgress } from "./bindings/SyncProgress";
import type { SyncReport } from "./bindings/SyncReport";
import type { SyncStatus } from "./bindings/SyncStatus";

/** Whether a thrown value is the client's error. */
export function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

/** Any rejection as an AppError: the IPC layer itself rejects with plain strings. */
export function asAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  return { code: "internal", message: String(e), fields: [], retry_after_secs: null };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asAppError(e);
  }
}

export const app_status = () => call<AppStatus>("app_status");
export const set_up = (form: SetUpForm) => call<OfficerView>("set_up", { form });
export const unlock = (username: string, passphrase: string) =>
  call<OfficerView>("unlock", { username, passphrase });
export const lock = () => call<null>("lock");
export const create_officer = (form: OfficerForm) => call<OfficerView>("create_officer", { form });
export const register_person = (form: RegistrationForm) =>
  call<PersonView>("register_person", { form });
export const pre_register_group = (form: GroupForm) =>
  call<GroupView>("pre_register_group", { form });
export const edit_person = (id: string, form: RegistrationForm) =>
  call<PersonView>("edit_person", { id, form });
export const get_person = (id: string) => call<PersonView>("get_person", { id });
export const list_people = (query: ListQuery) => call<PeoplePage>("list_people", { query });
/** People already registered who may be the one this form describes, strongest first. */
export const likely_matches = (form: RegistrationForm) =>
  call<LikelyMatch[]>("likely_matches", { form });
export const review_queue = () => call<DuplicateCandidate[]>("review_queue");
export const decide_duplicate = (a: string, b: string, decision: LinkDecision) =>
  call<DuplicateCandidate[]>("decide_duplicate", { a, b, decision });
export const resolve_conflict = (id: string, field: string, value: FieldValue) =>
  call<PersonView>("resolve_conflict", { id, field, value });
export const get_group = (id: string) => call<GroupView>("get_group", { id });
/** Erases a person everywhere (supervisors only); the erasure travels with the next sync. */
export const erase_person = (id: string, reason: ErasureReason) =>
  call<null>("erase_person", { id, reason });
/** Days a synced record stays on this device after its last change. */
export const lock_after_seconds = () => call<number>("lock_after_seconds");
export const set_lock_after_seconds = (seconds: number) => call<number>("set_lock_after_seconds", { seconds });
export const retention_days = () => call<number>("retention_days");
export const set_retention_days = (days: number) => call<number>("set_retention_days", { days });
export const enrol = (server_url: string, code: string) =>
  call<SyncStatus>("enrol", { server_url, code });
/** Syncs now; `onProgress` hears after every request (phase, records and bytes so far). */
export const sync_now = (onProgress: (p: SyncProgress) => void = () => {}) => {
  const on_progress = new Channel<SyncProgress>();
  on_progress.onmessage = onProgress;
  return call<SyncReport>("sync_now", { on_progress });
};
/** Stops the running sync at its next request; what it finished stays. */
export const cancel_sync = () => call<null>("cancel_sync");
export const sync_status = () => call<SyncStatus>("sync_status");

/** The jurisdiction whose law this site applies (`eu` unless a supervisor set another). */
export const site_jurisdiction = () => call<string>("site_jurisdiction");
/** Sets the site's jurisdiction (supervisors only): one of the leaflet catalogue's. */
export const set_site_jurisdiction = (code: string) =>
  call<string>("set_site_jurisdiction", { code });
/** The leaflets offered at this site, their translations and the languages' own names. */
export const leaflet_catalogue = () => call<LeafletCatalogueView>("leaflet_catalogue");
/** A leaflet's text in a language, with its version and review status. */
export const leaflet_text = (id: string, language: string) =>
  call<LeafletTextView>("leaflet_text", { id, language });
/** Any version of a leaflet text this device has held (the text a hand-over cites). */
export const leaflet_version_text = (version: string) =>
  call<LeafletVersionView>("leaflet_version_text", { version });
/** Records that a leaflet was handed over to a person; returns the updated record. */
export const record_handover = (id: string, form: HandoverForm) =>
  call<PersonView>("record_handover", { id, form });
/** The site's required leaflets and their deadlines (days after registration). */
export const leaflet_deadlines = () => call<LeafletDeadline[]>("leaflet_deadlines");
/** Sets the site's leaflet deadlines (supervisors only). */
export const set_leaflet_deadlines = (deadlines: LeafletDeadline[]) =>
  call<LeafletDeadline[]>("set_leaflet_deadlines", { deadlines });
/** The people at this site owed a required leaflet, most overdue first. */
export const leaflets_due = (limit: number) => call<LeafletsDue>("leaflets_due", { limit });
/** Registrations at this site per day and by nationality (home screen chart). */
export const arrivals = (query: ArrivalsQuery) => call<ArrivalsChart>("arrivals", { query });
/** The contact values the site's leaflets need, with the site's values. */
export const site_contacts = () => call<SiteContact[]>("site_contacts");
/** Sets the site's contact values (supervisors only); an empty value clears one. */
export const set_site_contacts = (values: Record<string, string>) =>
  call<SiteContact[]>("set_site_contacts", { values });
/** Prints a leaflet to PDF and saves it; returns the file's path. */
export const save_handover_export = () => call<string>("save_handover_export");
export const save_leaflet_pdf = (id: string, language: string) =>
  call<string>("save_leaflet_pdf", { id, language });
