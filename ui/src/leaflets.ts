// The leaflet screen: an information leaflet shown to a person in a language they understand,
// and the hand-over recorded with one tap (EU law requires informing people in writing, in a
// language they understand; the record is the proof that it was done).
//
// The leaflet text is the person's, not the officer's: it carries its own `lang` and `dir`
// whatever the UI language is, so an Arabic leaflet is right-to-left inside a French screen and a
// Tigrinya one left-to-right inside an Arabic screen. The language switcher names each language
// in itself (ትግርኛ, العربية), then in the UI language for the officer.

import { html, nothing, render, type TemplateResult } from "lit";
import * as api from "./api";
import type { Acknowledgement } from "./bindings/Acknowledgement";
import type { HandoverFormat } from "./bindings/HandoverFormat";
import type { LanguageInfo } from "./bindings/LanguageInfo";
import type { LeafletCatalogueView } from "./bindings/LeafletCatalogueView";
import type { LeafletDeadline } from "./bindings/LeafletDeadline";
import type { LeafletHandover } from "./bindings/LeafletHandover";
import type { LeafletsDue } from "./bindings/LeafletsDue";
import type { LeafletTextView } from "./bindings/LeafletTextView";
import type { PersonView } from "./bindings/PersonView";
import type { ReviewStatus } from "./bindings/ReviewStatus";
import type { SiteContact } from "./bindings/SiteContact";
import {
  currentLanguage,
  formatDateTime,
  languageChoices,
  languageName,
  t,
  tParts,
  type MessageKey,
} from "./i18n";

/** What the leaflet screen needs from the app around it. */
export interface LeafletHost {
  /** Re-renders the app. */
  update(): void;
  /** Runs a task with the app marked busy (buttons disabled), one at a time. */
  run(task: () => Promise<void>): Promise<void>;
  /** Shows an error of a command. */
  fail(e: unknown): void;
  /** Whether a task is running. */
  readonly busy: boolean;
}

const FORMATS: ReadonlyArray<HandoverFormat> = ["screen", "print", "pdf"];
const ACKNOWLEDGEMENTS: ReadonlyArray<Acknowledgement> = ["none", "verbal", "signed", "declined"];
const LARGE_TEXT_KEY = "waypoint.leaflet-large-text";

/**
 * The leaflet language to preselect for a person: the one serving their preferred language,
 * else the first of the languages they speak that has one, else English.
 */
export function preselectLanguage(person: PersonView, languages: ReadonlyArray<LanguageInfo>): string {
  const f = person.person.fields;
  const spoken = [f.preferred_language, ...f.languages].filter((c): c is string => !!c);
  for (const code of spoken) {
    const hit = languages.find((l) => l.iso639_3.includes(code));
    if (hit) return hit.code;
  }
  return languages.find((l) => l.code === "en")?.code ?? languages[0]?.code ?? "en";
}

/** One leaflet's body: paragraphs separated by blank lines, `- ` lines as a list. */
function body(text: string): TemplateResult[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((l) => l.startsWith("- "))) {
        return html`<ul>
          ${lines.map((l) => html`<li>${l.slice(2)}</li>`)}
        </ul>`;
      }
      return html`<p>${lines.join(" ")}</p>`;
    });
}

function statusKey(status: ReviewStatus): MessageKey {
  return status === "reviewed" ? "leaflet.status.reviewed" : "leaflet.status.machine_drafted";
}

export class LeafletScreen {
  private catalogue: LeafletCatalogueView | null = null;
  private leaflet: string | null = null;
  private language: string | null = null;
  private text: LeafletTextView | null = null;
  private large = localStorage.getItem(LARGE_TEXT_KEY) === "1";
  /** The hand-over just recorded (confirmation shown until the next change). */
  private recorded: LeafletHandover | null = null;
  /** Where the last PDF was saved (shown until the next change). */
  private savedPdf: string | null = null;
  /** Counts text loads, so that a slow answer to an earlier choice does not replace a later one. */
  private loads = 0;

  constructor(
    private readonly host: LeafletHost,
    public person: PersonView,
  ) {}

  /** Loads the catalogue and the first leaflet the person has not received yet. */
  async open(leaflet?: string): Promise<void> {
    const catalogue = await api.leaflet_catalogue();
    this.catalogue = catalogue;
    this.language = preselectLanguage(this.person, catalogue.languages);
    const given = new Set(this.person.handovers.map((h) => h.leaflet));
    this.leaflet =
      leaflet ?? catalogue.leaflets.find((l) => !given.has(l.id))?.id ?? catalogue.leaflets[0]?.id ?? null;
    await this.load();
  }

  private async load(): Promise<void> {
    if (!this.leaflet || !this.language) return;
    this.text = await api.leaflet_text(this.leaflet, this.language);
  }

  /** Applies a choice and loads its text; of quick successive choices, the last one shows. */
  private choose(change: () => void): void {
    change();
    this.recorded = null;
    this.savedPdf = null;
    const ticket = ++this.loads;
    const [leaflet, language] = [this.leaflet, this.language];
    if (!leaflet || !language) return;
    api.leaflet_text(leaflet, language).then(
      (text) => {
        if (ticket !== this.loads) return;
        this.text = text;
        this.host.update();
      },
      (e: unknown) => this.host.fail(e),
    );
  }

  private onLanguage = (ev: Event): void => {
    const code = (ev.currentTarget as HTMLSelectElement).value;
    this.choose(() => (this.language = code));
  };

  private onLeaflet = (ev: Event): void => {
    const id = (ev.currentTarget as HTMLSelectElement).value;
    this.choose(() => (this.leaflet = id));
  };

  private onPdf = (): void => {
    const text = this.text;
    if (!text) return;
    void this.host.run(async () => {
      try {
        this.savedPdf = await api.save_leaflet_pdf(text.leaflet, text.language.code);
        // What was saved is what will be handed over: the hand-over form follows.
        const pdf = document.querySelector<HTMLInputElement>("[data-testid=handover-format-pdf]");
        if (pdf) pdf.checked = true;
      } catch (e) {
        this.host.fail(e);
      }
    });
  };

  private onLarge = (ev: Event): void => {
    this.large = (ev.currentTarget as HTMLInputElement).checked;
    localStorage.setItem(LARGE_TEXT_KEY, this.large ? "1" : "0");
    this.host.update();
  };

  private onRecord = (ev: SubmitEvent): void => {
    ev.preventDefault();
    const text = this.text;
    if (!text) return;
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    const get = (name: string) => {
      const v = data.get(name);
      return typeof v === "string" ? v : "";
    };
    const interpreter = get("interpreter");
    void this.host.run(async () => {
      try {
        this.person = await api.record_handover(this.person.person.id, {
          leaflet: text.leaflet,
          version: text.translation.version,
          language: text.language.code,
          format: get("format") as HandoverFormat,
          explained_orally: data.get("explained") === "on",
          interpreter_language: interpreter === "" ? null : interpreter,
          acknowledgement: get("acknowledgement") as Acknowledgement,
        });
        this.recorded = this.person.handovers[0] ?? null;
      } catch (e) {
        this.host.fail(e);
      }
    });
  };

  private titleOf(leaflet: string, language: string): string {
    return leafletTitle(this.catalogue, leaflet, language);
  }

  private languageOf(code: string): LanguageInfo | undefined {
    return this.catalogue?.languages.find((l) => l.code === code);
  }

  /** A language as the switcher shows it: its own name, then its name in the UI language. */
  private languageLabel(l: LanguageInfo): string {
    // The first of its ISO 639-3 codes the UI can name (macrolanguage codes such as `ara` may
    // have no name of their own); the English name otherwise.
    const local = l.iso639_3.map(languageName).find((n, i) => n !== l.iso639_3[i]) ?? l.english_name;
    return local === l.endonym ? l.endonym : `${l.endonym} — ${local}`;
  }

  view(back: () => void): TemplateResult {
    const cat = this.catalogue;
    const text = this.text;
    return html`<section data-testid="leaflet-screen">
      <div class="title-row">
        <h1 tabindex="-1">${t("leaflet.title")}</h1>
        <button type="button" class="secondary" data-testid="leaflet-back" @click=${back}>
          ${t("leaflet.back")}
        </button>
      </div>
      <p class="person-head">
        <span class="case">${this.person.person.case_number}</span>
        <bdi dir="auto">${this.person.display_name}</bdi>
      </p>
      ${cat
        ? html`<div class="leaflet-pickers">
            <div class="field">
              <label for="leaflet-pick">${t("leaflet.choose")}</label>
              <select id="leaflet-pick" data-testid="leaflet-pick" @change=${this.onLeaflet}>
                ${cat.leaflets.map(
                  (l) => html`<option value=${l.id} ?selected=${l.id === this.leaflet}>
                    ${this.titleOf(l.id, this.language ?? "en")}${this.givenMark(l.id)}
                  </option>`,
                )}
              </select>
            </div>
            <div class="field">
              <label for="leaflet-language">${t("leaflet.language")}</label>
              <select id="leaflet-language" data-testid="leaflet-language" @change=${this.onLanguage}>
                ${cat.languages.map(
                  (l) => html`<option value=${l.code} ?selected=${l.code === this.language}>
                    ${this.languageLabel(l)}
                  </option>`,
                )}
              </select>
            </div>
            <label class="choice">
              <input type="checkbox" data-testid="leaflet-large" .checked=${this.large} @change=${this.onLarge} />
              ${t("leaflet.large_text")}
            </label>
          </div>`
        : nothing}
      ${text ? this.textView(text) : nothing} ${text ? this.recordForm(text) : nothing}
      ${this.givenList()}
    </section>`;
  }

  /** " ✓" after a leaflet the person already received (in any language). */
  private givenMark(leaflet: string): string {
    return this.person.handovers.some((h) => h.leaflet === leaflet) ? " ✓" : "";
  }

  private textView(v: LeafletTextView): TemplateResult {
    const tr = v.translation;
    const legal = this.catalogue?.leaflets.find((l) => l.id === v.leaflet)?.legal_basis ?? [];
    return html`${v.missing_placeholders.length
        ? html`<p class="alert" data-testid="leaflet-missing-contacts">
            ${t("leaflet.missing_contacts", { names: v.missing_placeholders.join(", ") })}
          </p>`
        : nothing}
      <p
        class="leaflet-status ${tr.status === "reviewed" ? "reviewed" : "drafted"}"
        data-testid="leaflet-status"
        data-status=${tr.status}
      >
        ${t(statusKey(tr.status))} · ${t("leaflet.version", { version: tr.version.slice(0, 12) })}
      </p>
      <article
        class="leaflet ${this.large ? "large" : ""}"
        lang=${v.language.code}
        dir=${v.language.direction}
        data-testid="leaflet-text"
        data-script=${v.language.script}
      >
        <h2 data-testid="leaflet-heading">${tr.title}</h2>
        ${tr.sections.map(
          (s) => html`<section data-section=${s.id}>
            <h3>${s.heading}</h3>
            ${body(s.body)}
          </section>`,
        )}
      </article>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          data-testid="leaflet-pdf"
          ?disabled=${this.host.busy || v.missing_placeholders.length > 0}
          @click=${this.onPdf}
        >
          ${t("leaflet.pdf")}
        </button>
      </div>
      ${this.savedPdf
        ? html`<p class="notice" role="status" data-testid="leaflet-pdf-saved">
            ${tParts("leaflet.pdf.saved", { path: html`<bdi dir="ltr" class="path">${this.savedPdf}</bdi>` })}
          </p>`
        : nothing}
      ${legal.length
        ? html`<details class="legal" data-testid="leaflet-legal">
            <summary>${t("leaflet.legal_basis")}</summary>
            <ul>
              ${legal.map(
                (r) => html`<li lang="en" dir="ltr">
                  ${r.instrument}${r.article ? `, ${r.article}` : ""}${r.note ? html` — ${r.note}` : nothing}
                </li>`,
              )}
            </ul>
          </details>`
        : nothing}`;
  }

  private recordForm(v: LeafletTextView): TemplateResult {
    const done = this.recorded;
    return html`<form class="card handover" data-testid="handover-form" @submit=${this.onRecord}>
      <h2>${t("leaflet.record.title")}</h2>
      <fieldset>
        <legend>${t("leaflet.format")}</legend>
        ${FORMATS.map(
          (f, i) => html`<label class="choice">
            <input type="radio" name="format" value=${f} data-testid=${`handover-format-${f}`} ?checked=${i === 0} />
            ${t(`leaflet.format.${f}`)}
          </label>`,
        )}
      </fieldset>
      <label class="choice">
        <input type="checkbox" name="explained" data-testid="handover-explained" />
        ${t("leaflet.explained_orally")}
      </label>
      <div class="field">
        <label for="handover-interpreter">${t("leaflet.interpreter")}</label>
        <select id="handover-interpreter" name="interpreter" data-testid="handover-interpreter">
          <option value="">${t("leaflet.interpreter.none")}</option>
          ${languageChoices().map(([code, name]) => html`<option value=${code}>${name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="handover-ack">${t("leaflet.ack")}</label>
        <select id="handover-ack" name="acknowledgement" data-testid="handover-ack">
          ${ACKNOWLEDGEMENTS.map((a) => html`<option value=${a}>${t(`leaflet.ack.${a}`)}</option>`)}
        </select>
      </div>
      <button type="submit" class="primary" data-testid="handover-submit" ?disabled=${this.host.busy}>
        ${t("leaflet.record")}
      </button>
      ${done
        ? html`<p class="notice" role="status" data-testid="handover-recorded">
            ${t("leaflet.recorded", {
              leaflet: this.titleOf(done.leaflet, v.language.code),
              language: this.languageOf(done.language)?.endonym ?? done.language,
            })}
          </p>`
        : nothing}
    </form>`;
  }

  private givenList(): TemplateResult {
    return html`<h2>${t("detail.leaflets")}</h2>
      ${handoverList(this.person.handovers, this.catalogue)}`;
  }
}

/** A leaflet's title in a language, if the catalogue lists it; else its English title or id. */
export function leafletTitle(cat: LeafletCatalogueView | null, leaflet: string, language: string): string {
  const l = cat?.leaflets.find((x) => x.id === leaflet);
  return l?.translations.find((tr) => tr.language === language)?.title ?? l?.title ?? leaflet;
}

/**
 * The leaflets a person received, newest first: title in the language given, the language by
 * its own name, how, when, explained orally or through an interpreter, acknowledgement.
 */
/** Opens the text a hand-over cites, as it was given: any version this device has held, read
 * when first opened. */
async function showGiven(ev: Event, version: string): Promise<void> {
  const details = ev.currentTarget as HTMLDetailsElement;
  const box = details.querySelector<HTMLElement>(".given-text");
  if (!details.open || !box || details.dataset.loaded) return;
  try {
    const v = await api.leaflet_version_text(version);
    details.dataset.loaded = "1";
    const tr = v.translation;
    render(
      html`<article class="leaflet" lang=${v.language.code} dir=${v.language.direction} data-testid="handover-text-body">
        <h4>${tr.title}</h4>
        ${tr.sections.map((s) => html`<section data-section=${s.id}><h5>${s.heading}</h5>${body(s.body)}</section>`)}
        <p class="hint">${t(statusKey(tr.status))}</p>
      </article>`,
      box,
    );
  } catch {
    render(html`<p class="hint" data-testid="handover-text-missing">${t("handover.text_missing")}</p>`, box);
  }
}

export function handoverList(
  handovers: ReadonlyArray<LeafletHandover>,
  cat: LeafletCatalogueView | null,
): TemplateResult {
  if (handovers.length === 0) return html`<p class="hint" data-testid="handovers-none">${t("detail.leaflets.none")}</p>`;
  return html`<ul class="handovers" data-testid="handovers">
    ${handovers.map((h) => {
      const lang = cat?.languages.find((l) => l.code === h.language);
      return html`<li data-testid="handover" data-leaflet=${h.leaflet} data-language=${h.language}>
        <span class="title" lang=${h.language} dir=${lang?.direction ?? "auto"}>${leafletTitle(cat, h.leaflet, h.language)}</span>
        <span class="lang" lang=${h.language}>${lang?.endonym ?? h.language}</span>
        <span class="meta">
          ${t(`leaflet.format.${h.format}`)}${h.explained_orally ? ` · ${t("leaflet.explained_orally")}` : ""}${h.interpreter_language
            ? ` · ${t("leaflet.interpreter_used", { language: languageName(h.interpreter_language) })}`
            : ""}${h.acknowledgement !== "none" ? ` · ${t(`leaflet.ack.${h.acknowledgement}`)}` : ""}
        </span>
        <time datetime=${h.at}>${formatDateTime(h.at)}</time>
        <details class="given" data-testid="handover-text" @toggle=${(ev: Event) => showGiven(ev, h.version)}>
          <summary>${t("handover.text_given")} · ${t("leaflet.version", { version: h.version.slice(0, 12) })}</summary>
          <div class="given-text"></div>
        </details>
      </li>`;
    })}
  </ul>`;
}

/**
 * The home screen's card of leaflets owed: how many, and the most overdue people, each a tap
 * away from the leaflet screen with that leaflet chosen.
 */
export function dueCard(
  due: LeafletsDue | null,
  cat: LeafletCatalogueView | null,
  open: (person: string, leaflet: string) => void,
): TemplateResult {
  if (!due || due.deadlines.length === 0) return html``;
  const more = due.total - due.items.length;
  return html`<section class="card due" aria-labelledby="due-title" data-testid="leaflets-due">
    <h2 id="due-title">${t("due.title")}</h2>
    ${due.total === 0
      ? html`<p class="hint" data-testid="leaflets-due-none">${t("due.none")}</p>`
      : html`<p data-testid="leaflets-due-count" data-count=${due.total}>${t("due.count", { count: due.total })}</p>
          <ul class="due-list">
            ${due.items.map(
              (d) => html`<li>
                <button
                  type="button"
                  class="link"
                  data-testid="leaflet-due"
                  data-leaflet=${d.leaflet}
                  @click=${() => open(d.person.id, d.leaflet)}
                >
                  <span class="case">${d.person.case_number}</span>
                  <bdi dir="auto">${d.person.display_name || d.person.original_name}</bdi>
                </button>
                <span class="meta">
                  ${leafletTitle(cat, d.leaflet, currentLanguage())} ·
                  <span class=${d.days_overdue > 0 ? "overdue" : ""}>
                    ${d.days_overdue > 0 ? t("due.overdue", { count: d.days_overdue }) : t("due.today")}
                  </span>
                </span>
              </li>`,
            )}
          </ul>
          ${more > 0 ? html`<p class="hint">${t("due.more", { count: more })}</p>` : nothing}`}
  </section>`;
}

/**
 * The site's required leaflets and their deadlines in days after registration: a supervisor
 * edits them (empty: not required), others read them.
 */
export function deadlinesForm(
  deadlines: ReadonlyArray<LeafletDeadline> | null,
  cat: LeafletCatalogueView | null,
  supervisor: boolean,
  saved: boolean,
  onSave: (deadlines: LeafletDeadline[]) => void,
): TemplateResult {
  if (!deadlines || !cat) return html``;
  const days = new Map(deadlines.map((d) => [d.leaflet, d.within_days]));
  const submit = (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    const set: LeafletDeadline[] = [];
    for (const l of cat.leaflets) {
      const v = data.get(`deadline-${l.id}`);
      if (typeof v === "string" && v.trim() !== "") set.push({ leaflet: l.id, within_days: Number(v) });
    }
    onSave(set);
  };
  return html`<form class="deadlines" data-testid="deadlines-form" @submit=${submit}>
    <h3>${t("settings.deadlines")}</h3>
    <p class="hint">${t("settings.deadlines.hint")}</p>
    ${cat.leaflets.map(
      (l) => html`<div class="deadline-row">
        <label for=${`deadline-${l.id}`}>${leafletTitle(cat, l.id, currentLanguage())}</label>
        <input
          id=${`deadline-${l.id}`}
          name=${`deadline-${l.id}`}
          type="number"
          inputmode="numeric"
          min="0"
          max="365"
          .value=${days.has(l.id) ? String(days.get(l.id)) : ""}
          ?readonly=${!supervisor}
          data-testid=${`deadline-${l.id}`}
        />
        <span class="unit">${t("settings.deadlines.unit")}</span>
      </div>`,
    )}
    ${supervisor
      ? html`<button type="submit" class="secondary" data-testid="deadlines-save">${t("settings.deadlines.save")}</button>`
      : nothing}
    ${saved ? html`<p class="notice" role="status" data-testid="deadlines-saved">${t("settings.deadlines.saved")}</p>` : nothing}
  </form>`;
}

/**
 * The site's contact values the leaflets print (advice, legal aid, UNHCR, emergency numbers):
 * a supervisor edits them, others read them.
 */
export function contactsForm(
  contacts: ReadonlyArray<SiteContact> | null,
  supervisor: boolean,
  saved: boolean,
  onSave: (values: Record<string, string>) => void,
): TemplateResult {
  if (!contacts) return html``;
  const submit = (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    const values: Record<string, string> = {};
    for (const c of contacts) {
      const v = data.get(`contact-${c.name}`);
      values[c.name] = typeof v === "string" ? v : "";
    }
    onSave(values);
  };
  return html`<form class="contacts" data-testid="contacts-form" @submit=${submit}>
    <h3>${t("settings.contacts")}</h3>
    <p class="hint">${t("settings.contacts.hint")}</p>
    ${contacts.map(
      (c) => html`<div class="field">
        <label for=${`contact-${c.name}`} lang="en">${c.description}</label>
        <input
          id=${`contact-${c.name}`}
          name=${`contact-${c.name}`}
          type="text"
          dir="auto"
          maxlength="200"
          .value=${c.value}
          ?readonly=${!supervisor}
          data-testid=${`contact-${c.name}`}
        />
      </div>`,
    )}
    ${supervisor
      ? html`<button type="submit" class="secondary" data-testid="contacts-save">${t("settings.contacts.save")}</button>`
      : nothing}
    ${saved ? html`<p class="notice" role="status" data-testid="contacts-saved">${t("settings.contacts.saved")}</p>` : nothing}
  </form>`;
}
