// The home screen's arrivals card: today's registrations at this site, and a small chart of the
// last two weeks per day, stacked by nationality. Plain HTML and CSS (no chart library): a
// dozen bars do not need one, and the bars mirror with the layout in right-to-left languages.
// Sizes and colours are set through the CSSOM (`cssom`, not lit's `styleMap`): the CSP
// refuses style attributes.

import { html, nothing, type TemplateResult } from "lit";
import { cssom } from "./cssom";
import type { ArrivalsChart } from "./bindings/ArrivalsChart";
import type { ArrivalsDay } from "./bindings/ArrivalsDay";
import { formatDay, formatList, nationalityName, t } from "./i18n";

/** Days the chart covers, today included. */
export const ARRIVAL_DAYS = 14;

/** Series colours (Okabe–Ito, told apart with the common colour-vision deficiencies); the
 * last is "other or unknown". */
const COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7"];
const OTHER = "#8c959f";

function colour(series: number, nationalities: number): string {
  return series < nationalities ? (COLOURS[series] ?? OTHER) : OTHER;
}

/** What a bar says to a screen reader, and in its tooltip: the day, the count, by nationality. */
function barLabel(day: ArrivalsDay, names: string[]): string {
  const people = t("home.count", { count: day.total });
  const parts = day.counts
    .map((n, i) => (n > 0 ? `${names[i]} ${n}` : ""))
    .filter((p) => p !== "");
  const base = t("arrivals.bar", { day: formatDay(day.day, "long"), people });
  return parts.length > 0 ? `${base} (${formatList(parts)})` : base;
}

/** The arrivals card; `showToday` lists today's registrations at this site. */
export function arrivalsCard(chart: ArrivalsChart | null, showToday: () => void): TemplateResult {
  if (!chart) return html``;
  const names = [...chart.nationalities.map(nationalityName), t("arrivals.other")];
  const max = Math.max(1, ...chart.days.map((d) => d.total));
  const series = chart.nationalities.length;
  // "Other" shows in the legend only when someone counts there.
  const otherUsed = chart.days.some((d) => (d.counts[series] ?? 0) > 0);
  const last = chart.days.length - 1;
  return html`<section class="card arrivals" aria-labelledby="arrivals-title" data-testid="arrivals-card">
    <h2 id="arrivals-title">${t("arrivals.title")}</h2>
    <p class="arrivals-today" data-testid="arrivals-today" data-count=${chart.today}>
      ${t("arrivals.today", { site: chart.site, people: t("home.count", { count: chart.today }) })}
    </p>
    ${chart.total === 0
      ? html`<p class="muted" data-testid="arrivals-none">${t("arrivals.none")}</p>`
      : html`<ol
            class="arrivals-bars"
            aria-label=${t("arrivals.chart", { days: chart.days.length })}
            data-testid="arrivals-chart"
          >
            ${chart.days.map(
              (day, i) => html`<li
                class=${i === last ? "today" : ""}
                title=${barLabel(day, names)}
                data-testid="arrivals-bar"
                data-day=${day.day}
                data-count=${day.total}
              >
                <span class="visually-hidden">${barLabel(day, names)}</span>
                <span class="bar" aria-hidden="true" style=${cssom({ height: `${(100 * day.total) / max}%` })}>
                  ${day.counts.map((n, s) =>
                    n > 0
                      ? html`<span style=${cssom({ "flex-grow": String(n), background: colour(s, series) })}></span>`
                      : nothing,
                  )}
                </span>
              </li>`,
            )}
          </ol>
          <div class="arrivals-axis" aria-hidden="true">
            <span>${formatDay(chart.days[0]?.day ?? "")}</span>
            <span>${formatDay(chart.days[last]?.day ?? "")}</span>
          </div>
          <ul class="arrivals-legend" data-testid="arrivals-legend">
            ${names.map((name, s) =>
              s < series || otherUsed
                ? html`<li>
                    <span class="swatch" aria-hidden="true" style=${cssom({ background: colour(s, series) })}></span>
                    ${name}
                  </li>`
                : nothing,
            )}
          </ul>`}
    ${chart.today > 0
      ? html`<button type="button" class="secondary" data-testid="arrivals-show-today" @click=${showToday}>
          ${t("arrivals.show_today")}
        </button>`
      : nothing}
  </section>`;
}
