// Duplicate review: pairs of records the server found alike, shown side by side for a supervisor
// to decide "same person" or "not the same person". Nothing is merged: the decision links the
// records (both stay, with their histories) and syncs like any edit. Also the record screen's
// "Linked records" list.

import { html, nothing, type TemplateResult } from "lit";
import type { DuplicateCandidate } from "./bindings/DuplicateCandidate";
import type { LinkDecision } from "./bindings/LinkDecision";
import type { LinkedRecord } from "./bindings/LinkedRecord";
import type { MatchReason } from "./bindings/MatchReason";
import type { PeoplePage } from "./bindings/PeoplePage";
import type { ReviewName } from "./bindings/ReviewName";
import type { ReviewPerson } from "./bindings/ReviewPerson";
import { formatDateTime, formatList, nationalityName, t, type MessageKey } from "./i18n";

/** The home screen's card: how many pairs and conflicting records wait, and the way in. Shown
 * only when something waits. */
export function reviewCard(
  queue: DuplicateCandidate[] | null,
  conflicted: PeoplePage | null,
  open: () => void,
): TemplateResult {
  const pairs = queue?.length ?? 0;
  const conflicts = conflicted?.total ?? 0;
  if (pairs === 0 && conflicts === 0) return html``;
  return html`<section class="card review-card" aria-labelledby="review-title" data-testid="review-card">
    <h2 id="review-title">${t("review.card_title")}</h2>
    ${pairs > 0
      ? html`<p data-testid="review-count" data-count=${pairs}>${t("review.count", { count: pairs })}</p>`
      : nothing}
    ${conflicts > 0
      ? html`<p data-testid="review-conflicts-count" data-count=${conflicts}>
          ${t("review.conflicts", { count: conflicts })}
        </p>`
      : nothing}
    <button type="button" class="primary" data-testid="review-open" @click=${open}>${t("review.open")}</button>
  </section>`;
}

/** A date of birth as stored (`1990-05`, `~34@2026-11-23`), short. */
function shortDob(dob: string | null): string {
  if (!dob) return t("detail.none");
  return dob.startsWith("~") ? (dob.split("@")[0] ?? dob) : dob;
}

/** Latin forms worth showing beside the original (not the original again). */
function latinOf(n: ReviewName): string[] {
  return n.latin.filter((l) => l !== n.original);
}

function side(p: ReviewPerson, testid: string): TemplateResult {
  return html`<div class="review-side" data-testid=${testid} data-id=${p.id}>
    <p class="person-head">
      <span class="case">${p.case_number}</span>
      <bdi dir="auto" class="latin">${p.display_name}</bdi>
      ${p.original_name !== p.display_name
        ? html`<bdi dir="auto" class="original">${p.original_name}</bdi>`
        : nothing}
    </p>
    <dl class="fields">
      <div class="kv">
        <dt>${t("detail.names")}</dt>
        <dd>
          <ul class="names">
            ${p.names.map(
              (n) => html`<li>
                <span class="name-kind">${t(`name.${n.kind}`)}</span>
                <bdi dir="auto">${n.original}</bdi>
                ${latinOf(n).length ? html`· <bdi dir="auto">${formatList(latinOf(n))}</bdi>` : nothing}
              </li>`,
            )}
          </ul>
        </dd>
      </div>
      <div class="kv"><dt>${t("detail.sex")}</dt><dd>${t(`sex.${p.sex}` as MessageKey)}</dd></div>
      <div class="kv"><dt>${t("detail.dob")}</dt><dd><bdi dir="ltr">${shortDob(p.date_of_birth)}</bdi></dd></div>
      <div class="kv">
        <dt>${t("detail.nationality")}</dt>
        <dd>${formatList(p.nationalities.map(nationalityName)) || t("detail.none")}</dd>
      </div>
      <div class="kv"><dt>${t("detail.registered_at")}</dt><dd>${formatDateTime(p.created_at)}</dd></div>
    </dl>
    ${p.held_here
      ? nothing
      : html`<p class="hint" data-testid="review-elsewhere">${t("review.elsewhere", { site: p.site })}</p>`}
  </div>`;
}

/** What a reason code is about, in the UI language. */
function reasonLabel(code: string): string {
  const [what, detail] = code.split(":");
  switch (what) {
    case "name":
      return t(`name.${detail}` as MessageKey);
    case "date_of_birth":
      return t("detail.dob");
    case "sex":
      return t("detail.sex");
    case "nationality":
      return t("detail.nationality");
    case "document":
      return t("reason.document");
    case "relative":
      return t("reason.relative");
    case "name_order_swapped":
      return t("reason.order");
    default:
      return code;
  }
}

function reasons(list: MatchReason[]): TemplateResult {
  return html`<details class="reasons" data-testid="review-reasons">
    <summary>${t("review.reasons")}</summary>
    <ul>
      ${list.map(
        (r) => html`<li class=${r.weight >= 0 ? "for" : "against"} data-code=${r.code}>
          <span>${reasonLabel(r.code)}</span>
          <bdi dir="ltr" class="weight">${r.weight >= 0 ? "+" : "−"}${Math.abs(r.weight)}</bdi>
        </li>`,
      )}
    </ul>
  </details>`;
}

/** The review screen: records with conflicting edits, then every waiting pair side by side,
 * decided with one tap. */
export function reviewView(
  queue: DuplicateCandidate[],
  conflicted: PeoplePage | null,
  supervisor: boolean,
  busy: boolean,
  decide: (pair: DuplicateCandidate, decision: LinkDecision) => void,
  open: (id: string) => void,
  back: () => void,
): TemplateResult {
  const conflicts = conflicted?.items ?? [];
  return html`<section data-testid="review-screen">
    <div class="title-row">
      <h1 tabindex="-1">${t("review.card_title")}</h1>
      <button type="button" class="secondary" data-testid="review-back" @click=${back}>${t("review.back")}</button>
    </div>
    ${conflicts.length
      ? html`<h2>${t("review.conflicts_title")}</h2>
          <ul class="linked" data-testid="review-conflicts">
            ${conflicts.map(
              (p) => html`<li>
                <button type="button" class="link" data-testid="review-conflict" @click=${() => open(p.id)}>
                  <span class="case">${p.case_number}</span>
                  <bdi dir="auto">${p.display_name || p.original_name}</bdi>
                </button>
                <span class="tag alert">${t("detail.conflicts", { count: p.conflicts })}</span>
              </li>`,
            )}
          </ul>`
      : nothing}
    <h2>${t("review.title")}</h2>
    ${queue.length === 0 ? html`<p class="hint" data-testid="review-none">${t("review.none")}</p>` : nothing}
    ${supervisor ? nothing : html`<p class="hint">${t("review.supervisor_only")}</p>`}
    ${queue.map(
      (pair) => html`<article class="card review-pair" data-testid="review-pair" data-a=${pair.a.id} data-b=${pair.b.id}>
        <p class=${pair.strength === "match" ? "strength match" : "strength"} data-testid="review-strength">
          ${t(pair.strength === "match" ? "review.match" : "review.probable")}
        </p>
        ${pair.disputed ? html`<p class="alert" data-testid="review-disputed">${t("review.disputed")}</p>` : nothing}
        <div class="review-sides">${side(pair.a, "review-a")} ${side(pair.b, "review-b")}</div>
        ${reasons(pair.reasons)}
        ${supervisor
          ? html`<div class="buttons">
              <button
                type="button"
                class="secondary"
                data-testid="review-not-same"
                ?disabled=${busy}
                @click=${() => decide(pair, "not_same_person")}
              >
                ${t("review.not_same")}
              </button>
              <button
                type="button"
                class="primary"
                data-testid="review-same"
                ?disabled=${busy}
                @click=${() => decide(pair, "same_person")}
              >
                ${t("review.same")}
              </button>
            </div>`
          : nothing}
      </article>`,
    )}
  </section>`;
}

/** The record screen's list of records a reviewer decided about together with this one. */
export function linkedList(links: LinkedRecord[], open: (id: string) => void): TemplateResult {
  if (links.length === 0) return html``;
  return html`<h2>${t("detail.linked")}</h2>
    <ul class="linked" data-testid="linked-records">
      ${links.map(
        (l) => html`<li data-testid="linked-record" data-id=${l.other} data-decision=${l.decision}>
          <span class=${l.decision === "same_person" ? "tag same" : "tag"}>${t(`link.${l.decision}`)}</span>
          ${l.in_conflict ? html`<span class="tag alert">${t("link.in_conflict")}</span>` : nothing}
          ${l.person
            ? html`<button type="button" class="link" @click=${() => open(l.other)}>
                <span class="case">${l.person.case_number}</span>
                <bdi dir="auto">${l.person.display_name || l.person.original_name}</bdi>
              </button>`
            : html`<span class="hint">${t("link.elsewhere")}</span>`}
        </li>`,
      )}
    </ul>`;
}
