//! The bundled fonts (Noto, SIL Open Font Licence: `fonts/OFL.txt`) and which ones each script
//! uses. Nothing is read from the system or the network: a field laptop or phone prints the same
//! PDF as CI.

use krilla::text::Font;
use parley::fontique::{Blob, Collection, CollectionOptions};
use parley::{FontContext, FontData};
use std::collections::HashMap;
use std::sync::Arc;

/// Every bundled font file: (file name, bytes). Regular and bold of each family, except Noto
/// Nastaliq Urdu, whose bold (590 kB) would only serve headings: Urdu headings print in the
/// regular weight, larger.
const FILES: &[(&str, &[u8])] = &[
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoNastaliqUrdu-Regular.ttf",
        include_bytes!("../fonts/NotoNastaliqUrdu-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic-Regular.ttf",
        include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic-Bold.ttf",
        include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
    ),
    (
        "NotoSansBengali-Regular.ttf",
        include_bytes!("../fonts/NotoSansBengali-Regular.ttf"),
    ),
    (
        "NotoSansBengali-Bold.ttf",
        include_bytes!("../fonts/NotoSansBengali-Bold.ttf"),
    ),
];

/// The family for English text (status line, legal basis, footer) and the last fallback of
/// every script: Latin, Cyrillic and Greek.
pub(crate) const LATIN: &str = "Noto Sans";

/// The font families to set a language in, first choice first, as a CSS `font-family` list.
/// Each character takes the first family that has a glyph for it, so Latin words and digits
/// inside Arabic or Ethiopic text fall back to Noto Sans.
pub(crate) fn families(language: &str, script: &str) -> &'static str {
    match (language, script) {
        // Urdu is written in Nastaliq; Naskh is the fallback for anything Nastaliq lacks.
        ("ur", _) => "Noto Nastaliq Urdu, Noto Naskh Arabic, Noto Sans",
        (_, "Arab") => "Noto Naskh Arabic, Noto Sans",
        (_, "Ethi") => "Noto Sans Ethiopic, Noto Sans",
        (_, "Beng") => "Noto Sans Bengali, Noto Sans",
        _ => "Noto Sans, Noto Naskh Arabic, Noto Sans Ethiopic, Noto Sans Bengali",
    }
}

/// Line height as a multiple of the font size. Nastaliq words run diagonally down to the
/// baseline and hang deep below it: at the 1.45 of the other scripts lines would overlap, and
/// at the font's own line metrics (about 2.4) the text is too airy to fit a leaflet on a page.
pub(crate) fn line_height(language: &str) -> f32 {
    if language == "ur" { 2.0 } else { 1.45 }
}

/// How much larger to set a language than Latin text of the same role. Nastaliq's letters are
/// small for their point size; Urdu print sets it larger.
pub(crate) fn size_factor(language: &str) -> f32 {
    if language == "ur" { 1.15 } else { 1.0 }
}

/// The bundled fonts, registered for layout (parley) and for PDF output (krilla), parsed once.
pub(crate) struct Fonts {
    pub(crate) context: FontContext,
    /// krilla's font for each registered blob, by the blob's id (the id parley's runs carry).
    pdf: HashMap<u64, Font>,
}

impl Fonts {
    /// Registers every bundled font. Start-up only: the files are compiled in, so a font that
    /// does not parse is a build defect, caught by this crate's tests.
    pub(crate) fn bundled() -> Self {
        let mut collection = Collection::new(CollectionOptions {
            shared: false,
            system_fonts: false,
        });
        let mut pdf = HashMap::new();
        for (name, bytes) in FILES {
            let blob: Blob<u8> = Blob::new(Arc::new(*bytes));
            let registered = collection.register_fonts(blob.clone(), None);
            assert!(!registered.is_empty(), "bundled font {name} registers");
            let font = Font::new((*bytes).into(), 0);
            pdf.insert(
                blob.id(),
                font.unwrap_or_else(|| panic!("bundled font {name} parses")),
            );
        }
        Self {
            context: FontContext {
                collection,
                source_cache: Default::default(),
            },
            pdf,
        }
    }

    /// The PDF font for a font a layout run uses. Runs only use registered fonts.
    pub(crate) fn pdf_font(&self, font: &FontData) -> Option<&Font> {
        self.pdf.get(&font.data.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_registers_under_the_family_names_the_stacks_use() {
        let mut fonts = Fonts::bundled();
        let stacks = [
            families("ur", "Arab"),
            families("ar", "Arab"),
            families("ti", "Ethi"),
            families("bn", "Beng"),
            families("ru", "Cyrl"),
        ];
        for family in stacks.iter().flat_map(|s| s.split(", ")) {
            assert!(
                fonts.context.collection.family_id(family).is_some(),
                "{family} is one of the bundled families"
            );
        }
    }
}
