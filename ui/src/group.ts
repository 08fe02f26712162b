// Group pre-registration: a family arriving together, a few fields each, in one form and one
// save. Built for speed at a queue: the family name and nationality typed for the first member
// are carried to the next rows, an age can be typed instead of a date of birth, and rows left
// without a name are ignored. The records are pre-registered; each is completed later.

import { html, nothing, type TemplateResult } from "lit";
import * as api from "./api";
import type { AppError } from "./bindings/AppError";
import type { ArrivalMeans } from "./bindings/ArrivalMeans";
import type { GroupView } from "./bindings/GroupView";
import type { MemberForm } from "./bindings/MemberForm";
import type { Relationship } from "./bindings/Relationship";
import type { Sex } from "./bindings/Sex";
import { nationalityChoices, t, validationMessage } from "./i18n";

/** What the group screen needs from the app around it. */
export interface GroupHost {
  update(): void;
  run(task: () => Promise<void>): Promise<void>;
  /** Shows an error that is not about one field. */
  fail(e: unknown): void;
  readonly busy: boolean;
}

const SEXES: ReadonlyArray<Sex> = ["female", "male", "other", "unknown"];
const RELATIONSHIPS: ReadonlyArray<Relationship> = [
  "focal_point",
  "spouse",
  "child",
  "parent",
  "sibling",
  "grandparent",
  "grandchild",
  "other_relative",
  "not_related",
];
const MEANS: ReadonlyArray<ArrivalMeans> = ["land", "sea", "air", "other"];

/** A row as typed (kept across re-renders and added rows). */
interface Row {
  given: string;
  family: string;
  sex: Sex | "";
  dob: string;
  nationality: string;
  relationship: Relationship;
}

function emptyRow(first?: Row): Row {
  return {
    given: "",
    family: first?.family ?? "",
    sex: "",
    dob: "",
    nationality: first?.nationality ?? "",
    relationship: first ? "child" : "focal_point",
  };
}

/** "34" is an age (the client's `~34`); anything else is a date as typed. */
export function dateOfBirth(typed: string): string {
  const v = typed.trim();
  return /^\d{1,3}$/.test(v) ? `~${v}` : v;
}

export class GroupScreen {
  private rows: Row[] = [emptyRow()];
  private borderPoint = "";
  private means: ArrivalMeans | "" = "";
  /** Messages by row field (`m0.given_name`) or `other`. */
  private errors = new Map<string, string[]>();

  constructor(
    private readonly host: GroupHost,
    private readonly done: (group: GroupView) => void,
  ) {
    this.rows.push(emptyRow(this.rows[0]));
  }

  private input(i: number, field: keyof Row) {
    return (ev: Event) => {
      const row = this.rows[i];
      if (!row) return;
      const value = (ev.currentTarget as HTMLInputElement | HTMLSelectElement).value;
      (row as unknown as Record<string, string>)[field] = value;
      // The first member's family name and nationality carry to rows not typed in yet.
      if (i === 0 && (field === "family" || field === "nationality")) {
        for (const other of this.rows.slice(1)) {
          if (other.given === "") (other as unknown as Record<string, string>)[field] = value;
        }
        this.host.update();
      }
    };
  }

  private addRow = (): void => {
    this.rows.push(emptyRow(this.rows[0]));
    this.host.update();
    const last = this.rows.length - 1;
    requestAnimationFrame(() => document.getElementById(`g-${last}-given`)?.focus());
  };

  private onSubmit = (ev: SubmitEvent): void => {
    ev.preventDefault();
    // Rows left without a name are spare rows, not members.
    const typed = this.rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.given.trim() !== "");
    const members: MemberForm[] = typed.map(({ r }) => ({
      given_name: r.given,
      family_name: r.family,
      sex: r.sex === "" ? null : r.sex,
      date_of_birth: dateOfBirth(r.dob),
      nationality: r.nationality,
      relationship: r.relationship,
    }));
    void this.host.run(async () => {
      try {
        const group = await api.pre_register_group({
          arrival: { at: "", border_point: this.borderPoint, means: this.means === "" ? null : this.means },
          members,
        });
        this.errors = new Map();
        this.done(group);
      } catch (e) {
        const err = api.asAppError(e);
        if (err.code !== "validation") {
          this.host.fail(err);
          return;
        }
        this.errors = slots(err, typed.map(({ i }) => i));
        this.host.update();
      }
    });
  };

  private messages(slot: string): TemplateResult | typeof nothing {
    const list = this.errors.get(slot);
    if (!list?.length) return nothing;
    return html`<p class="field-error" id=${`err-${slot}`} data-testid=${`error-${slot}`}>${list.join(" ")}</p>`;
  }

  view(cancel: () => void): TemplateResult {
    const other = this.errors.get("other") ?? [];
    return html`<section data-testid="group-screen">
      <div class="title-row">
        <h1 tabindex="-1">${t("group.title")}</h1>
        <button type="button" class="secondary" data-testid="group-cancel" @click=${cancel}>${t("group.cancel")}</button>
      </div>
      <p class="hint">${t("group.intro")}</p>
      ${other.length ? html`<div class="alert" role="alert" data-testid="group-errors">${other.join(" ")}</div>` : nothing}
      <form class="group" @submit=${this.onSubmit} novalidate>
        <fieldset class="card">
          <legend>${t("group.arrival")}</legend>
          <div class="grid-2">
            <div class="field">
              <label for="g-border">${t("group.border_point")}</label>
              <input
                id="g-border"
                type="text"
                .value=${this.borderPoint}
                @input=${(ev: Event) => (this.borderPoint = (ev.currentTarget as HTMLInputElement).value)}
                data-testid="group-border_point"
              />
            </div>
            <div class="field">
              <label for="g-means">${t("group.means")}</label>
              <select
                id="g-means"
                data-testid="group-means"
                @change=${(ev: Event) => (this.means = (ev.currentTarget as HTMLSelectElement).value as ArrivalMeans)}
              >
                <option value="" ?selected=${this.means === ""}>${t("group.means.unknown")}</option>
                ${MEANS.map((m) => html`<option value=${m} ?selected=${this.means === m}>${t(`group.means.${m}`)}</option>`)}
              </select>
            </div>
          </div>
        </fieldset>
        ${this.rows.map((r, i) => this.rowView(r, i))}
        <div class="actions">
          <button type="button" class="secondary" data-testid="group-add" @click=${this.addRow}>${t("group.add")}</button>
          <button type="submit" class="primary" data-testid="group-submit" ?disabled=${this.host.busy}>
            ${t("group.submit")}
          </button>
        </div>
      </form>
    </section>`;
  }

  private rowView(r: Row, i: number): TemplateResult {
    const id = (f: string) => `g-${i}-${f}`;
    const slot = (f: string) => `m${i}.${f}`;
    const invalid = (f: string) => (this.errors.has(slot(f)) ? "true" : "false");
    return html`<fieldset class="card member" data-testid="group-member">
      <legend>${t("group.member", { n: i + 1 })}</legend>
      <div class="grid-2">
        <div class="field">
          <label for=${id("given")}>${t("group.given")}</label>
          <input id=${id("given")} type="text" dir="auto" .value=${r.given} @input=${this.input(i, "given")}
            aria-invalid=${invalid("given_name")} data-testid=${`group-${i}-given`} />
          ${this.messages(slot("given_name"))}
        </div>
        <div class="field">
          <label for=${id("family")}>${t("group.family")}</label>
          <input id=${id("family")} type="text" dir="auto" .value=${r.family} @input=${this.input(i, "family")}
            aria-invalid=${invalid("family_name")} data-testid=${`group-${i}-family`} />
          ${this.messages(slot("family_name"))}
        </div>
        <div class="field">
          <label for=${id("sex")}>${t("register.sex")}</label>
          <select id=${id("sex")} @change=${this.input(i, "sex")} data-testid=${`group-${i}-sex`}
            aria-invalid=${invalid("sex")}>
            <option value="" ?selected=${r.sex === ""}>—</option>
            ${SEXES.map((s) => html`<option value=${s} ?selected=${r.sex === s}>${t(`sex.${s}`)}</option>`)}
          </select>
          ${this.messages(slot("sex"))}
        </div>
        <div class="field">
          <label for=${id("dob")}>${t("group.dob")}</label>
          <input id=${id("dob")} type="text" inputmode="numeric" .value=${r.dob} @input=${this.input(i, "dob")}
            aria-invalid=${invalid("date_of_birth")} aria-describedby=${`${id("dob")}-hint`}
            data-testid=${`group-${i}-dob`} />
          <p class="hint" id=${`${id("dob")}-hint`}>${t("group.dob.hint")}</p>
          ${this.messages(slot("date_of_birth"))}
        </div>
        <div class="field">
          <label for=${id("nationality")}>${t("register.nationality")}</label>
          <select id=${id("nationality")} @change=${this.input(i, "nationality")} data-testid=${`group-${i}-nationality`}>
            <option value="" ?selected=${r.nationality === ""}>${t("register.nationality.none")}</option>
            ${nationalityChoices().map(
              ([code, name]) => html`<option value=${code} ?selected=${r.nationality === code}>${name}</option>`,
            )}
          </select>
          ${this.messages(slot("nationality"))}
        </div>
        <div class="field">
          <label for=${id("relationship")}>${t("group.relationship")}</label>
          <select id=${id("relationship")} @change=${this.input(i, "relationship")} data-testid=${`group-${i}-relationship`}>
            ${RELATIONSHIPS.map(
              (rel) => html`<option value=${rel} ?selected=${r.relationship === rel}>${t(`relationship.${rel}`)}</option>`,
            )}
          </select>
        </div>
      </div>
    </fieldset>`;
  }
}

/**
 * The refused fields by slot: `members[k].given_name` belongs to the k-th member sent, which is
 * row `rows[k]` on screen (spare rows are not sent).
 */
function slots(err: AppError, rows: number[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of err.fields) {
    const m = /^members\[(\d+)\]\.(\w+)/.exec(f.field);
    const row = m ? rows[Number(m[1])] : undefined;
    const slot = m && row !== undefined ? `m${row}.${m[2]}` : "other";
    const list = out.get(slot) ?? [];
    const text = validationMessage(f.code);
    if (!list.includes(text)) list.push(text);
    out.set(slot, list);
  }
  return out;
}
