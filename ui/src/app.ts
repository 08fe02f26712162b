// The app: a small state machine (which screen, what data) rendered with lit-html into the light
// DOM. lit-html escapes every interpolated value, so a name typed as `<script>` shows as text.
// Forms are uncontrolled: values are read with FormData on submit, so a re-render after a
// validation error keeps what the officer typed.

import { html, nothing, render, type TemplateResult } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { ref } from "lit/directives/ref.js";
import * as api from "./api";
import type { AppError } from "./bindings/AppError";
import type { AppStatus } from "./bindings/AppStatus";
import type { DateOfBirth } from "./bindings/DateOfBirth";
import type { ErasureReason } from "./bindings/ErasureReason";
import type { FieldValue } from "./bindings/FieldValue";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { LeafletCatalogueView } from "./bindings/LeafletCatalogueView";
import type { LeafletDeadline } from "./bindings/LeafletDeadline";
import type { LeafletsDue } from "./bindings/LeafletsDue";
import type { SiteContact } from "./bindings/SiteContact";
import type { LikelyMatch } from "./bindings/LikelyMatch";
import type { NameForm } from "./bindings/NameForm";
import type { NameKind } from "./bindings/NameKind";
import type { PeoplePage } from "./bindings/PeoplePage";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { PersonView } from "./bindings/PersonView";
import type { RegistrationForm } from "./bindings/RegistrationForm";
import type { Sex } from "./bindings/Sex";
import type { SpecificNeed } from "./bindings/SpecificNeed";
import type { ArrivalMeans } from "./bindings/ArrivalMeans";
import type { ConsentScope } from "./bindings/ConsentScope";
import type { DocumentForm } from "./bindings/DocumentForm";
import type { DocumentKind } from "./bindings/DocumentKind";
import type { FamilyMemberForm } from "./bindings/FamilyMemberForm";
import type { Status } from "./bindings/Status";
import type { SyncProgress } from "./bindings/SyncProgress";
import type { SyncReport } from "./bindings/SyncReport";
import type { SyncStatus } from "./bindings/SyncStatus";
import {
  applyToDocument,
  catalogues,
  currentLanguage,
  errorMessage,
  formatBytes,
  formatDateTime,
  formatList,
  formatRelative,
  languageChoices,
  languageName,
  nationalityChoices,
  nationalityName,
  setLanguage,
  t,
  tParts,
  validationMessage,
  type MessageKey,
} from "./i18n";
import { ARRIVAL_DAYS, arrivalsCard } from "./arrivals";
import type { ArrivalsChart } from "./bindings/ArrivalsChart";
import { GroupScreen } from "./group";
import { PAGE, PeopleWindow } from "./people-list";
import { LeafletScreen, contactsForm, deadlinesForm, dueCard, handoverList } from "./leaflets";
import { linkedList, reviewCard, reviewView } from "./review";
import { UnreadablePhoto, photoUrl, shrinkPhoto } from "./photo";
import type { DuplicateCandidate } from "./bindings/DuplicateCandidate";
import type { LinkDecision } from "./bindings/LinkDecision";

type Screen =
  | { kind: "loading" }
  | { kind: "setup" }
  | { kind: "unlock" }
  | { kind: "home" }
  | { kind: "register"; edit?: PersonView }
  | { kind: "detail"; id: string }
  | { kind: "leaflets"; id: string }
  | { kind: "review" }
  | { kind: "group" };

/** The people list's filters as chosen in the form ("" = any). */
interface Filters {
  nationality: string;
  sex: Sex | "";
  status: Status | "";
  age_min: string;
  age_max: string;
  /** Days as `YYYY-MM-DD`. */
  registered_from: string;
  registered_to: string;
  /** A site code. */
  site: string;
}

const EMPTY_FILTERS: Filters = {
  nationality: "",
  sex: "",
  status: "",
  age_min: "",
  age_max: "",
  registered_from: "",
  registered_to: "",
  site: "",
};

/** The device's time zone as minutes from UTC (UTC+4: 240), for the days the store counts. */
function utcOffsetMinutes(): number {
  return -new Date().getTimezoneOffset();
}

/** A date's calendar day in the device's time zone, as `YYYY-MM-DD`. */
function localDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

type DobPrecision = "exact" | "year_month" | "year" | "estimated_age" | "unknown";

/** The name lines of the registration form, in order. `key` names the inputs and error slots. */
const NAME_ROWS: ReadonlyArray<{ key: string; kind: NameKind }> = [
  { key: "given", kind: "given" },
  { key: "father", kind: "father" },
  { key: "family", kind: "family" },
];

const SEXES: ReadonlyArray<Sex> = ["female", "male", "other", "unknown"];
const DOC_KINDS: ReadonlyArray<DocumentKind> = [
  "passport",
  "national_id",
  "birth_certificate",
  "residence_permit",
  "refugee_document",
  "other",
];
const MEANS: ReadonlyArray<ArrivalMeans> = ["land", "sea", "air", "other"];
/** Consents asked for besides the registration itself (`ConsentScope` in Rust). */
const OTHER_CONSENTS: ReadonlyArray<Exclude<ConsentScope, "registration">> = ["sharing_with_partners", "family_tracing"];
/** UNHCR's specific-needs categories, in UNHCR's order (as `SpecificNeed` in Rust). */
const NEEDS: ReadonlyArray<SpecificNeed> = ["CR", "SC", "WR", "ER", "SP", "DS", "SM", "FU", "LP", "TR", "SV"];
const DOB_PRECISIONS: ReadonlyArray<DobPrecision> = [
  "exact",
  "year_month",
  "year",
  "estimated_age",
  "unknown",
];

/** A text rendered when shown, so that it follows a switch of the UI language. */
type Text = () => string;

/** Like `Text`, with parts that are rendered (isolated user content, case numbers). */
type RichText = () => string | Array<string | TemplateResult>;

/** Messages next to inputs, by slot (an input's name, or "other" for the summary). */
type SlotMap = Map<string, Array<{ id: string; text: Text }>>;

function str(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === "string" ? v : "";
}

function formatDob(dob: DateOfBirth | null): string {
  if (!dob) return t("detail.none");
  switch (dob.precision) {
    case "exact":
      return dob.date;
    case "year_month":
      return `${dob.year}-${String(dob.month).padStart(2, "0")}`;
    case "year":
      return String(dob.year);
    case "estimated_age":
      return t("dob.estimated_on", { age: dob.age, date: formatDateTime(dob.on) });
  }
}

const STATUSES: ReadonlyArray<Status> = ["pre_registered", "registered", "referred", "transferred", "closed"];

/** A status in the UI language; a status from a newer app shows as its code. */
function statusLabel(status: string): string {
  const known = STATUSES.find((s) => s === status);
  return known ? t(`status.${known}`) : status;
}

/** A person's original-script text: isolated from the surrounding direction, its own direction. */
function bidi(text: string, testid?: string): TemplateResult {
  return html`<bdi dir="auto" data-testid=${testid ?? nothing}>${text}</bdi>`;
}

export class App {
  private screen: Screen = { kind: "loading" };
  private status: AppStatus | null = null;
  private busy = false;
  /** A screen-level error (wrong passphrase, storage failure…). */
  private error: AppError | null = null;
  /** Refused fields of the form on screen, by slot. */
  private slots: SlotMap = new Map();
  private notice: RichText | null = null;
  private people: PeoplePage | null = null;
  /** Registrations per day at this site (home screen chart). */
  private arrivals: ArrivalsChart | null = null;
  /** The list's rows on screen, read page by page as the official scrolls. */
  private readonly peopleWindow = new PeopleWindow(
    (offset) => this.listPeople(offset),
    (p) => this.personCells(p),
    (p) => this.openPerson(p.id),
    (e) => this.fail(e),
  );
  private search = "";
  /** The list's filters as chosen ("" = any). */
  private filters: Filters = { ...EMPTY_FILTERS };
  /** Counts list loads, so that a slow answer to an earlier keystroke does not replace a later one. */
  private listLoads = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private person: PersonView | null = null;
  /** The case number of the record the official opened when it redirected to its linked one. */
  private redirectedFrom: string | null = null;
  /** Possible duplicates waiting for a decision (the server's pairs, less those decided here). */
  private review: DuplicateCandidate[] | null = null;
  /** The new officer's two passphrases differ. */
  private officerMismatch = false;
  /** The display name of the officer just added (Settings). */
  private officerAdded: string | null = null;
  /** Where the hand-over records were last exported to (this session). */
  private exported: string | null = null;
  /** Records with fields in conflict (the other half of the review). */
  private conflicted: PeoplePage | null = null;
  /** The leaflets offered at this site (titles for the record's hand-over list). */
  private leafletCatalogue: LeafletCatalogueView | null = null;
  private leaflets: LeafletScreen | null = null;
  private group: GroupScreen | null = null;
  /** People at this site owed a required leaflet (home screen), and the site's deadlines. */
  private due: LeafletsDue | null = null;
  private deadlines: LeafletDeadline[] | null = null;
  private deadlinesSaved = false;
  /** The site's contact values the leaflets print. */
  private contacts: SiteContact[] | null = null;
  private contactsSaved = false;
  private dobPrecision: DobPrecision = "exact";
  private focusInvalid = false;

  // Sync (home screen). Runs beside the rest of the app: the official keeps working meanwhile.
  private sync: SyncStatus | null = null;
  private syncing = false;
  private cancelling = false;
  private enrolling = false;
  private enrolled = false;
  private syncProgress: SyncProgress | null = null;
  private syncReport: SyncReport | null = null;
  private syncError: AppError | null = null;
  /** Likely matches of the registration form, and the names they were found for. */
  private likely: LikelyMatch[] = [];
  private matchesFor: string | null = null;
  /** The photo chosen on the open form: `undefined` while it is the record's own. */
  private formPhoto: number[] | null | undefined = undefined;
  /** Days synced records stay on this device (null until read). */
  private retention: number | null = null;
  private retentionSaved = false;

  /** Seconds without use after which the app locks itself (this device's setting). */
  private lockAfter = 300;
  /** When the official last touched or typed. */
  private lastActivity = Date.now();
  /** The app locked itself: the unlock screen says why. */
  private lockedForInactivity = false;

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    applyToDocument();
    this.update();
    // Auto-lock: any touch, click or key counts as use; a check every few seconds locks the
    // app once the device's delay has passed without any.
    for (const kind of ["pointerdown", "keydown", "input", "wheel", "touchstart"]) {
      document.addEventListener(kind, () => (this.lastActivity = Date.now()), { capture: true, passive: true });
    }
    setInterval(() => {
      if (this.status?.officer && !this.busy && Date.now() - this.lastActivity > this.lockAfter * 1000) {
        this.autoLock();
      }
    }, 5_000);
    // The device syncs by itself in the background: while the home screen is open, its
    // counts, "Last sync: 5 minutes ago" and the list follow.
    setInterval(() => {
      if (this.screen.kind === "home") void this.pollHome();
    }, 15_000);
    await this.refreshStatus();
  }

  // ---- state changes -------------------------------------------------------------------------

  private async refreshStatus(): Promise<void> {
    try {
      this.status = await api.app_status();
      if (!this.status.set_up) this.go({ kind: "setup" });
      else if (!this.status.officer) this.go({ kind: "unlock" });
      else await this.goHome();
    } catch (e) {
      this.fail(e);
    }
  }

  private go(screen: Screen): void {
    this.screen = screen;
    this.error = null;
    this.slots = new Map();
    this.update();
    // Move focus to the new screen's heading so screen readers announce it.
    this.root.querySelector<HTMLElement>("h1")?.focus();
  }

  private fail(e: unknown, slotOf?: (field: string) => string): void {
    const err = api.asAppError(e);
    this.error = err;
    this.slots = new Map();
    if (err.code === "validation" && slotOf) {
      for (const f of err.fields) {
        const slot = slotOf(f.field);
        const text: Text =
          slot === "other" ? () => `${f.field}: ${validationMessage(f.code)}` : () => validationMessage(f.code);
        const id = slot === "other" ? `${f.field}:${f.code}` : f.code;
        const list = this.slots.get(slot) ?? [];
        if (!list.some((m) => m.id === id)) list.push({ id, text });
        this.slots.set(slot, list);
      }
      this.focusInvalid = true;
    }
    if (err.code === "locked") {
      // The session ended underneath us (e.g. locked elsewhere): back to the unlock screen.
      void this.refreshStatus();
      return;
    }
    this.update();
  }

  private async run(task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.update();
    try {
      await task();
    } finally {
      this.busy = false;
      this.update();
    }
  }

  private async goHome(notice: RichText | null = null): Promise<void> {
    try {
      const [people, retention, catalogue, contacts, review, lockAfter, arrivals] = await Promise.all([
        this.listPeople(),
        api.retention_days(),
        api.leaflet_catalogue(),
        api.site_contacts(),
        this.loadReview(),
        api.lock_after_seconds(),
        this.loadArrivals(),
        this.refreshSync(),
      ]);
      [this.review, this.conflicted] = review;
      this.arrivals = arrivals;
      this.lockAfter = lockAfter;
      this.contacts = contacts;
      this.contactsSaved = false;
      this.retention = retention;
      this.leafletCatalogue = catalogue;
      this.retentionSaved = false;
      this.people = people;
      this.notice = notice;
      this.go({ kind: "home" });
    } catch (e) {
      this.fail(e);
      return;
    }
    // The leaflets owed come after the list is drawn: with 100,000 people, counting them is
    // the slowest of the home screen's reads (about 0.4 s), and the device's store answers
    // one command at a time. Not awaited: the screen is usable meanwhile.
    void this.loadDue();
  }

  private async loadDue(): Promise<void> {
    try {
      const due = await api.leaflets_due(DUE_SHOWN);
      this.due = due;
      this.deadlines = due.deadlines;
      this.deadlinesSaved = false;
      this.update();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Registrations per day at this site, in the device's time zone. */
  private loadArrivals(): Promise<ArrivalsChart> {
    return api.arrivals({ days: ARRIVAL_DAYS, utc_offset_minutes: utcOffsetMinutes() });
  }

  /** From the arrivals card: the list narrowed to today's registrations at this site. */
  private showToday = (): void => {
    const today = localDay(new Date());
    this.filters = { ...EMPTY_FILTERS, registered_from: today, registered_to: today, site: this.status?.site ?? "" };
    this.search = "";
    void this.refreshList();
  };

  /** What waits for review: possible duplicates, and records with conflicting edits. */
  private loadReview(): Promise<[DuplicateCandidate[], PeoplePage]> {
    return Promise.all([
      api.review_queue(),
      api.list_people({
        text: null,
        conflicts_only: true,
        nationality: null,
        sex: null,
        status: null,
        age_min: null,
        age_max: null,
        offset: 0,
        limit: 50,
      }),
    ]);
  }

  private listPeople(offset = 0): Promise<PeoplePage> {
    const f = this.filters;
    return api.list_people({
      text: this.search.trim() === "" ? null : this.search.trim(),
      conflicts_only: false,
      nationality: f.nationality || null,
      sex: f.sex || null,
      status: f.status || null,
      age_min: f.age_min === "" ? null : Number(f.age_min),
      age_max: f.age_max === "" ? null : Number(f.age_max),
      registered_from: f.registered_from || null,
      registered_to: f.registered_to || null,
      utc_offset_minutes: utcOffsetMinutes(),
      site: f.site.trim() || null,
      offset,
      limit: PAGE,
    });
  }

  /** Reads the sync state; a failure shows in the sync panel, never blocks the home screen. */
  private async refreshSync(): Promise<void> {
    try {
      this.sync = await api.sync_status();
    } catch (e) {
      this.syncError = api.asAppError(e);
    }
  }

  /** Rereads the sync state; reloads the list when a background sync finished meanwhile. */
  private async pollHome(): Promise<void> {
    if (this.syncing || this.busy) return;
    const before = this.sync?.last_sync ?? null;
    try {
      this.sync = await api.sync_status();
    } catch (e) {
      const error = api.asAppError(e);
      if (error.code === "device_revoked" || error.code === "locked") {
        // The background sync found the device revoked (its data is gone), or it locked.
        await this.refreshStatus();
        return;
      }
      this.syncError = error;
    }
    if (this.screen.kind === "home" && (this.sync?.last_sync ?? null) !== before) {
      try {
        let review: [DuplicateCandidate[], PeoplePage];
        [this.people, this.due, review, this.arrivals] = await Promise.all([
          this.listPeople(),
          api.leaflets_due(DUE_SHOWN),
          this.loadReview(),
          this.loadArrivals(),
        ]);
        [this.review, this.conflicted] = review;
      } catch (e) {
        this.fail(e);
        return;
      }
    }
    if (this.screen.kind === "home") this.update();
  }

  private onLanguage = (ev: Event): void => {
    // Everything on screen is rendered from codes and keys, so one re-render switches it all.
    if (setLanguage((ev.target as HTMLSelectElement).value)) this.update();
  };

  private onEnrol = (ev: SubmitEvent): void => {
    ev.preventDefault();
    if (this.enrolling) return;
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    this.enrolling = true;
    this.syncError = null;
    this.update();
    void (async () => {
      try {
        this.sync = await api.enrol(str(data, "server_url").trim(), str(data, "enrol_code").trim());
        this.enrolled = true;
      } catch (e) {
        this.syncError = api.asAppError(e);
      } finally {
        this.enrolling = false;
        this.update();
      }
    })();
  };

  private onSyncNow = (): void => {
    if (this.syncing) return;
    this.syncing = true;
    this.cancelling = false;
    this.enrolled = false;
    this.syncProgress = null;
    this.syncReport = null;
    this.syncError = null;
    this.update();
    void (async () => {
      try {
        this.syncReport = await api.sync_now((p) => {
          this.syncProgress = p;
          this.update();
        });
      } catch (e) {
        this.syncError = api.asAppError(e);
      } finally {
        this.syncing = false;
        this.cancelling = false;
      }
      if (this.syncError?.code === "device_revoked" || this.syncError?.code === "locked") {
        // The store was wiped, or the session ended: start again from the app's state.
        await this.refreshStatus();
        return;
      }
      await this.refreshSync();
      if (this.screen.kind === "home") {
        try {
          // Records pulled from the server, and pairs found by it, show at once.
          let review: [DuplicateCandidate[], PeoplePage];
          [this.people, review, this.arrivals] = await Promise.all([
            this.listPeople(),
            this.loadReview(),
            this.loadArrivals(),
          ]);
          [this.review, this.conflicted] = review;
        } catch (e) {
          this.fail(e);
          return;
        }
      }
      this.update();
    })();
  };

  private onCancelSync = (): void => {
    this.cancelling = true;
    this.update();
    api.cancel_sync().catch((e: unknown) => {
      this.syncError = api.asAppError(e);
      this.update();
    });
  };

  private onSetUp = (ev: SubmitEvent): void => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    const passphrase = str(data, "passphrase");
    if (passphrase !== str(data, "passphrase2")) {
      this.error = null;
      this.slots = new Map([["passphrase2", [{ id: "mismatch", text: () => t("setup.passphrase_mismatch") }]]]);
      this.focusInvalid = true;
      this.update();
      return;
    }
    void this.run(async () => {
      try {
        await api.set_up({
          site_code: str(data, "site_code").trim(),
          username: str(data, "username").trim(),
          display_name: str(data, "display_name").trim(),
          passphrase,
        });
        this.status = await api.app_status();
        await this.goHome();
      } catch (e) {
        this.fail(e, (f) => f);
      }
    });
  };

  private onUnlock = (ev: SubmitEvent): void => {
    ev.preventDefault();
    const form = ev.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    void this.run(async () => {
      try {
        await api.unlock(str(data, "username"), str(data, "passphrase"));
        this.lockedForInactivity = false;
        this.lastActivity = Date.now();
        this.status = await api.app_status();
        this.search = "";
        await this.goHome();
      } catch (e) {
        this.fail(e);
        const pass = form.querySelector<HTMLInputElement>("input[name=passphrase]");
        if (pass) {
          pass.value = "";
          pass.focus();
        }
      }
    });
  };

  private onLock = (): void => {
    void this.lockNow(false);
  };

  /** Locks after the device's delay without use, and says so on the unlock screen. */
  private autoLock(): void {
    void this.lockNow(true);
  }

  /** Locks, and forgets every record the screens held. */
  private lockNow(auto: boolean): Promise<void> {
    return this.run(async () => {
      try {
        await api.lock();
      } catch (e) {
        this.fail(e);
        return;
      }
      this.people = null;
      this.person = null;
      this.review = null;
      this.conflicted = null;
      this.due = null;
      this.leaflets = null;
      this.group = null;
      this.exported = null;
      this.search = "";
      this.lockedForInactivity = auto;
      await this.refreshStatus();
    });
  }

  private onSearch = (ev: SubmitEvent): void => {
    ev.preventDefault();
    this.search = str(new FormData(ev.currentTarget as HTMLFormElement), "search");
    void this.refreshList();
  };

  /** Search as you type: the list follows the text a moment after the last keystroke. */
  private onSearchInput = (ev: Event): void => {
    this.search = (ev.currentTarget as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.refreshList(), 150);
  };

  private onFilter = (ev: Event): void => {
    const el = ev.currentTarget as HTMLInputElement | HTMLSelectElement;
    this.filters = { ...this.filters, [el.name]: el.value };
    void this.refreshList();
  };

  private clearFilters = (): void => {
    this.filters = { ...EMPTY_FILTERS };
    void this.refreshList();
  };

  /** Reloads the list alone (search, filters); of overlapping loads, the last one shows. */
  private async refreshList(): Promise<void> {
    const ticket = ++this.listLoads;
    try {
      const page = await this.listPeople();
      if (ticket !== this.listLoads) return;
      this.people = page;
      // Another query: its best matches (or newest people) are at the top.
      this.peopleWindow.show(page, true);
      this.update();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The filter row under the search box, folded away until opened. */
  private filterForm(): TemplateResult {
    const f = this.filters;
    const active = Object.values(f).filter((v) => v !== "").length;
    const select = (name: keyof Filters, label: string, options: Array<[string, string]>) => html`
      <div class="field">
        <label for=${`filter-${name}`}>${label}</label>
        <select id=${`filter-${name}`} name=${name} data-testid=${`filter-${name}`} @change=${this.onFilter}>
          <option value="" ?selected=${f[name] === ""}>${t("filters.any")}</option>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${f[name] === v}>${text}</option>`)}
        </select>
      </div>`;
    const age = (name: "age_min" | "age_max", label: string) => html`
      <div class="field">
        <label for=${`filter-${name}`}>${label}</label>
        <input id=${`filter-${name}`} name=${name} type="number" inputmode="numeric" min="0" max="130"
          .value=${f[name]} data-testid=${`filter-${name}`} @change=${this.onFilter} />
      </div>`;
    const day = (name: "registered_from" | "registered_to", label: string) => html`
      <div class="field">
        <label for=${`filter-${name}`}>${label}</label>
        <input id=${`filter-${name}`} name=${name} type="date" max="9999-12-31"
          .value=${f[name]} data-testid=${`filter-${name}`} @change=${this.onFilter} />
      </div>`;
    const site = this.status?.site ?? "";
    return html`<details class="filters" data-testid="filters" ?open=${active > 0}>
      <summary data-testid="filters-open">${t("filters.title", { count: active })}</summary>
      <div class="filter-grid">
        ${select("nationality", t("list.nationality"), nationalityChoices())}
        ${select("sex", t("register.sex"), SEXES.map((x) => [x, t(`sex.${x}`)]))}
        ${select("status", t("list.status"), STATUSES.map((x) => [x, statusLabel(x)]))}
        ${age("age_min", t("filters.age_min"))} ${age("age_max", t("filters.age_max"))}
        ${day("registered_from", t("filters.registered_from"))}
        ${day("registered_to", t("filters.registered_to"))}
        ${site
          ? select("site", t("filters.site"), [[site, t("filters.this_site", { site })]])
          : nothing}
      </div>
      ${active > 0
        ? html`<button type="button" class="link" data-testid="filters-clear" @click=${this.clearFilters}>
            ${t("filters.clear")}
          </button>`
        : nothing}
    </details>`;
  }

  private onRegister = (ev: SubmitEvent): void => {
    ev.preventDefault();
    const edit = this.screen.kind === "register" ? this.screen.edit : undefined;
    const form = this.readRegistration(new FormData(ev.currentTarget as HTMLFormElement), edit?.form);
    const key = JSON.stringify(form.form.names);
    void this.run(async () => {
      try {
        if (edit) {
          this.person = await api.edit_person(edit.person.id, form.form);
          this.go({ kind: "detail", id: edit.person.id });
          return;
        }
        // Before saving, once per set of names: people already registered who may be this one.
        if (this.matchesFor !== key) {
          this.matchesFor = key;
          this.likely = await api.likely_matches(form.form);
          if (this.likely.length > 0) {
            // Rendered when this task ends; then brought into view beside the Save button.
            setTimeout(() =>
              this.root.querySelector("[data-testid=likely-matches]")?.scrollIntoView({ block: "center" }),
            );
            return;
          }
        }
        const view = await api.register_person(form.form);
        this.search = "";
        const case_number = view.person.case_number;
        await this.goHome(() =>
          tParts("register.saved", { case: html`<span class="case">${case_number}</span>` }),
        );
      } catch (e) {
        this.fail(e, (field) => registrationSlot(field, form.rows));
      }
    });
  };

  /**
   * The photo: taken or chosen, shown small, replaced or removed. The file input stays hidden
   * behind a button, which the error summary can focus.
   */
  private photoField(base?: RegistrationForm): TemplateResult {
    const photo = this.formPhoto === undefined ? (base?.photo ?? null) : this.formPhoto;
    return html`<fieldset class="photo-field" aria-describedby=${this.described("photo", "hint-photo")}>
      <legend>${t("register.photo")}</legend>
      ${photo
        ? html`<img class="photo" src=${photoUrl(photo)} alt=${t("register.photo.preview")} data-testid="photo-preview" />`
        : nothing}
      <input
        id="f-photo-file"
        type="file"
        accept="image/*"
        hidden
        data-testid="input-photo"
        @change=${this.onPhotoChosen}
      />
      <div class="buttons">
        <button
          type="button"
          id="f-photo"
          class="secondary"
          aria-invalid=${this.invalid("photo")}
          data-testid="photo-choose"
          @click=${() => document.getElementById("f-photo-file")?.click()}
        >
          ${photo ? t("register.photo.replace") : t("register.photo.take")}
        </button>
        ${photo
          ? html`<button
              type="button"
              class="secondary"
              data-testid="photo-remove"
              @click=${() => {
                this.formPhoto = null;
                this.update();
              }}
            >
              ${t("register.photo.remove")}
            </button>`
          : nothing}
      </div>
      <p class="hint" id="hint-photo">${t("register.photo.hint")}</p>
      ${this.slotErrors("photo")}
    </fieldset>`;
  }

  private onPhotoChosen = (ev: Event): void => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Chosen again, the same file must fire `change` again.
    input.value = "";
    if (!file) return;
    void (async () => {
      this.slots.delete("photo");
      try {
        this.formPhoto = await shrinkPhoto(file);
      } catch (e) {
        if (!(e instanceof UnreadablePhoto)) throw e;
        this.slots.set("photo", [{ id: "unreadable", text: () => t("register.photo.unreadable") }]);
      }
      this.update();
    })();
  };

  /** People who may already be registered as this person, shown before saving. */
  private likelyMatches(): TemplateResult {
    if (this.likely.length === 0) return html``;
    return html`<section class="alert likely" role="status" data-testid="likely-matches">
      <h2>${t("register.likely.title", { count: this.likely.length })}</h2>
      <ul>
        ${this.likely.map(
          (m) => html`<li data-testid="likely-match" data-strength=${m.strength}>
            <button type="button" class="link" @click=${() => this.openPerson(m.person.id)}>
              <bdi dir="auto">${m.person.display_name}</bdi>
              ${m.person.original_name ? html`· <bdi dir="auto">${m.person.original_name}</bdi>` : nothing}
            </button>
            <span class="case">${m.person.case_number}</span>
            <span class="muted">${t(`register.likely.${m.strength}`)}</span>
          </li>`,
        )}
      </ul>
      <p class="hint">${t("register.likely.hint")}</p>
    </section>`;
  }

  /** A supervisor decides a pair; the queue that remains comes back. */
  private decide(pair: DuplicateCandidate, decision: LinkDecision): void {
    void this.run(async () => {
      try {
        this.error = null;
        this.review = await api.decide_duplicate(pair.a.id, pair.b.id, decision);
      } catch (e) {
        this.fail(e);
      }
    });
  }

  /**
   * Opens a record. A record found to be the same person as an earlier one opens on the earlier
   * one (`follow`), saying so; the linked list opens each record as itself.
   */
  private openPerson(id: string, follow = true): void {
    void this.run(async () => {
      try {
        // The catalogue is read with the home screen; only a record opened before it needs it.
        [this.person, this.leafletCatalogue] = await Promise.all([
          api.get_person(id),
          this.leafletCatalogue ?? api.leaflet_catalogue(),
        ]);
        this.redirectedFrom = null;
        const canonical = this.person.canonical;
        if (follow && canonical) {
          this.redirectedFrom = this.person.person.case_number;
          this.person = await api.get_person(canonical);
          id = canonical;
        }
        this.go({ kind: "detail", id });
      } catch (e) {
        this.fail(e);
      }
    });
  }

  /** Builds the command's form; `rows[i]` is the name row that `names[i]` came from. */
  private readRegistration(
    data: FormData,
    base?: RegistrationForm,
  ): { form: RegistrationForm; rows: string[] } {
    const names: NameForm[] = [];
    const rows: string[] = [];
    for (const row of NAME_ROWS) {
      const original = str(data, `${row.key}.original`).trim();
      const latin = str(data, `${row.key}.latin`).trim();
      if (original === "" && latin === "") continue;
      // An edited name keeps its id, and the Latin spellings after the first.
      const before = base?.names.find((n) => n.kind === row.kind);
      const others = before?.latin.slice(1) ?? [];
      names.push({
        id: before?.id ?? null,
        kind: row.kind,
        original,
        latin: latin === "" ? others : [latin, ...others.filter((l) => l !== latin)],
      });
      rows.push(row.key);
    }
    // Names of other kinds (aliases, …) are not on this screen: they stay as they are.
    if (base) {
      for (const n of base.names) {
        if (!NAME_ROWS.some((row) => row.kind === n.kind)) {
          names.push(n);
          rows.push("names");
        }
      }
    }
    const dobRaw = str(data, "dob").trim();
    const unchangedAge =
      base !== undefined &&
      this.dobPrecision === "estimated_age" &&
      dobPrecisionOf(base.date_of_birth) === "estimated_age" &&
      dobRaw === dobValueOf(base.date_of_birth);
    const date_of_birth =
      this.dobPrecision === "unknown" || dobRaw === ""
        ? ""
        : unchangedAge
          ? // An estimated age kept as it was stays estimated on the day it was.
            (base?.date_of_birth ?? "")
          : this.dobPrecision === "estimated_age"
            ? `~${dobRaw}`
            : dobRaw;
    const sex = str(data, "sex");
    const nationality = str(data, "nationality");
    const protection = str(data, "protection");
    const consent = str(data, "consent");
    const status = str(data, "status");
    return {
      rows,
      form: {
        names,
        sex: (SEXES as ReadonlyArray<string>).includes(sex) ? (sex as Sex) : null,
        date_of_birth,
        place_of_birth: str(data, "place_of_birth").trim(),
        // Two are chosen here; a third (rare) stays as it was.
        nationalities: [
          ...new Set(
            [nationality, str(data, "nationality2"), ...(base?.nationalities.slice(2) ?? [])].filter(
              (n) => n !== "",
            ),
          ),
        ],
        languages: data.getAll("languages").filter((v): v is string => typeof v === "string"),
        preferred_language: str(data, "preferred_language"),
        documents: readRows(data, "doc", (row): DocumentForm | null => {
          const number = row("number");
          if (number === "") return null;
          const kind = row("kind");
          return {
            id: row("id") || null,
            kind: (DOC_KINDS as ReadonlyArray<string>).includes(kind) ? (kind as DocumentKind) : null,
            number,
            issuing_country: row("country"),
            expiry: row("expiry"),
          };
        }),
        phone: str(data, "phone").trim(),
        arrival: {
          // Unchanged, it stays to the second (the input shows minutes).
          at:
            base && str(data, "arrival_at") === toLocalTime(base.arrival.at)
              ? base.arrival.at
              : fromLocalTime(str(data, "arrival_at")),
          border_point: str(data, "border_point").trim(),
          means: (MEANS as ReadonlyArray<string>).includes(str(data, "means"))
            ? (str(data, "means") as ArrivalMeans)
            : null,
        },
        applies_for_protection: protection === "yes" ? true : protection === "no" ? false : null,
        unaccompanied: data.get("unaccompanied") === "on",
        specific_needs: data
          .getAll("needs")
          .filter((v): v is string => typeof v === "string")
          .map((code) => ({ code, note: str(data, `need_note.${code}`).trim() })),
        family_in_eu: readRows(data, "fam", (row): FamilyMemberForm | null => {
          const name = row("name");
          if (name === "") return null;
          return {
            id: row("id") || null,
            name,
            relationship: row("relationship"),
            country: row("country"),
            contact: row("contact"),
          };
        }),
        consents: [
          ...(consent === "" ? [] : [{ scope: "registration" as const, given: consent === "given" }]),
          // A decision on another use, once taken, is changed but not taken back to "not asked".
          ...OTHER_CONSENTS.flatMap((scope) => {
            const v = str(data, `consent_${scope}`);
            const before = base?.consents.filter((c) => c.scope === scope) ?? [];
            return v === "" ? before : [{ scope, given: v === "given" }];
          }),
        ],
        photo: this.formPhoto === undefined ? (base?.photo ?? null) : this.formPhoto,
        status: (STATUSES as ReadonlyArray<string>).includes(status) ? (status as Status) : (base?.status ?? null),
      },
    };
  }

  // ---- rendering -----------------------------------------------------------------------------

  update(): void {
    if (this.screen.kind === "home" && this.people) this.peopleWindow.show(this.people);
    render(this.view(), this.root);
    // The list's rows are drawn apart from the app (scrolling redraws only them).
    if (this.screen.kind === "home") this.peopleWindow.draw();
    if (this.focusInvalid) {
      this.focusInvalid = false;
      // The summary first (it lists every refused field); else the first refused input.
      const target =
        this.root.querySelector<HTMLElement>("[data-testid=error-summary]") ??
        this.root.querySelector<HTMLElement>("input[aria-invalid=true], select[aria-invalid=true]");
      target?.focus();
      target?.scrollIntoView({ block: "center" });
    }
  }

  private view(): TemplateResult {
    switch (this.screen.kind) {
      case "loading":
        return html`<p class="loading" data-testid="loading">${t("app.loading")}</p>`;
      case "setup":
        return this.setupView();
      case "unlock":
        return this.unlockView();
      case "home":
        return this.shell(this.homeView());
      case "register":
        return this.shell(this.registerView());
      case "detail":
        return this.shell(this.detailView());
      case "group":
        return this.shell(this.group ? this.group.view(() => void this.goHome()) : html`${this.screenError()}`);
      case "leaflets":
        return this.shell(this.leaflets ? this.leaflets.view(this.closeLeaflets) : html`${this.screenError()}`);
      case "review":
        return this.shell(
          html`${this.screenError()}
          ${reviewView(
            this.review ?? [],
            this.conflicted,
            this.status?.officer?.role === "supervisor",
            this.busy,
            (pair, decision) => this.decide(pair, decision),
            (id) => this.openPerson(id, false),
            () => void this.goHome(),
          )}`,
        );
    }
  }

  /** The unlocked screens' frame: app bar with who is signed in and the lock button. */
  private shell(body: TemplateResult): TemplateResult {
    const officer = this.status?.officer;
    return html`
      <header class="app-bar">
        <span class="brand">${t("app.name")}</span>
        <span class="who" data-testid="signed-in">
          ${officer
            ? tParts("home.signed_in", {
                name: bidi(officer.display_name),
                site: bidi(this.status?.site ?? ""),
              })
            : nothing}
        </span>
        <button
          type="button"
          class="secondary"
          data-testid="lock"
          ?disabled=${this.busy}
          @click=${this.onLock}
        >
          ${t("home.lock")}
        </button>
      </header>
      <div class="content">${body}</div>
    `;
  }

  /** An error in the UI language, chosen by its code (never by its English message). */
  private errorText(e: AppError): string {
    return errorMessage(e.code, { seconds: Number(e.retry_after_secs ?? 0) });
  }

  private screenError(): TemplateResult | typeof nothing {
    const e = this.error;
    if (!e) return nothing;
    return html`<p class="alert" role="alert" data-testid="error" data-code=${e.code}>${this.errorText(e)}</p>`;
  }

  /** The messages for one slot (chosen by validation code when they came from the client). */
  private slotErrors(slot: string): TemplateResult | typeof nothing {
    const errs = this.slots.get(slot);
    if (!errs || errs.length === 0) return nothing;
    return html`<p class="field-error" id=${`err-${slot}`} data-testid=${`error-${slot}`}>
      ${errs.map((m) => m.text()).join(" ")}
    </p>`;
  }

  private invalid(slot: string): "true" | "false" {
    // "A given or family name is required" belongs to the first name input.
    const refused = this.slots.has(slot) || (slot === "given.original" && this.slots.has("names"));
    return refused ? "true" : "false";
  }

  /** Every refused field of the form, each a button that moves to the field. */
  private errorSummary(): TemplateResult {
    const entries = [...this.slots].filter(([slot]) => slot !== "other");
    return html`<div class="alert summary" role="alert" tabindex="-1" data-testid="error-summary">
      <p>${errorMessage("validation")}</p>
      <ul>
        ${entries.map(
          ([slot, texts]) => html`<li>
            <button type="button" class="link" @click=${() => this.focusSlot(slot)}>
              ${texts.map((m) => m.text()).join(" ")}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private focusSlot(slot: string): void {
    const id = slot === "names" ? "f-given.original" : `f-${slot}`;
    const input =
      document.getElementById(id) ??
      this.root.querySelector<HTMLElement>(`input[name="${slot === "consent" ? "consent" : slot}"]`);
    input?.focus();
    input?.scrollIntoView({ block: "center" });
  }

  private described(slot: string, hint?: string): string | typeof nothing {
    const ids = [hint, this.slots.has(slot) ? `err-${slot}` : undefined].filter(Boolean);
    return ids.length ? ids.join(" ") : nothing;
  }

  private textField(opts: {
    name: string;
    label: string;
    type?: string;
    hint?: string;
    autocomplete?: string;
    dir?: "auto" | "ltr";
    inputmode?: string;
    required?: boolean;
    value?: string;
    /** Refused as a whole by a command (not by a field code): marks it and points to the alert. */
    invalid?: boolean;
  }): TemplateResult {
    const hintId = opts.hint ? `hint-${opts.name}` : undefined;
    return html`
      <div class="field">
        <label for=${`f-${opts.name}`}>${opts.label}</label>
        <input
          id=${`f-${opts.name}`}
          name=${opts.name}
          type=${opts.type ?? "text"}
          dir=${opts.dir ?? nothing}
          inputmode=${opts.inputmode ?? nothing}
          autocomplete=${opts.autocomplete ?? "off"}
          ?required=${opts.required ?? false}
          value=${opts.value ?? nothing}
          aria-invalid=${opts.invalid ? "true" : this.invalid(opts.name)}
          aria-describedby=${opts.invalid ? `${hintId ?? ""} sync-error`.trim() : this.described(opts.name, hintId)}
          data-testid=${`input-${opts.name}`}
        />
        ${opts.hint ? html`<p class="hint" id=${hintId}>${opts.hint}</p>` : nothing}
        ${this.slotErrors(opts.name)}
      </div>
    `;
  }

  /**
   * The UI language picker: each language in its own name and script. Its label also says
   * "Language" in English, so someone who cannot read the current language still finds it.
   */
  private languagePicker(): TemplateResult {
    const current = currentLanguage();
    const label = t("language.label");
    return html`
      <div class="language-picker">
        <label for="f-ui-language">${current === "en" ? label : `${label} · Language`}</label>
        <select id="f-ui-language" data-testid="language-picker" @change=${this.onLanguage}>
          ${[...catalogues].map(
            ([code, cat]) => html`<option value=${code} lang=${cat.locale} .selected=${code === current}>
              ${cat.name}
            </option>`,
          )}
        </select>
      </div>
    `;
  }

  private setupView(): TemplateResult {
    return html`
      <div class="top-bar">${this.languagePicker()}</div>
      <section class="card narrow" data-testid="setup-screen">
        <h1 tabindex="-1">${t("setup.title")}</h1>
        <p>${t("setup.intro")}</p>
        ${this.error?.code === "validation" ? nothing : this.screenError()}
        <form @submit=${this.onSetUp} novalidate data-testid="setup-form">
          ${this.textField({ name: "site_code", label: t("setup.site_code"), hint: t("setup.site_code.hint"), dir: "ltr", required: true })}
          ${this.textField({ name: "username", label: t("setup.username"), hint: t("setup.username.hint"), autocomplete: "username", dir: "ltr", required: true })}
          ${this.textField({ name: "display_name", label: t("setup.display_name"), autocomplete: "name", dir: "auto", required: true })}
          ${this.textField({ name: "passphrase", label: t("setup.passphrase"), type: "password", hint: t("setup.passphrase.hint"), autocomplete: "new-password", required: true })}
          ${this.textField({ name: "passphrase2", label: t("setup.passphrase2"), type: "password", autocomplete: "new-password", required: true })}
          <div class="actions">
            <button type="submit" class="primary" data-testid="setup-submit" ?disabled=${this.busy}>
              ${t("setup.submit")}
            </button>
          </div>
        </form>
      </section>
    `;
  }

  private unlockView(): TemplateResult {
    const officers = this.status?.officers ?? [];
    return html`
      <div class="top-bar">${this.languagePicker()}</div>
      <section class="card narrow" data-testid="unlock-screen">
        <h1 tabindex="-1">${t("unlock.title")}</h1>
        ${this.lockedForInactivity
          ? html`<p class="notice" role="status" data-testid="auto-locked">
              ${t("unlock.auto_locked", { minutes: Math.round(this.lockAfter / 60) })}
            </p>`
          : nothing}
        <form @submit=${this.onUnlock} novalidate data-testid="unlock-form">
          <div class="field">
            <label for="f-username">${t("unlock.officer")}</label>
            <select id="f-username" name="username" data-testid="input-username">
              ${officers.map(
                (o) => html`<option value=${o.username}>${o.display_name} (${o.username})</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="f-passphrase">${t("unlock.passphrase")}</label>
            <input
              id="f-passphrase"
              name="passphrase"
              type="password"
              autocomplete="current-password"
              required
              aria-invalid=${this.error ? "true" : "false"}
              aria-describedby=${this.error ? "unlock-error" : nothing}
              data-testid="input-passphrase"
            />
          </div>
          ${this.error
            ? html`<p class="alert" role="alert" id="unlock-error" data-testid="unlock-error" data-code=${this.error.code}>
                ${this.errorText(this.error)}
              </p>`
            : nothing}
          <div class="actions">
            <button type="submit" class="primary" data-testid="unlock-submit" ?disabled=${this.busy}>
              ${this.busy ? t("unlock.working") : t("unlock.submit")}
            </button>
          </div>
        </form>
      </section>
    `;
  }

  private homeView(): TemplateResult {
    const page = this.people;
    const items = page?.items ?? [];
    return html`
      <section data-testid="home-screen">
        <div class="title-row">
          <h1 tabindex="-1">${t("home.title")}</h1>
          <div class="buttons">
          <button
            type="button"
            class="primary"
            data-testid="register-button"
            @click=${() => {
              this.dobPrecision = "exact";
              this.likely = [];
              this.matchesFor = null;
              this.formPhoto = undefined;
              this.go({ kind: "register" });
            }}
          >
            ${t("home.register")}
          </button>
          <button type="button" class="secondary" data-testid="group-button" @click=${this.openGroup}>
            ${t("home.group")}
          </button>
          </div>
        </div>
        ${this.notice
          ? html`<p class="notice" role="status" data-testid="notice">${this.notice()}</p>`
          : nothing}
        ${this.screenError()}
        <div class=${this.sync?.enrolled ? "home-grid" : "home-grid not-enrolled"}>
          ${this.syncPanel()}
          ${arrivalsCard(this.arrivals, this.showToday)}
          ${dueCard(this.due, this.leafletCatalogue, (id, leaflet) => this.openDue(id, leaflet))}
          ${reviewCard(this.review, this.conflicted, () => this.go({ kind: "review" }))}
          <div class="home-list">
          <form class="search" role="search" @submit=${this.onSearch}>
            <label for="f-search" class="visually-hidden">${t("home.search")}</label>
            <input
              id="f-search"
              name="search"
              type="search"
              dir="auto"
              placeholder=${t("home.search.placeholder")}
              .value=${this.search}
              @input=${this.onSearchInput}
              data-testid="input-search"
            />
            <button type="submit" class="secondary" data-testid="search-submit">${t("home.search.submit")}</button>
          </form>
          ${this.filterForm()}
          ${items.length === 0
            ? html`<p class="empty" data-testid="people-empty">
                ${this.search.trim() !== "" || Object.values(this.filters).some((v) => v !== "")
                  ? t("home.no_match")
                  : t("home.empty")}
              </p>`
            : html`
                <p class="count" data-testid="people-count">
                  ${page && !page.total_exact
                    ? t("home.count_at_least", { count: page.total })
                    : t("home.count", { count: page?.total ?? 0 })}
                </p>
                <div
                  class="people"
                  role="table"
                  aria-label=${t("home.title")}
                  aria-rowcount=${this.peopleWindow.count + 1}
                  data-testid="people-list"
                >
                  <div
                    class="people-scroll"
                    data-testid="people-scroll"
                    ${ref(this.peopleWindow.attachScroller)}
                  >
                    <div role="rowgroup" class="people-head">
                      <div role="row" class="people-row" aria-rowindex="1">
                        <span role="columnheader" class="c-case">${t("list.case_number")}</span>
                        <span role="columnheader" class="c-name">${t("list.name")}</span>
                        <span role="columnheader" class="c-original">${t("list.original_name")}</span>
                        <span role="columnheader" class="c-nationality">${t("list.nationality")}</span>
                        <span role="columnheader" class="c-born">${t("list.born")}</span>
                        <span role="columnheader" class="c-status">${t("list.status")}</span>
                      </div>
                    </div>
                    <div
                      role="rowgroup"
                      class="people-body"
                      ${ref(this.peopleWindow.attachSpacer)}
                    ></div>
                  </div>
                </div>
              `}
          </div>
          ${this.settingsPanel()}
        </div>
      </section>
    `;
  }

  /** One person's cells in the list (the row itself is the list's, see `PeopleWindow`). */
  private personCells(p: PersonSummary): TemplateResult {
    const open = (ev: Event): void => {
      ev.stopPropagation();
      this.openPerson(p.id);
    };
    return html`<span role="cell" class="c-case">
        <span class="case" data-testid="person-case-number">${p.case_number}</span>
      </span>
      <span role="cell" class="c-name">
        <button type="button" class="link" data-testid="person-latin-name" @click=${open}>
          ${p.display_name ? bidi(p.display_name) : t("detail.none")}
        </button>
      </span>
      <span role="cell" class="c-original">${bidi(p.original_name, "person-original-name")}</span>
      <span role="cell" class="c-nationality" data-testid="person-nationality">
        ${formatList(p.nationalities.map(nationalityName)) || t("detail.none")}
      </span>
      <span role="cell" class="c-born">${p.birth_year ?? t("detail.none")}</span>
      <span role="cell" class="c-status">
        <span class="status" data-testid="person-status">${statusLabel(p.status)}</span>
      </span>`;
  }

  /** Enrolment, or the sync state with "Sync now", its progress, and the last result. */
  private syncPanel(): TemplateResult {
    const st = this.sync;
    const err = this.syncError;
    return html`
      <section class="card sync" aria-labelledby="sync-title" data-testid="sync-panel">
        <h2 id="sync-title">${t("sync.title")}</h2>
        ${st
          ? html`<p class="sync-waiting" data-testid="sync-waiting" data-count=${st.waiting}>
              ${t("sync.waiting", { count: st.waiting })}
            </p>`
          : nothing}
        ${st?.enrolled ? this.syncState(st) : this.enrolForm()}
        ${err
          ? html`<p class="alert" role="alert" id="sync-error" data-testid="sync-error" data-code=${err.code}>
              ${err.code === "validation" && !st?.enrolled ? t("sync.enrol.invalid_url") : this.errorText(err)}
            </p>`
          : nothing}
      </section>
    `;
  }

  private enrolForm(): TemplateResult {
    return html`
      <p class="hint" data-testid="sync-not-enrolled">${t("sync.not_enrolled")}</p>
      <form class="enrol" @submit=${this.onEnrol} novalidate data-testid="enrol-form">
        <h3>${t("sync.enrol.title")}</h3>
        ${this.textField({
          name: "server_url",
          invalid: this.syncError?.code === "validation",
          label: t("sync.enrol.server_url"),
          type: "url",
          inputmode: "url",
          dir: "ltr",
          hint: t("sync.enrol.server_url.hint"),
          value: DEV_SERVER,
          required: true,
        })}
        ${this.textField({
          name: "enrol_code",
          label: t("sync.enrol.code"),
          dir: "ltr",
          hint: t("sync.enrol.code.hint"),
          required: true,
        })}
        <div class="actions">
          <button type="submit" class="primary" data-testid="enrol-submit" ?disabled=${this.enrolling}>
            ${this.enrolling ? t("sync.enrol.working") : t("sync.enrol.submit")}
          </button>
        </div>
      </form>
    `;
  }

  private syncState(st: SyncStatus): TemplateResult {
    const p = this.syncProgress;
    const r = this.syncReport;
    return html`
      ${this.enrolled ? html`<p class="notice" role="status" data-testid="enrol-done">${t("sync.enrol.done")}</p>` : nothing}
      <dl class="facts">
        <div class="kv">
          <dt>${t("sync.server")}</dt>
          <dd><bdi dir="ltr" data-testid="sync-server">${st.server_url ?? ""}</bdi></dd>
        </div>
        ${st.server_fingerprint
          ? html`<div class="kv">
              <dt>${t("sync.fingerprint")}</dt>
              <dd><bdi dir="ltr" class="fingerprint" data-testid="sync-fingerprint">${st.server_fingerprint}</bdi></dd>
            </div>`
          : nothing}
        <div class="kv">
          <dt>${t("sync.last")}</dt>
          <dd data-testid="sync-last">
            ${st.last_sync
              ? html`<time datetime=${st.last_sync}>${formatRelative(st.last_sync)}</time>
                  <span class="muted">(${formatDateTime(st.last_sync)})</span>`
              : t("sync.last.never")}
          </dd>
        </div>
      </dl>
      ${this.syncing
        ? html`<div class="sync-progress" role="group" aria-label=${t("sync.progress")} data-testid="sync-running">
            <label for="sync-progress" data-testid="sync-phase">
              ${p ? t(`sync.phase.${p.phase}`) : t("sync.phase.connecting")}
            </label>
            <progress
              id="sync-progress"
              data-testid="sync-progress"
              max=${progressMax(p)}
              value=${progressValue(p) ?? nothing}
            ></progress>
            ${p
              ? html`<p class="sync-counts" data-testid="sync-counts">
                  <span>${t("sync.progress.sent", { pushed: p.pushed, total: p.to_push })}</span>
                  <span>${t("sync.progress.received", { pulled: p.pulled })}</span>
                  <span>${t("sync.progress.bytes", { up: formatBytes(p.bytes_up), down: formatBytes(p.bytes_down) })}</span>
                </p>`
              : nothing}
          </div>`
        : nothing}
      ${r && !this.syncing
        ? html`<p class="notice" role="status" data-testid="sync-result" data-pushed=${r.pushed} data-pulled=${r.pulled}>
            ${t("sync.result", { pushed: r.pushed, pulled: r.pulled })}
            ${r.repaired ? html`<br />${t("sync.result.repaired")}` : nothing}
          </p>`
        : nothing}
      <div class="actions">
        ${this.syncing
          ? html`<button
              type="button"
              class="secondary"
              data-testid="sync-cancel"
              ?disabled=${this.cancelling}
              @click=${this.onCancelSync}
            >
              ${this.cancelling ? t("sync.cancelling") : t("sync.cancel")}
            </button>`
          : nothing}
        <button type="button" class="primary" data-testid="sync-now" ?disabled=${this.syncing} @click=${this.onSyncNow}>
          ${t("sync.now")}
        </button>
      </div>
    `;
  }

  /** The UI language and what this device is. */
  private settingsPanel(): TemplateResult {
    return html`
      <section class="card settings" aria-labelledby="settings-title" data-testid="settings">
        <h2 id="settings-title">${t("settings.title")}</h2>
        ${this.languagePicker()}
        <p class="hint">${t("language.hint")}</p>
        <dl class="facts">
          <div class="kv">
            <dt>${t("settings.site")}</dt>
            <dd><bdi dir="ltr" data-testid="settings-site">${this.status?.site ?? ""}</bdi></dd>
          </div>
          <div class="kv">
            <dt>${t("settings.device")}</dt>
            <dd><bdi dir="ltr" data-testid="settings-device">${this.status?.device_code ?? ""}</bdi></dd>
          </div>
        </dl>
        ${this.retentionForm()}
        ${this.lockForm()}
        ${deadlinesForm(
          this.deadlines,
          this.leafletCatalogue,
          this.status?.officer?.role === "supervisor",
          this.deadlinesSaved,
          this.onDeadlines,
        )}
        ${contactsForm(
          this.contacts,
          this.status?.officer?.role === "supervisor",
          this.contactsSaved,
          this.onContacts,
        )}
        ${this.status?.officer?.role === "supervisor" ? this.exportForm() : nothing}
        ${this.officersForm()}
      </section>
    `;
  }

  /** The officers who can unlock this device; a supervisor adds more (each with their own
   * passphrase: officers switch by locking and unlocking as themselves). */
  private officersForm(): TemplateResult {
    const officers = this.status?.officers ?? [];
    const supervisor = this.status?.officer?.role === "supervisor";
    return html`<div class="officers" data-testid="officers">
      <h3>${t("officers.title")}</h3>
      <ul class="linked">
        ${officers.map(
          (o) => html`<li data-testid="officer" data-username=${o.username}>
            <bdi dir="auto">${o.display_name}</bdi> <bdi dir="ltr">(${o.username})</bdi>
            <span class="tag">${t(o.role === "supervisor" ? "officers.supervisor" : "officers.officer")}</span>
          </li>`,
        )}
      </ul>
      ${this.officerAdded
        ? html`<p class="notice" role="status" data-testid="officer-added">
            ${t("officers.added", { name: this.officerAdded })}
          </p>`
        : nothing}
      ${supervisor
        ? html`<form class="add-officer" @submit=${this.onAddOfficer} novalidate data-testid="add-officer-form">
            <div class="field">
              <label for="o-username">${t("setup.username")}</label>
              <input id="o-username" name="username" autocomplete="off" required data-testid="officer-username" />
            </div>
            <div class="field">
              <label for="o-display_name">${t("setup.display_name")}</label>
              <input id="o-display_name" name="display_name" dir="auto" required data-testid="officer-display_name" />
            </div>
            <div class="field">
              <label for="o-passphrase">${t("setup.passphrase")}</label>
              <input id="o-passphrase" name="passphrase" type="password" autocomplete="new-password" required data-testid="officer-passphrase" />
              <p class="hint">${t("setup.passphrase.hint")}</p>
            </div>
            <div class="field">
              <label for="o-passphrase2">${t("setup.passphrase2")}</label>
              <input id="o-passphrase2" name="passphrase2" type="password" autocomplete="new-password" required data-testid="officer-passphrase2" />
              ${this.officerMismatch
                ? html`<p class="field-error" data-testid="officer-mismatch">${t("setup.passphrase_mismatch")}</p>`
                : nothing}
            </div>
            <div class="field">
              <label for="o-role">${t("officers.role")}</label>
              <select id="o-role" name="role" data-testid="officer-role">
                <option value="officer">${t("officers.officer")}</option>
                <option value="supervisor">${t("officers.supervisor")}</option>
              </select>
            </div>
            <button type="submit" class="secondary" ?disabled=${this.busy} data-testid="add-officer">${t("officers.add")}</button>
          </form>`
        : nothing}
    </div>`;
  }

  private onAddOfficer = (ev: SubmitEvent): void => {
    ev.preventDefault();
    const form = ev.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    this.officerAdded = null;
    this.officerMismatch = str(data, "passphrase") !== str(data, "passphrase2");
    if (this.officerMismatch) {
      this.update();
      return;
    }
    void this.run(async () => {
      try {
        const added = await api.create_officer({
          username: str(data, "username"),
          display_name: str(data, "display_name"),
          passphrase: str(data, "passphrase"),
          role: str(data, "role") === "supervisor" ? "supervisor" : "officer",
        });
        this.error = null;
        this.officerAdded = added.display_name;
        this.status = await api.app_status();
        form.reset();
      } catch (e) {
        this.fail(e);
      }
    });
  };

  /** Export of the leaflet hand-over records (supervisors): the proof that people were informed. */
  private exportForm(): TemplateResult {
    return html`<div class="export" data-testid="export-handovers">
      <h3>${t("export.title")}</h3>
      <p class="hint">${t("export.hint")}</p>
      <button type="button" class="secondary" data-testid="export-handovers-button" ?disabled=${this.busy} @click=${this.onExportHandovers}>
        ${t("export.button")}
      </button>
      ${this.exported
        ? html`<p class="notice" role="status" data-testid="export-done">
            ${t("export.done")} <bdi dir="ltr" class="path">${this.exported}</bdi>
          </p>`
        : nothing}
    </div>`;
  }

  private onExportHandovers = (): void => {
    void this.run(async () => {
      try {
        this.exported = await api.save_handover_export();
      } catch (e) {
        this.fail(e);
      }
    });
  };

  /** How long synced records stay on this device; supervisors change it. */
  private retentionForm(): TemplateResult {
    if (this.retention === null) return html``;
    const supervisor = this.status?.officer?.role === "supervisor";
    return html`<form class="retention" @submit=${this.onRetention} data-testid="retention-form">
      <label for="retention-days">${t("settings.retention")}</label>
      <div class="inline">
        <input
          id="retention-days"
          name="days"
          type="number"
          inputmode="numeric"
          min="1"
          max="3650"
          required
          .value=${String(this.retention)}
          ?readonly=${!supervisor}
          data-testid="input-retention_days"
        />
        ${supervisor
          ? html`<button type="submit" class="secondary" data-testid="retention-save">${t("settings.retention.save")}</button>`
          : nothing}
      </div>
      <p class="hint">${t("settings.retention.hint")}</p>
      ${this.retentionSaved
        ? html`<p class="notice" role="status" data-testid="retention-saved">${t("settings.retention.saved")}</p>`
        : nothing}
    </form>`;
  }

  private onContacts = (values: Record<string, string>): void => {
    this.contactsSaved = false;
    void this.run(async () => {
      try {
        this.contacts = await api.set_site_contacts(values);
        this.contactsSaved = true;
      } catch (e) {
        this.fail(e);
      }
    });
  };

  private onDeadlines = (deadlines: LeafletDeadline[]): void => {
    this.deadlinesSaved = false;
    void this.run(async () => {
      try {
        this.deadlines = await api.set_leaflet_deadlines(deadlines);
        this.due = await api.leaflets_due(DUE_SHOWN);
        this.deadlinesSaved = true;
      } catch (e) {
        this.fail(e);
      }
    });
  };

  /** How long the app waits without use before it locks; supervisors change it. */
  private lockForm(): TemplateResult {
    const supervisor = this.status?.officer?.role === "supervisor";
    const choices = [30, 60, 120, 300, 600, 900, 1800, 3600];
    if (!choices.includes(this.lockAfter)) choices.push(this.lockAfter);
    return html`<div class="field lock-after">
      <label for="lock-after">${t("settings.lock_after")}</label>
      <select
        id="lock-after"
        data-testid="input-lock_after"
        ?disabled=${!supervisor || this.busy}
        @change=${this.onLockAfter}
      >
        ${choices
          .sort((a, b) => a - b)
          .map(
            (s) => html`<option value=${s} ?selected=${s === this.lockAfter}>
              ${s < 60 ? t("settings.lock_after.seconds", { count: s }) : t("settings.lock_after.minutes", { count: s / 60 })}
            </option>`,
          )}
      </select>
    </div>`;
  }

  private onLockAfter = (ev: Event): void => {
    const seconds = Number((ev.currentTarget as HTMLSelectElement).value);
    void this.run(async () => {
      try {
        this.lockAfter = await api.set_lock_after_seconds(seconds);
      } catch (e) {
        this.fail(e);
      }
    });
  };

  private onRetention = (ev: SubmitEvent): void => {
    ev.preventDefault();
    const days = Number(str(new FormData(ev.currentTarget as HTMLFormElement), "days"));
    this.retentionSaved = false;
    void this.run(async () => {
      try {
        this.retention = await api.set_retention_days(days);
        this.retentionSaved = true;
      } catch (e) {
        this.fail(e);
      }
    });
  };

  private registerView(): TemplateResult {
    const other = this.slots.get("other") ?? [];
    const dobHint: MessageKey | null =
      this.dobPrecision === "unknown" ? null : `register.dob.hint.${this.dobPrecision}`;
    // Editing a record: the same form, filled with it (the values are the inputs' defaults, so
    // what the official types stays through a redraw); a new form for another record.
    const edit = this.screen.kind === "register" ? this.screen.edit : undefined;
    const base = edit?.form;
    const nameOf = (kind: NameKind) => base?.names.find((n) => n.kind === kind);
    const consent = base?.consents.find((c) => c.scope === "registration");
    const need = (code: SpecificNeed) => base?.specific_needs.find((n) => n.code === code);
    return html`
      <section data-testid="register-screen">
        <h1 tabindex="-1">${edit ? t("edit.title") : t("register.title")}</h1>
        ${edit
          ? html`<p class="person-head">
              <span class="case">${edit.person.case_number}</span>
              <span class="latin">${bidi(edit.display_name)}</span>
            </p>`
          : nothing}
        ${this.error?.code === "validation" ? this.errorSummary() : this.screenError()}
        ${other.length
          ? html`<ul class="alert" data-testid="error-other">
              ${other.map((m) => html`<li>${m.text()}</li>`)}
            </ul>`
          : nothing}
        ${keyed(edit?.person.id ?? "new", html`<form @submit=${this.onRegister} novalidate data-testid="register-form" class="register">
          <fieldset>
            <legend>${t("register.names")}</legend>
            ${this.slotErrors("names")}
            ${NAME_ROWS.map((row) => {
              const part = t(`name.${row.kind}`);
              return html`
                <div class="name-row">
                  ${this.textField({
                    name: `${row.key}.original`,
                    label: t("register.original", { part }),
                    dir: "auto",
                    value: nameOf(row.kind)?.original,
                  })}
                  ${this.textField({
                    name: `${row.key}.latin`,
                    label: t("register.latin", { part }),
                    dir: "ltr",
                    value: nameOf(row.kind)?.latin[0],
                  })}
                </div>
              `;
            })}
          </fieldset>

          <fieldset class="choices" aria-describedby=${this.described("sex")}>
            <legend>${t("register.sex")}</legend>
            ${SEXES.map(
              (s) => html`<label class="choice">
                <input type="radio" name="sex" value=${s} ?checked=${base?.sex === s} data-testid=${`input-sex-${s}`} />
                ${t(`sex.${s}`)}
              </label>`,
            )}
            ${this.slotErrors("sex")}
          </fieldset>

          <fieldset>
            <legend>${t("register.dob")}</legend>
            <div class="dob-row">
              <div class="field">
                <label for="f-dob-precision">${t("register.dob.precision")}</label>
                <select
                  id="f-dob-precision"
                  data-testid="input-dob-precision"
                  @change=${(ev: Event) => {
                    this.dobPrecision = (ev.target as HTMLSelectElement).value as DobPrecision;
                    this.update();
                  }}
                >
                  ${DOB_PRECISIONS.map(
                    (p) => html`<option value=${p} ?selected=${p === this.dobPrecision}>
                      ${t(`dob.${p}`)}
                    </option>`,
                  )}
                </select>
              </div>
              ${this.dobPrecision === "unknown"
                ? nothing
                : this.textField({
                    name: "dob",
                    label: this.dobPrecision === "estimated_age" ? t("register.dob.age") : t("register.dob.value"),
                    dir: "ltr",
                    hint: dobHint ? t(dobHint) : undefined,
                    value: base && dobPrecisionOf(base.date_of_birth) === this.dobPrecision ? dobValueOf(base.date_of_birth) : undefined,
                    inputmode: this.dobPrecision === "exact" || this.dobPrecision === "year_month" ? "text" : "numeric",
                  })}
            </div>
          </fieldset>

          <div class="grid-2">
            <div class="field">
              <label for="f-nationality">${t("register.nationality")}</label>
              <select
                id="f-nationality"
                name="nationality"
                aria-invalid=${this.invalid("nationality")}
                aria-describedby=${this.described("nationality")}
                data-testid="input-nationality"
              >
                <option value="">${t("register.nationality.none")}</option>
                ${nationalityChoices().map(
                  ([code, name]) => html`<option value=${code} ?selected=${base?.nationalities[0] === code}>${name}</option>`,
                )}
              </select>
              ${this.slotErrors("nationality")}
            </div>
            <div class="field">
              <label for="f-nationality2">${t("register.nationality2")}</label>
              <select id="f-nationality2" name="nationality2" data-testid="input-nationality2">
                <option value="">${t("register.nationality.none")}</option>
                ${nationalityChoices().map(
                  ([code, name]) => html`<option value=${code} ?selected=${base?.nationalities[1] === code}>${name}</option>`,
                )}
              </select>
            </div>
            <div class="field">
              <label for="f-preferred_language">${t("register.preferred_language")}</label>
              <select
                id="f-preferred_language"
                name="preferred_language"
                aria-invalid=${this.invalid("preferred_language")}
                aria-describedby=${this.described("preferred_language")}
                data-testid="input-preferred_language"
              >
                <option value="">${t("register.preferred_language.none")}</option>
                ${languageChoices().map(
                  ([code, name]) => html`<option value=${code} ?selected=${base?.preferred_language === code}>${name}</option>`,
                )}
              </select>
              ${this.slotErrors("preferred_language")}
            </div>
          </div>

          <fieldset class="choices" aria-describedby=${this.described("languages")}>
            <legend>${t("register.languages")}</legend>
            <div class="checks">
              ${languageChoices().map(
                ([code, name]) => html`<label class="choice">
                  <input
                    type="checkbox"
                    name="languages"
                    value=${code}
                    ?checked=${base?.languages.includes(code) ?? false}
                    data-testid=${`input-language-${code}`}
                  />
                  ${name}
                </label>`,
              )}
            </div>
            ${this.slotErrors("languages")}
          </fieldset>

          ${this.textField({ name: "phone", label: t("register.phone"), type: "tel", inputmode: "tel", dir: "ltr", value: base?.phone })}
          <div class="grid-2">
            ${this.textField({ name: "place_of_birth", label: t("register.place_of_birth"), dir: "auto", value: base?.place_of_birth })}
            ${this.textField({ name: "border_point", label: t("group.border_point"), dir: "auto", value: base?.arrival.border_point })}
          </div>
          <div class="grid-2">
            ${this.textField({
              name: "arrival_at",
              label: t("register.arrival_at"),
              type: "datetime-local",
              dir: "ltr",
              value: toLocalTime(base?.arrival.at ?? ""),
            })}
            <div class="field">
              <label for="f-means">${t("group.means")}</label>
              <select id="f-means" name="means" data-testid="input-means">
                <option value="">${t("group.means.unknown")}</option>
                ${MEANS.map(
                  (m) => html`<option value=${m} ?selected=${base?.arrival.means === m}>${t(`group.means.${m}`)}</option>`,
                )}
              </select>
            </div>
          </div>

          ${this.photoField(base)}

          <fieldset>
            <legend>${t("register.documents")}</legend>
            ${[...(base?.documents ?? []), null].map((d, i) => this.documentRow(i, d))}
            <p class="hint">${t("register.rows.hint")}</p>
          </fieldset>

          <fieldset>
            <legend>${t("register.family_in_eu")}</legend>
            ${[...(base?.family_in_eu ?? []), null].map((m, i) => this.familyRow(i, m))}
            <p class="hint">${t("register.rows.hint")}</p>
          </fieldset>

          <fieldset
            class="choices"
            aria-invalid=${this.invalid("specific_needs")}
            aria-describedby=${this.described("specific_needs", "hint-needs")}
          >
            <legend>${t("detail.needs")}</legend>
            <label class="choice">
              <input type="checkbox" name="unaccompanied" ?checked=${base?.unaccompanied ?? false} data-testid="input-unaccompanied" />
              ${t("register.unaccompanied")}
            </label>
            ${NEEDS.map(
              (code) => html`<div class="need-choice">
                <label class="choice">
                  <input
                    type="checkbox"
                    name="needs"
                    value=${code}
                    ?checked=${need(code) !== undefined}
                    data-testid=${`input-need-${code}`}
                  />
                  ${t(`need.${code}`)}
                </label>
                <div class="field need-note-field">
                  <label for=${`f-need-note-${code}`}>${t("register.need_note")}</label>
                  <textarea
                    id=${`f-need-note-${code}`}
                    name=${`need_note.${code}`}
                    dir="auto"
                    rows="2"
                    .defaultValue=${need(code)?.note ?? ""}
                    data-testid=${`input-need-note-${code}`}
                  ></textarea>
                </div>
              </div>`,
            )}
            <p class="hint" id="hint-needs">${t("register.needs.hint")}</p>
            ${this.slotErrors("specific_needs")}
          </fieldset>

          <fieldset class="choices" aria-describedby=${this.described("applies_for_protection")}>
            <legend>${t("register.protection")}</legend>
            ${(["yes", "no", "unknown"] as const).map(
              (v) => html`<label class="choice">
                <input
                  type="radio"
                  name="protection"
                  value=${v}
                  ?checked=${v === (base?.applies_for_protection === true ? "yes" : base?.applies_for_protection === false ? "no" : "unknown")}
                  data-testid=${`input-protection-${v}`}
                />
                ${t(`register.protection.${v}`)}
              </label>`,
            )}
            ${this.slotErrors("applies_for_protection")}
          </fieldset>

          <fieldset
            class="choices"
            aria-invalid=${this.invalid("consent")}
            aria-describedby=${this.described("consent", "hint-consent")}
          >
            <legend>${t("register.consent")}</legend>
            ${(["given", "refused"] as const).map(
              (v) => html`<label class="choice">
                <input
                  type="radio"
                  name="consent"
                  value=${v}
                  ?checked=${consent !== undefined && consent.given === (v === "given")}
                  aria-invalid=${this.invalid("consent")}
                  data-testid=${`input-consent-${v}`}
                />
                ${t(`register.consent.${v}`)}
              </label>`,
            )}
            <p class="hint" id="hint-consent">${t("register.consent.hint")}</p>
            ${this.slotErrors("consent")}
          </fieldset>

          ${OTHER_CONSENTS.map((scope) => {
            const before = base?.consents.find((c) => c.scope === scope);
            const current = before === undefined ? "" : before.given ? "given" : "refused";
            return html`<fieldset class="choices">
              <legend>${t(`consent.${scope}`)}</legend>
              ${(["given", "refused", ""] as const).map(
                (v) => html`<label class="choice">
                  <input
                    type="radio"
                    name=${`consent_${scope}`}
                    value=${v}
                    ?checked=${v === current}
                    ?disabled=${v === "" && before !== undefined}
                    data-testid=${`input-consent-${scope}-${v || "not_asked"}`}
                  />
                  ${v === "" ? t("register.consent.not_asked") : t(`register.consent.${v}`)}
                </label>`,
              )}
            </fieldset>`;
          })}

          ${edit
            ? html`<div class="field">
                <label for="f-status">${t("detail.status")}</label>
                <select id="f-status" name="status" data-testid="input-status">
                  ${STATUSES.map(
                    (s) => html`<option value=${s} ?selected=${base?.status === s}>${statusLabel(s)}</option>`,
                  )}
                </select>
              </div>`
            : this.likelyMatches()}
          <div class="actions">
            <button
              type="button"
              class="secondary"
              data-testid="register-cancel"
              @click=${() => (edit ? this.openPerson(edit.person.id, false) : void this.goHome())}
            >
              ${t("register.cancel")}
            </button>
            <button type="submit" class="primary" data-testid="register-submit" ?disabled=${this.busy}>
              ${this.busy ? t("register.saving") : edit ? t("edit.submit") : t("register.submit")}
            </button>
          </div>
        </form>`)}
      </section>
    `;
  }

  /** One identity document's inputs (`d` null: an empty row to add one). */
  private documentRow(i: number, d: DocumentForm | null): TemplateResult {
    const n = `doc.${i}`;
    return html`<div class="item-row" data-testid="document-row">
      <input type="hidden" name=${`${n}.id`} value=${d?.id ?? ""} />
      <div class="field">
        <label for=${`f-${n}.kind`}>${t("register.doc.kind")}</label>
        <select id=${`f-${n}.kind`} name=${`${n}.kind`} data-testid=${`input-${n}.kind`}>
          ${DOC_KINDS.map((k) => html`<option value=${k} ?selected=${d?.kind === k}>${t(`doc.kind.${k}`)}</option>`)}
        </select>
      </div>
      ${this.textField({ name: `${n}.number`, label: t("register.doc.number"), dir: "ltr", value: d?.number })}
      ${this.countrySelect(`${n}.country`, t("register.doc.country"), d?.issuing_country ?? "")}
      ${this.textField({ name: `${n}.expiry`, label: t("register.doc.expiry"), type: "date", dir: "ltr", value: d?.expiry })}
    </div>`;
  }

  /** One family member in the EU (`m` null: an empty row to add one). */
  private familyRow(i: number, m: FamilyMemberForm | null): TemplateResult {
    const n = `fam.${i}`;
    return html`<div class="item-row" data-testid="family-row">
      <input type="hidden" name=${`${n}.id`} value=${m?.id ?? ""} />
      ${this.textField({ name: `${n}.name`, label: t("register.fam.name"), dir: "auto", value: m?.name })}
      ${this.textField({ name: `${n}.relationship`, label: t("register.fam.relationship"), dir: "auto", value: m?.relationship })}
      ${this.countrySelect(`${n}.country`, t("register.fam.country"), m?.country ?? "")}
      ${this.textField({ name: `${n}.contact`, label: t("register.fam.contact"), dir: "auto", value: m?.contact })}
    </div>`;
  }

  /** A country picker (ISO 3166-1 alpha-3), empty for none. */
  private countrySelect(name: string, label: string, value: string): TemplateResult {
    return html`<div class="field">
      <label for=${`f-${name}`}>${label}</label>
      <select
        id=${`f-${name}`}
        name=${name}
        aria-invalid=${this.invalid(name)}
        aria-describedby=${this.described(name)}
        data-testid=${`input-${name}`}
      >
        <option value="">${t("register.country.none")}</option>
        ${nationalityChoices()
          .filter(([code]) => !code.startsWith("XX"))
          .map(([code, cname]) => html`<option value=${code} ?selected=${value === code}>${cname}</option>`)}
      </select>
      ${this.slotErrors(name)}
    </div>`;
  }

  /** Opens the record's edit form, its date of birth's precision chosen as recorded. */
  private editPerson(v: PersonView): void {
    this.dobPrecision = dobPrecisionOf(v.form.date_of_birth);
    this.likely = [];
    this.formPhoto = undefined;
    this.go({ kind: "register", edit: v });
  }

  private detailView(): TemplateResult {
    const v = this.person;
    if (!v) return html`${this.screenError()}`;
    const f = v.person.fields;
    const consent = f.consents.find((c) => c.scope === "registration");
    const none = t("detail.none");
    const row = (label: string, value: unknown, testid: string) =>
      html`<div class="kv"><dt>${label}</dt><dd data-testid=${testid}>${value}</dd></div>`;
    return html`
      <section data-testid="detail-screen">
        <div class="title-row">
          <h1 tabindex="-1">${t("detail.title")}</h1>
          <div class="buttons">
            <button type="button" class="secondary" data-testid="detail-edit" @click=${() => this.editPerson(v)}>
              ${t("detail.edit")}
            </button>
            <button type="button" class="secondary" data-testid="detail-back" @click=${() => void this.goHome()}>
              ${t("detail.back")}
            </button>
          </div>
        </div>
        ${this.screenError()}
        ${this.redirectedFrom
          ? html`<p class="notice" role="status" data-testid="redirected">
              ${t("detail.redirected", { case: this.redirectedFrom })}
            </p>`
          : nothing}
        ${v.conflicts.length
          ? html`<p class="alert" data-testid="conflicts">${t("detail.conflicts", { count: v.conflicts.length })}</p>
              ${this.conflictCards(v)}`
          : nothing}
        <div class="card">
          ${f.photo
            ? html`<img
                class="photo"
                src=${photoUrl(f.photo)}
                alt=${t("detail.photo", { name: v.display_name })}
                data-testid="detail-photo"
              />`
            : nothing}
          <p class="person-head">
            <span class="case" data-testid="detail-case-number">${v.person.case_number}</span>
            <span class="latin" data-testid="detail-latin-name">${bidi(v.display_name)}</span>
            <span class="original">${bidi(v.original_name, "detail-original-name")}</span>
          </p>
          <dl class="fields">
            ${row(
              t("detail.names"),
              html`<ul class="names">
                ${f.names.map(
                  (n) => html`<li>
                    <span class="name-kind">${t(`name.${n.kind}`)}</span>
                    ${bidi(n.original)} ${n.latin.length ? html`· ${formatList(n.latin)}` : nothing}
                  </li>`,
                )}
              </ul>`,
              "detail-names",
            )}
            ${row(t("detail.sex"), t(`sex.${f.sex}`), "detail-sex")}
            ${row(t("detail.dob"), formatDob(f.date_of_birth), "detail-dob")}
            ${row(
              t("detail.nationality"),
              formatList(f.nationalities.map(nationalityName)) || none,
              "detail-nationality",
            )}
            ${row(
              t("detail.languages"),
              formatList(f.languages.map(languageName)) || none,
              "detail-languages",
            )}
            ${row(
              t("detail.preferred_language"),
              f.preferred_language ? languageName(f.preferred_language) : none,
              "detail-preferred-language",
            )}
            ${row(t("detail.phone"), f.phone ? html`<bdi dir="ltr">${f.phone}</bdi>` : none, "detail-phone")}
            ${row(t("register.place_of_birth"), f.place_of_birth ? bidi(f.place_of_birth) : none, "detail-place-of-birth")}
            ${row(
              t("group.arrival"),
              f.arrival.at || f.arrival.border_point || f.arrival.means
                ? html`${f.arrival.at ? formatDateTime(f.arrival.at) : nothing}
                  ${f.arrival.border_point ? html`· ${bidi(f.arrival.border_point)}` : nothing}
                  ${f.arrival.means ? html`· ${t(`group.means.${f.arrival.means}`)}` : nothing}`
                : none,
              "detail-arrival",
            )}
            ${row(
              t("register.documents"),
              f.documents.length
                ? html`<ul class="names">
                    ${f.documents.map(
                      (d) => html`<li>
                        <span class="name-kind">${t(`doc.kind.${d.kind}`)}</span>
                        <bdi dir="ltr">${d.number}</bdi>
                        ${d.issuing_country ? html`· ${nationalityName(d.issuing_country)}` : nothing}
                        ${d.expiry ? html`· ${t("register.doc.expiry")} ${d.expiry}` : nothing}
                      </li>`,
                    )}
                  </ul>`
                : none,
              "detail-documents",
            )}
            ${row(
              t("register.family_in_eu"),
              f.family_in_eu.length
                ? html`<ul class="names">
                    ${f.family_in_eu.map(
                      (m) => html`<li>
                        ${bidi(m.name)}
                        ${m.relationship ? html`· ${bidi(m.relationship)}` : nothing}
                        · ${nationalityName(m.country)}
                        ${m.contact ? html`· ${bidi(m.contact)}` : nothing}
                      </li>`,
                    )}
                  </ul>`
                : none,
              "detail-family",
            )}
            ${row(
              t("detail.needs"),
              f.specific_needs.length
                ? html`<ul class="needs">
                      ${f.specific_needs.map(
                        (n) => html`<li data-need=${n.need}>
                          <span class="need-code">${t(`need.${n.need}`)}</span>
                          ${n.note ? html`<span class="need-note">${bidi(n.note)}</span>` : nothing}
                        </li>`,
                      )}
                    </ul>
                    ${v.needs_details_withheld
                      ? html`<p class="hint" data-testid="needs-withheld">${t("detail.needs_withheld")}</p>`
                      : nothing}`
                : none,
              "detail-needs",
            )}
            ${row(
              t("detail.protection"),
              f.applies_for_protection === null
                ? t("register.protection.unknown")
                : t(f.applies_for_protection ? "register.protection.yes" : "register.protection.no"),
              "detail-protection",
            )}
            ${row(
              t("detail.consent"),
              consent ? t(consent.given ? "register.consent.given" : "register.consent.refused") : none,
              "detail-consent",
            )}
            ${OTHER_CONSENTS.map((scope) => {
              const c = f.consents.find((x) => x.scope === scope);
              return row(
                t(`consent.${scope}`),
                c ? t(c.given ? "register.consent.given" : "register.consent.refused") : none,
                `detail-consent-${scope}`,
              );
            })}
            ${row(t("detail.status"), statusLabel(f.status), "detail-status")}
            ${row(t("detail.registered_at"), formatDateTime(v.person.created_at), "detail-registered-at")}
          </dl>
        </div>
        <div class="title-row">
          <h2>${t("detail.leaflets")}</h2>
          <button type="button" class="primary" data-testid="give-leaflet" ?disabled=${this.busy} @click=${() => this.openLeaflets(v)}>
            ${t("detail.give_leaflet")}
          </button>
        </div>
        ${handoverList(v.handovers, this.leafletCatalogue)}
        ${linkedList(v.links, (other) => this.openPerson(other, false))}
        <h2>${t("detail.history")}</h2>
        <ol class="history" data-testid="detail-history">
          ${v.history.map((h) => this.historyItem(h))}
        </ol>
        ${this.status?.officer?.role === "supervisor" ? this.eraseForm(v.person.id) : nothing}
      </section>
    `;
  }

  /**
   * Each field in conflict with its values side by side: the value, when and on which device it
   * was written; a supervisor keeps one with one tap.
   */
  private conflictCards(v: PersonView): TemplateResult {
    // Devices are named by the tail of their id: ids are UUIDv7, whose head is a time.
    const supervisor = this.status?.officer?.role === "supervisor";
    return html`${v.conflicts.map(
      (c) => html`<div class="card conflict" data-testid="conflict" data-field=${c.field}>
        <h2>${fieldLabel(c.field)}</h2>
        <ul class="choices">
          ${c.values.map(
            (cv, i) => html`<li class="choice">
              <span class="value" data-testid="conflict-value">${c.field.startsWith("links.") && cv.value.type === "text"
                ? t(`link.${cv.value.value}` as MessageKey)
                : c.field === "photo" && cv.value.type === "bytes"
                  ? html`<img class="photo" src=${photoUrl(cv.value.value)} alt=${t("register.photo.preview")} />`
                  : formatFieldValue(cv.value)}</span>
              <span class="meta">
                ${cv.at ? formatDateTime(cv.at) : nothing}
                ${cv.device ? t("conflict.device", { device: cv.device.slice(-6) }) : nothing}
              </span>
              ${supervisor
                ? html`<button
                    type="button"
                    class="secondary"
                    data-testid="conflict-keep"
                    data-index=${i}
                    ?disabled=${this.busy}
                    @click=${() => this.onResolve(v.person.id, c.field, cv.value)}
                  >
                    ${t("conflict.keep")}
                  </button>`
                : nothing}
            </li>`,
          )}
        </ul>
        ${supervisor ? nothing : html`<p class="hint">${t("conflict.supervisor_only")}</p>`}
      </div>`,
    )}`;
  }

  private onResolve(id: string, field: string, value: FieldValue): void {
    void this.run(async () => {
      try {
        this.person = await api.resolve_conflict(id, field, value);
      } catch (e) {
        this.fail(e);
      }
    });
  }

  /** Erasure, folded away (a tap opens it): a reason, a warning, one button. */
  private eraseForm(id: string): TemplateResult {
    return html`<details class="danger-zone" data-testid="erase">
      <summary data-testid="erase-open">${t("erase.title")}</summary>
      <form @submit=${(ev: SubmitEvent) => this.onErase(ev, id)}>
        <p>${t("erase.explain")}</p>
        <label for="erase-reason">${t("erase.reason")}</label>
        <select id="erase-reason" name="reason" data-testid="erase-reason" required>
          ${ERASURE_REASONS.map((r) => html`<option value=${r}>${t(`erase.reason.${r}`)}</option>`)}
        </select>
        <button type="submit" class="danger" data-testid="erase-submit" ?disabled=${this.busy}>
          ${t("erase.submit")}
        </button>
      </form>
    </details>`;
  }

  private onErase(ev: SubmitEvent, id: string): void {
    ev.preventDefault();
    const reason = str(new FormData(ev.currentTarget as HTMLFormElement), "reason") as ErasureReason;
    void this.run(async () => {
      try {
        await api.erase_person(id, reason);
      } catch (e) {
        this.fail(e);
        return;
      }
      this.person = null;
      await this.goHome(() => t("erase.done"));
    });
  }

  private openGroup = (): void => {
    const app = this;
    this.group = new GroupScreen(
      {
        update: () => this.update(),
        run: (task) => this.run(task),
        fail: (e) => this.fail(e),
        get busy() {
          return app.busy;
        },
      },
      (group) => {
        this.group = null;
        void this.goHome(() => t("group.done", { count: group.members.length }));
      },
    );
    this.go({ kind: "group" });
  };

  /** From the home screen's list of leaflets owed: the person's leaflet screen, that leaflet chosen. */
  private openDue(id: string, leaflet: string): void {
    void this.run(async () => {
      try {
        this.person = await api.get_person(id);
      } catch (e) {
        this.fail(e);
      }
    }).then(() => {
      if (this.person?.person.id === id) this.openLeaflets(this.person, leaflet);
    });
  }

  private openLeaflets(v: PersonView, leaflet?: string): void {
    const app = this;
    const screen = new LeafletScreen(
      {
        update: () => this.update(),
        run: (task) => this.run(task),
        fail: (e) => this.fail(e),
        get busy() {
          return app.busy;
        },
      },
      v,
    );
    void this.run(async () => {
      try {
        await screen.open(leaflet);
        this.leaflets = screen;
        this.go({ kind: "leaflets", id: v.person.id });
      } catch (e) {
        this.fail(e);
      }
    });
  }

  /** Back from the leaflet screen to the record, with the hand-overs just recorded. */
  private closeLeaflets = (): void => {
    if (this.leaflets) this.person = this.leaflets.person;
    this.leaflets = null;
    const id = this.person?.person.id;
    if (id) this.go({ kind: "detail", id });
    else void this.goHome();
  };

  private historyItem(h: HistoryEntry): TemplateResult {
    return html`<li>
      <time datetime=${h.at}>${formatDateTime(h.at)}</time>
      <span class="action">${t(`history.${h.action}`)}</span>
      ${h.field ? html`<span class="field-name" title=${h.field}>${fieldLabel(h.field)}</span>` : nothing}
      ${h.value && h.field !== "photo" ? html`${bidi(h.value)}` : nothing}
    </li>`;
  }
}

/** A field path of a conflict (`sex`, `names.<id>.original`, …) as the person reads it. */
function fieldLabel(field: string): string {
  const top = field.split(".")[0] ?? field;
  const known: Record<string, MessageKey> = {
    names: "detail.names",
    sex: "detail.sex",
    date_of_birth: "detail.dob",
    nationalities: "detail.nationality",
    languages: "detail.languages",
    preferred_language: "detail.preferred_language",
    phone: "detail.phone",
    applies_for_protection: "detail.protection",
    consents: "detail.consent",
    status: "detail.status",
    links: "detail.linked",
    place_of_birth: "register.place_of_birth",
    arrival: "group.arrival",
    documents: "register.documents",
    family_in_eu: "register.family_in_eu",
    specific_needs: "detail.needs",
    unaccompanied: "register.unaccompanied",
    photo: "register.photo",
  };
  const key = known[top];
  return key ? t(key) : field;
}

/** One value of a field in conflict, as text (names and other text isolated). */
function formatFieldValue(v: FieldValue): TemplateResult | string {
  switch (v.type) {
    case "text":
      return v.value === "" ? t("detail.none") : bidi(v.value);
    case "bool":
      return t(v.value ? "register.protection.yes" : "register.protection.no");
    case "int":
    case "timestamp":
      return String(v.value);
    case "bytes":
    case "null":
      return t("detail.none");
  }
}

/** Why a record may be erased, in the order the picker shows them. */
const ERASURE_REASONS: ErasureReason[] = ["entered_in_error", "duplicate", "person_requested", "ordered"];

/** How many people owed a leaflet the home screen lists. */
const DUE_SHOWN = 5;

/** The development server `make run` starts: the enrol form's suggestion. */
const DEV_SERVER = "http://127.0.0.1:8787";

/** The progress bar's scale: records to send while pushing, else a full bar for "done". */
function progressMax(p: SyncProgress | null): number {
  return p && p.phase === "pushing" ? Math.max(p.to_push, 1) : 1;
}

/** The bar's value, or undefined (an indeterminate bar) while the amount of work is unknown. */
function progressValue(p: SyncProgress | null): number | undefined {
  if (!p) return undefined;
  if (p.phase === "pushing") return Math.min(p.pushed, Math.max(p.to_push, 1));
  if (p.phase === "done") return 1;
  return undefined;
}

/** Which slot of the registration form shows a refused field's message. */
/**
 * The rows `prefix.0.*`, `prefix.1.*`, … of a form, each read by `read` (given the row's value
 * of a column); a row it returns null for (left empty) is dropped.
 */
function readRows<T>(data: FormData, prefix: string, read: (col: (name: string) => string) => T | null): T[] {
  const out: T[] = [];
  for (let i = 0; data.has(`${prefix}.${i}.id`); i++) {
    const row = read((name) => str(data, `${prefix}.${i}.${name}`).trim());
    if (row !== null) out.push(row);
  }
  return out;
}

/** An RFC 3339 time as a `datetime-local` input's value, in the device's time zone. */
function toLocalTime(rfc3339: string): string {
  const d = new Date(rfc3339);
  if (rfc3339 === "" || Number.isNaN(d.getTime())) return "";
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A `datetime-local` input's value as an RFC 3339 time ("" stays ""). */
function fromLocalTime(value: string): string {
  const d = new Date(value);
  return value === "" || Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

/** The precision of a date of birth as the form writes it (`RegistrationForm.date_of_birth`). */
function dobPrecisionOf(dob: string): DobPrecision {
  if (dob === "") return "unknown";
  if (dob.startsWith("~")) return "estimated_age";
  if (/^\d{4}-\d{2}-\d{2}$/.test(dob)) return "exact";
  if (/^\d{4}-\d{2}$/.test(dob)) return "year_month";
  return "year";
}

/** What the date-of-birth input shows for it: the date, or the estimated age alone. */
function dobValueOf(dob: string): string {
  return dob.startsWith("~") ? (dob.slice(1).split("@")[0] ?? "") : dob;
}

function registrationSlot(field: string, rows: string[]): string {
  const name = /^names\[(\d+)\]\.(original|latin)/.exec(field);
  if (name) {
    const row = rows[Number(name[1])];
    return row ? `${row}.${name[2]}` : "names";
  }
  if (field === "names") return "names";
  if (field.startsWith("nationalities")) return "nationality";
  if (field.startsWith("languages")) return "languages";
  if (field === "date_of_birth") return "dob";
  if (field.startsWith("consents")) return "consent";
  if (field.startsWith("specific_needs") || field === "unaccompanied") return "specific_needs";
  if (field === "place_of_birth") return field;
  const row = /^(documents|family_in_eu)\[(\d+)\]\.(\w+)/.exec(field);
  if (row) {
    const prefix = row[1] === "documents" ? "doc" : "fam";
    const col = { issuing_country: "country", kind: "number" }[row[3] ?? ""] ?? row[3];
    return `${prefix}.${row[2]}.${col}`;
  }
  if (field.startsWith("arrival.border_point")) return "border_point";
  if (["sex", "phone", "preferred_language", "applies_for_protection", "photo"].includes(field)) return field;
  return "other";
}
