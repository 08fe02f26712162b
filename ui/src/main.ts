// Entry point. Fonts are bundled (offline devices): Noto Sans for Latin, Cyrillic and Greek,
// Noto Sans Arabic (Arabic, Persian, Pashto, Urdu, Sorani), Noto Sans Ethiopic (Tigrinya),
// Noto Sans Bengali, and Noto Nastaliq Urdu for Urdu leaflets (Urdu readers expect Nastaliq;
// Naskh reads as Arabic or Persian to them). Each font's files load only when its script shows.
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/600.css";
import "@fontsource/noto-sans-ethiopic/400.css";
import "@fontsource/noto-sans-ethiopic/600.css";
import "@fontsource/noto-sans-bengali/400.css";
import "@fontsource/noto-nastaliq-urdu/400.css";
import "./styles.css";
import { App } from "./app";

const root = document.getElementById("app");
if (root) {
  void new App(root).start();
}
