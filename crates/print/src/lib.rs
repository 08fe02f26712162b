//! Printed leaflets: one leaflet translation as an A4 PDF, in any of the catalogue's scripts.
//!
//! This crate owns the printed form of a leaflet: page layout (title, language, review status,
//! version, sections with headings, paragraphs and bulleted lists, the legal basis, page
//! numbers), text shaping and bidirectional layout (through `parley`), and PDF output with
//! subset fonts (through `krilla`). The fonts are bundled (Noto, `fonts/`), so printing works
//! offline and gives the same PDF on every device.
//!
//! It does not own the texts or decide which one is shown: the caller passes a
//! [`Translation`] (from `waypoint-core::leaflets`) already filled with the site's values
//! ([`Translation::fill`]), the [`LanguageInfo`] of its language and the legal references of
//! the site's jurisdiction. It records no hand-over; the client does.
//!
//! ```
//! use waypoint_core::leaflets::{Catalogue, Translation};
//! let catalogue = Catalogue::parse(include_str!("../../../leaflets/catalogue.toml"))?;
//! let text = "+++\nlanguage = \"ar\"\nstatus = \"machine-drafted\"\ntitle = \"مرحبا\"\n+++\n\
//!             \n## {#intro} مقدمة\n\nهذا نص قصير.\n";
//! let t = Translation::parse(text)?;
//! let lang = catalogue.language(&t.language).expect("ar is in the catalogue");
//! let pdf = waypoint_print::leaflet_pdf(&t, lang, &[])?;
//! assert!(pdf.starts_with(b"%PDF-"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod blocks;
mod fonts;
mod render;

use std::collections::BTreeSet;
use waypoint_core::leaflets::{LanguageInfo, LegalReference, Translation, placeholders};

/// Why a leaflet could not be printed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PrintError {
    /// The text still holds a `{placeholder}`: it would print as code, not as the site's value.
    #[error(
        "placeholder {{{0}}} is not filled; fill the translation with the site's values \
         (Translation::fill) before printing"
    )]
    UnfilledPlaceholder(String),
    /// The translation is not in the language it is printed as.
    #[error(
        "the translation is in {translation:?} but was printed as {language:?}; pass the \
         catalogue's language for the translation"
    )]
    LanguageMismatch {
        /// The translation's language.
        translation: String,
        /// The language passed.
        language: String,
    },
    /// The PDF writer failed (a defect of this crate or of a bundled font; not retryable).
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// A printed leaflet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedLeaflet {
    /// The PDF file.
    pub pdf: Vec<u8>,
    /// How many A4 pages it has.
    pub pages: usize,
    /// Characters that no bundled font has a glyph for: they print as empty boxes. Empty for
    /// every text in the repository (the crate's tests check); a site value in another script
    /// (an address in Georgian, say) can make it non-empty, and the caller may warn.
    pub missing_glyphs: BTreeSet<char>,
}

/// Prints leaflets, keeping the parsed fonts and layout buffers between calls. Create one and
/// reuse it when printing several leaflets; [`leaflet_pdf`] makes a new one each time.
pub struct LeafletPrinter {
    fonts: fonts::Fonts,
    layout: parley::LayoutContext<()>,
}

impl Default for LeafletPrinter {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for LeafletPrinter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LeafletPrinter").finish_non_exhaustive()
    }
}

impl LeafletPrinter {
    /// A printer with the bundled fonts loaded.
    pub fn new() -> Self {
        Self {
            fonts: fonts::Fonts::bundled(),
            layout: parley::LayoutContext::new(),
        }
    }

    /// Prints one translation, filled with the site's values, in its language, with the legal
    /// references of the site's jurisdiction (printed in English at the end, for officers).
    pub fn print(
        &mut self,
        translation: &Translation,
        language: &LanguageInfo,
        legal_basis: &[LegalReference],
    ) -> Result<PrintedLeaflet, PrintError> {
        if translation.language != language.code {
            return Err(PrintError::LanguageMismatch {
                translation: translation.language.to_string(),
                language: language.code.to_string(),
            });
        }
        if let Some(name) = translation.texts().flat_map(placeholders).next() {
            return Err(PrintError::UnfilledPlaceholder(name.to_owned()));
        }
        render::print(
            &mut self.fonts,
            &mut self.layout,
            translation,
            language,
            legal_basis,
        )
    }
}

/// Prints one translation as a PDF: [`LeafletPrinter::print`] with a new printer, for a caller
/// that prints now and then.
pub fn leaflet_pdf(
    translation: &Translation,
    language: &LanguageInfo,
    legal_basis: &[LegalReference],
) -> Result<Vec<u8>, PrintError> {
    LeafletPrinter::new()
        .print(translation, language, legal_basis)
        .map(|printed| printed.pdf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_core::leaflets::Catalogue;

    fn arabic() -> (Translation, LanguageInfo) {
        let catalogue = Catalogue::parse(include_str!("../../../leaflets/catalogue.toml"))
            .expect("the catalogue parses");
        let t = Translation::parse(
            "+++\nlanguage = \"ar\"\nstatus = \"reviewed\"\ntitle = \"حقوقك\"\n+++\n\n\
             ## {#a} مقدمة\n\nاتصل على +30 210 555 0123.\n\n- أولاً\n- ثانياً\n",
        )
        .expect("the text parses");
        let lang = catalogue.language(&t.language).expect("ar").clone();
        (t, lang)
    }

    #[test]
    fn the_same_text_prints_the_same_bytes() {
        let (t, lang) = arabic();
        let first = leaflet_pdf(&t, &lang, &[]).expect("prints");
        let second = LeafletPrinter::new()
            .print(&t, &lang, &[])
            .expect("prints")
            .pdf;
        assert_eq!(
            first, second,
            "no clock or random id in the PDF: a reprint is byte-identical"
        );
    }

    #[test]
    fn a_printer_can_move_to_another_thread() {
        fn send<T: Send>(_: &T) {}
        let printer = LeafletPrinter::new();
        send(&printer);
        let (t, lang) = arabic();
        let printed = std::thread::spawn(move || {
            let mut printer = printer;
            printer.print(&t, &lang, &[])
        })
        .join()
        .expect("the thread finishes")
        .expect("prints");
        assert_eq!(printed.pages, 1, "a short text is one page");
        assert!(printed.missing_glyphs.is_empty(), "every glyph is bundled");
    }
}
