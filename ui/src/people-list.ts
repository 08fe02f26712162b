// The people list, virtualised: a store holds 100,000 people, the list draws the few rows on
// screen and reads pages of them as the official scrolls.
//
// Written here rather than taken from a library: lit's own virtualiser (@lit-labs/virtualizer)
// is a Labs package (unstable API) that measures every row it draws; the rows here all have
// one height, so the window is one division, and pages come from the store on demand.

import { html, nothing, render, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { cssom } from "./cssom";
import type { PeoplePage } from "./bindings/PeoplePage";
import type { PersonSummary } from "./bindings/PersonSummary";

/** People read from the store at a time (the home screen's first page is one such page). */
export const PAGE = 100;
/** Rows drawn above and below the visible ones, so that a quick flick shows no gap. */
const OVERSCAN = 8;
/** Pages kept in memory; the ones farthest from the rows on screen are dropped first. */
const KEPT_PAGES = 30;

/** Reads the page of the current query that starts at `offset`. */
export type PageLoader = (offset: number) => Promise<PeoplePage>;
/** Draws one row's cells (the row element itself is the list's). */
export type RowRenderer = (person: PersonSummary, index: number) => TemplateResult;

/**
 * The rows of a list drawn into a scrolling element, a window at a time.
 *
 * The app renders the scrolling element and its spacer (whose height is the whole list's);
 * this class renders the rows inside the spacer, on its own, so that scrolling redraws a few
 * rows and not the app.
 */
export class PeopleWindow {
  private pages = new Map<number, PersonSummary[]>();
  /** The pages the rows drawn last need and lack; only these are read. */
  private wanted = new Set<number>();
  /** The page being read, if any: one at a time, so that a flick across thousands of rows
   * does not queue a read for every page it passed (each waits for the one before). */
  private reading: number | null = null;
  /** Grows when the query changes, so that a page read for an earlier query is dropped. */
  private generation = 0;
  private page0: PeoplePage | null = null;
  private total = 0;
  private scroller: HTMLElement | null = null;
  private spacer: HTMLElement | null = null;
  private rowHeight = 0;
  /** The row to bring back to the top after a resize changed the rows' height. */
  private anchor: number | null = null;
  private frame = 0;
  private resize: ResizeObserver | null = null;
  /** The row to move the focus to once it is drawn (keyboard navigation). */
  private focusTo: number | null = null;

  constructor(
    private readonly load: PageLoader,
    private readonly row: RowRenderer,
    private readonly open: (person: PersonSummary) => void,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** How many rows the list has (its spacer's height is this many rows). */
  get count(): number {
    return this.total;
  }

  /**
   * Takes the first page of the list. A new object is a new answer (a search, a sync that
   * brought records): the pages read before are stale and are read again as they show. The
   * scroll position stays unless `toTop`.
   */
  show(page: PeoplePage, toTop = false): void {
    if (page !== this.page0) {
      this.page0 = page;
      this.generation += 1;
      this.pages.clear();
      this.wanted.clear();
      this.reading = null;
      this.pages.set(0, page.items);
      this.total = page.total_exact ? page.total : Math.max(page.total, page.items.length);
    }
    if (toTop && this.scroller) this.scroller.scrollTop = 0;
  }

  /** The scrolling element, from the app's template (again after each re-creation). */
  attachScroller = (el: Element | undefined): void => {
    if (el === this.scroller) return;
    this.resize?.disconnect();
    this.scroller = (el as HTMLElement | undefined) ?? null;
    if (!this.scroller) return;
    this.scroller.addEventListener("scroll", this.schedule, { passive: true });
    this.scroller.addEventListener("keydown", this.onKey);
    this.rowHeight = 0;
    // A resize may cross into the other layout, whose rows have another height.
    const scroller = this.scroller;
    this.resize = new ResizeObserver(() => {
      const old = this.rowHeight;
      this.rowHeight = 0;
      const height = this.measure(scroller);
      // Another layout, other row heights: keep the first row in view where it was. (Only
      // then: a resize of the same layout must not undo a scroll made in the same frame.)
      if (old && height !== old && this.spacer) {
        const top = scroller.scrollTop - this.spacer.offsetTop;
        this.anchor = Math.max(0, Math.floor(top / old));
      }
      this.schedule();
    });
    this.resize.observe(this.scroller);
  };

  /** The spacer inside it, which holds the rows. */
  attachSpacer = (el: Element | undefined): void => {
    this.spacer = (el as HTMLElement | undefined) ?? null;
  };

  /** Redraws on the next frame (scroll and resize events come many per frame). */
  private schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  /** Draws the rows in view, and reads the pages they need. */
  draw(): void {
    const scroller = this.scroller;
    const spacer = this.spacer;
    if (!scroller || !spacer || !scroller.isConnected) return;
    const height = this.measure(scroller);
    // The height first: a shorter list clamps the scroll position, read after it.
    spacer.style.height = `${this.total * height}px`;
    if (this.anchor !== null) {
      scroller.scrollTop = spacer.offsetTop + this.anchor * height;
      this.anchor = null;
    }
    // The rows start below the column headers (the spacer's offset in the scroller).
    const top = scroller.scrollTop - spacer.offsetTop;
    const first = Math.max(0, Math.floor(top / height) - OVERSCAN);
    const last = Math.min(this.total, Math.ceil((top + scroller.clientHeight) / height) + OVERSCAN);
    const indexes: number[] = [];
    for (let i = first; i < last; i++) indexes.push(i);
    // What the rows drawn now lack, and nothing else: pages passed on the way are not read.
    this.wanted.clear();
    // Keyed by position, so that a row keeps its element (and the focus in it) while in view.
    const row = (i: number): TemplateResult => {
      const person = this.pages.get(Math.floor(i / PAGE))?.[i % PAGE];
      if (!person) this.fetch(Math.floor(i / PAGE));
      return person
          ? html`<div
              role="row"
              class="people-row"
              aria-rowindex=${i + 2}
              style=${cssom({ transform: `translateY(${i * height}px)` })}
              data-testid="person-row"
              data-id=${person.id}
              @click=${() => this.open(person)}
            >
              ${this.row(person, i)}
            </div>`
          : html`<div
              role="row"
              class="people-row placeholder"
              aria-rowindex=${i + 2}
              aria-busy="true"
              style=${cssom({ transform: `translateY(${i * height}px)` })}
            ></div>`;
    };
    render(indexes.length ? repeat(indexes, (i) => i, row) : nothing, spacer);
    this.readNext();
    // The count can change under the list (a page read after a sync): the table says so
    // without waiting for the app to render again.
    scroller.parentElement?.setAttribute("aria-rowcount", String(this.total + 1));
    this.evict(Math.floor(first / PAGE));
    if (this.focusTo !== null) {
      const target = spacer.querySelector<HTMLElement>(
        `[data-testid=person-row][aria-rowindex="${this.focusTo + 2}"] button`,
      );
      // Not drawn yet (its page is being read): the redraw when it arrives focuses it.
      if (target) {
        this.focusTo = null;
        target.focus({ preventScroll: true });
      }
    }
  }

  /**
   * Arrow keys, Page Up and Down, Home and End move the focus from row to row, drawing and
   * reading the rows they reach: Tab alone would stop at the last row drawn.
   */
  private onKey = (ev: KeyboardEvent): void => {
    const scroller = this.scroller;
    const row = (ev.target as Element | null)?.closest("[role=row][aria-rowindex]");
    if (!scroller || !row || !this.spacer?.contains(row) || ev.altKey || ev.metaKey) return;
    const index = Number(row.getAttribute("aria-rowindex")) - 2;
    const height = this.measure(scroller);
    const page = Math.max(1, Math.floor((scroller.clientHeight - this.spacer.offsetTop) / height));
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: this.total - 1,
    };
    const to = moves[ev.key];
    if (to === undefined || this.total === 0) return;
    ev.preventDefault();
    this.focusRow(Math.min(this.total - 1, Math.max(0, to)));
  };

  /** Scrolls row `index` into view (below the sticky column headers) and focuses it. */
  private focusRow(index: number): void {
    const scroller = this.scroller;
    const spacer = this.spacer;
    if (!scroller || !spacer) return;
    const height = this.measure(scroller);
    const rowTop = index * height;
    const viewTop = scroller.scrollTop;
    const viewBottom = viewTop + scroller.clientHeight - spacer.offsetTop;
    if (rowTop < viewTop) scroller.scrollTop = rowTop;
    else if (rowTop + height > viewBottom) {
      scroller.scrollTop = rowTop + height - (scroller.clientHeight - spacer.offsetTop);
    }
    this.focusTo = index;
    this.draw();
  }

  /** The rows' height, from the style sheet (it differs between phone and wider layouts):
   * read once per attach or resize, not on every scrolled frame. */
  private measure(scroller: HTMLElement): number {
    if (!this.rowHeight) {
      const value = parseFloat(getComputedStyle(scroller).getPropertyValue("--row-height-px"));
      this.rowHeight = value > 0 ? value : 52;
    }
    return this.rowHeight;
  }

  private fetch(index: number): void {
    if (!this.pages.has(index)) this.wanted.add(index);
  }

  /** Reads the next page the rows on screen lack, unless one is being read. */
  private readNext(): void {
    if (this.reading !== null) return;
    const [index] = this.wanted;
    if (index === undefined) return;
    this.wanted.delete(index);
    this.reading = index;
    const generation = this.generation;
    this.load(index * PAGE).then(
      (page) => {
        if (generation !== this.generation) return;
        this.reading = null;
        this.pages.set(index, page.items);
        // The store changed under the list (records pulled, erased): follow its count (the
        // spacer follows at the redraw).
        if (page.total_exact) this.total = page.total;
        // The redraw asks for what the rows then on screen still lack.
        this.schedule();
      },
      (e: unknown) => {
        if (generation === this.generation) this.reading = null;
        this.onError(e);
      },
    );
  }

  /** Drops the pages farthest from the rows on screen, keeping the first. */
  private evict(current: number): void {
    if (this.pages.size <= KEPT_PAGES) return;
    const far = [...this.pages.keys()]
      .filter((p) => p !== 0)
      .sort((a, b) => Math.abs(b - current) - Math.abs(a - current));
    for (const p of far.slice(0, this.pages.size - KEPT_PAGES)) this.pages.delete(p);
  }

}
