// Inline styles that the app's Content Security Policy allows.
//
// The CSP (src-tauri/tauri.conf.json) has `style-src 'self'` without 'unsafe-inline', so the
// webview refuses every `style` attribute. lit's own `styleMap` writes one on an element's first
// render (it only switches to the CSSOM on later updates), which the CSP silently drops: a new
// row of the virtual list lost its position and every row was drawn at the top of the list. This
// directive sets the properties through the CSSOM (`style.setProperty`) from the first render on.

import { noChange } from "lit";
import { Directive, directive, PartType, type AttributePart, type PartInfo } from "lit/directive.js";

/** CSS property (kebab-case, e.g. `flex-grow`) → value. */
export type Styles = Record<string, string>;

class CssomDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== "style") {
      throw new Error("cssom() is used as the value of a style attribute");
    }
  }

  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (!(name in styles)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(styles)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

/** Sets inline styles through the CSSOM: `style=${cssom({ transform: "…" })}`. */
export const cssom = directive(CssomDirective);
