//! Prints every translation of every leaflet in the repository (`leaflets/`, each jurisdiction's
//! own texts included) and reads the text back out of the PDF with poppler's `pdftotext`.
//!
//! What this proves: each PDF is valid enough for poppler to parse; every character has a glyph
//! in the bundled fonts (no empty boxes); and the source's text (title, headings, body) is in the
//! PDF's text layer after NFKC normalisation, which is what copy, search and screen readers use:
//! - left-to-right languages: the letters, digits and punctuation of the title and of each
//!   section come out in the source order, one after the other. Whitespace is ignored, because
//!   poppler inserts spaces inside words where a glyph's position jumps (after a Bengali vowel
//!   sign); combining marks are compared as a multiset, because poppler may put one before its
//!   base letter;
//! - right-to-left languages except Urdu: the same for letters and digits; punctuation and marks
//!   as multisets, because poppler rebuilds RTL reading order with its own heuristics and puts
//!   punctuation next to a Latin or digit run on the wrong side of it (the rendered pages were
//!   checked: the PDF draws it where the bidi algorithm says);
//! - Urdu (Nastaliq): only the multiset of letters, because poppler cuts Nastaliq's diagonal
//!   words into pieces and puts them on separate lines.
//!
//! What it does not prove: that the glyphs look right (joining, Nastaliq, conjuncts). That was
//! checked by eye on rendered pages (ARCHITECTURE.md, "Printed leaflets"); the text layer comes
//! from the same shaped runs, so a wrong shaping shows as a wrong or missing word here only
//! when it drops or swaps characters.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use waypoint_core::leaflets::{
    Catalogue, LanguageInfo, LeafletLanguage, LeafletMeta, LegalReference, TextDirection,
    Translation,
};
use waypoint_print::{LeafletPrinter, PrintError, PrintedLeaflet};

fn leaflets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../leaflets")
}

fn catalogue() -> Catalogue {
    Catalogue::parse(&read(&leaflets_dir().join("catalogue.toml"))).expect("catalogue parses")
}

/// Prints a translation to `file` and reads its text back.
fn print_and_extract(
    printer: &mut LeafletPrinter,
    t: &Translation,
    language: &LanguageInfo,
    legal_basis: &[LegalReference],
    file: &Path,
) -> (PrintedLeaflet, String) {
    let printed = printer
        .print(t, language, legal_basis)
        .unwrap_or_else(|e| panic!("{} prints: {e}", file.display()));
    std::fs::write(file, &printed.pdf).expect("write the PDF");
    let text = pdftotext(file);
    (printed, text)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Every translation file: (leaflet meta, path relative to the leaflet folder). The common
/// texts once, plus each jurisdiction's own texts.
fn translation_files(catalogue: &Catalogue) -> Vec<(LeafletMeta, String, LeafletLanguage)> {
    let mut files = Vec::new();
    for id in &catalogue.leaflets {
        let meta = LeafletMeta::parse(&read(&leaflets_dir().join(id.as_str()).join("meta.toml")))
            .expect("meta.toml parses");
        for lang in &catalogue.languages {
            let mut paths: Vec<String> = meta
                .legal_basis
                .keys()
                .map(|j| meta.text_path(j, &lang.code))
                .collect();
            paths.sort();
            paths.dedup();
            for p in paths {
                files.push((meta.clone(), p, lang.code.clone()));
            }
        }
    }
    files
}

/// NFKC, without the invisible characters that PDF text extraction drops or adds: bidi
/// embeddings and marks (poppler wraps RTL lines in them), zero-width joiners and non-joiners,
/// soft hyphens.
fn normalise(text: &str) -> String {
    text.nfkc()
        .filter(|c| {
            !matches!(
                c,
                '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{ad}'
            )
        })
        .collect()
}

/// The letters, digits and punctuation of a text in order, without whitespace and combining
/// marks. poppler inserts spaces inside words where a glyph's position jumps (after a Bengali
/// vowel sign, around an Arabic vowel mark) and may put a mark before its base letter; spaces
/// are therefore ignored, and marks compared apart from the order (see [`marks`]).
fn skeleton(text: &str) -> String {
    normalise(text)
        .chars()
        .filter(|c| !c.is_whitespace() && !is_combining_mark(*c))
        .collect()
}

/// The combining marks of a text (Arabic vowel signs, Bengali vowel signs and virama), sorted.
fn marks(text: &str) -> Vec<char> {
    let mut m: Vec<char> = normalise(text)
        .chars()
        .filter(|c| is_combining_mark(*c))
        .collect();
    m.sort_unstable();
    m
}

/// The punctuation of a text, sorted, brackets folded onto their opening form (a mirrored
/// bracket in RTL text may come out as its pair).
fn punctuation(text: &str) -> Vec<char> {
    let mut p: Vec<char> = normalise(text)
        .chars()
        .filter(|c| !c.is_alphanumeric() && !c.is_whitespace() && !is_combining_mark(*c))
        .map(|c| match c {
            ')' => '(',
            ']' => '[',
            '»' => '«',
            other => other,
        })
        .collect();
    p.sort_unstable();
    p
}

/// `Ok` if every element of `want` (sorted) is in `have` (sorted), as many times; else the
/// first one missing.
fn contains_multiset(have: &[char], want: &[char]) -> Result<(), char> {
    let mut h = have.iter().peekable();
    for w in want {
        while h.peek().is_some_and(|c| *c < w) {
            h.next();
        }
        match h.next() {
            Some(c) if c == w => {}
            _ => return Err(*w),
        }
    }
    Ok(())
}

/// A page's skeleton without its footer (version and page number, in either order, at the end).
fn without_footer(mut page: String, version: &str, number: &str) -> String {
    for _ in 0..2 {
        for suffix in [version, number] {
            if let Some(rest) = page.strip_suffix(suffix) {
                page = rest.to_owned();
            }
        }
    }
    page
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; scripts/install-deps.sh installs it)");
    assert!(
        out.status.success(),
        "pdftotext reads {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// The source's texts in reading order: the title, then each section (heading and body, the
/// `- ` of list items dropped: the PDF draws bullets, not dashes).
fn texts_in_order(t: &Translation) -> Vec<String> {
    let sections = t.sections.iter().map(|s| {
        let body: Vec<&str> = s
            .body
            .lines()
            .map(|l| l.trim().strip_prefix("- ").unwrap_or(l))
            .collect();
        format!("{}\n{}", s.heading, body.join("\n"))
    });
    std::iter::once(t.title.clone()).chain(sections).collect()
}

/// The language printed in Nastaliq.
const NASTALIQ: &str = "ur";

/// What is wrong with a printed translation's text layer (`extracted`, from pdftotext).
fn compare(
    t: &Translation,
    endonym: &str,
    direction: TextDirection,
    extracted: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let version = format!("Version{}", t.version.short());
    let pages: Vec<&str> = extracted
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    let document: String = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let number = format!("{}/{}", i + 1, pages.len());
            without_footer(skeleton(page), &version, &number)
        })
        .collect();
    for needle in [endonym, &version] {
        if !document.contains(&skeleton(needle)) {
            problems.push(format!("header {needle:?} not in the PDF text"));
        }
    }
    let source: String = texts_in_order(t).join("\n");
    if let Err(mark) = contains_multiset(&marks(extracted), &marks(&source)) {
        problems.push(format!("mark U+{:04X} missing", mark as u32));
    }
    if t.language.as_str() == NASTALIQ {
        // poppler cuts Nastaliq's diagonal words into pieces on separate lines: only the
        // letters are compared, as a multiset.
        let mut have: Vec<char> = document.chars().collect();
        let mut want: Vec<char> = skeleton(&source).chars().collect();
        have.sort_unstable();
        want.sort_unstable();
        if let Err(c) = contains_multiset(&have, &want) {
            problems.push(format!("{c:?} missing from the PDF text"));
        }
        return problems;
    }
    if let Err(c) = contains_multiset(&punctuation(extracted), &punctuation(&source)) {
        problems.push(format!("punctuation {c:?} missing from the PDF text"));
    }
    // In right-to-left text poppler places punctuation next to a Latin or digit run on the
    // other side of it (its own reordering, not the PDF's: the rendered pages show it right),
    // so there only letters and digits are compared in order.
    let rtl = direction == TextDirection::Rtl;
    let document: String = if rtl {
        document.chars().filter(|c| c.is_alphanumeric()).collect()
    } else {
        document
    };
    let mut at = 0;
    for (i, text) in texts_in_order(t).iter().enumerate() {
        let mut want = skeleton(text);
        if rtl {
            want.retain(char::is_alphanumeric);
        }
        match document[at..].find(&want) {
            Some(found) => at += found + want.len(),
            None => problems.push(format!(
                "text {i} not found in order:\n  want {want}\n  have {}",
                &document[at..]
            )),
        }
    }
    problems
}

#[test]
fn every_translation_prints_with_its_text_in_the_pdf() {
    let catalogue = catalogue();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut printer = LeafletPrinter::new();
    let mut failures = Vec::new();
    let files = translation_files(&catalogue);
    assert!(
        files.len() >= catalogue.leaflets.len() * catalogue.languages.len(),
        "every leaflet in every language is checked"
    );
    for (meta, path, code) in &files {
        let name = format!("{}/{path}", meta.id);
        let language = catalogue.language(code).expect("catalogue language");
        let source = Translation::parse(&read(&leaflets_dir().join(meta.id.as_str()).join(path)))
            .expect("translation parses");
        // Site values in Latin letters and digits, as a site's settings hold them.
        let values: BTreeMap<String, String> = meta
            .placeholders
            .keys()
            .map(|k| (k.clone(), format!("Site{} 210 555", k.len())))
            .collect();
        let t = source.fill(&values).expect("every placeholder has a value");
        let jurisdiction = meta.legal_basis.keys().next().expect("a jurisdiction");
        let file = dir.path().join(name.replace('/', "-"));
        let legal = meta.legal_basis_in(jurisdiction);
        let (printed, text) = print_and_extract(&mut printer, &t, language, legal, &file);
        if !printed.missing_glyphs.is_empty() {
            failures.push(format!("{name}: no glyph for {:?}", printed.missing_glyphs));
        }
        let problems = compare(&t, &language.endonym, language.direction, &text);
        failures.extend(problems.into_iter().map(|p| format!("{name}: {p}")));
    }
    assert!(
        failures.is_empty(),
        "{} problems in {} PDFs:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// A leaflet longer than a page, with lists, in a language of each direction.
fn long_translation(lang: &str, words: &str) -> Translation {
    let mut text =
        format!("+++\nlanguage = \"{lang}\"\nstatus = \"reviewed\"\ntitle = \"{words}\"\n+++\n");
    for i in 0..14 {
        text.push_str(&format!(
            "\n## {{#s{i}}} {words} {i}\n\n{words} {words} {words} {words} {words} {words}.\n\n\
             - {words} {i}.1\n- {words} {words} {words} {words} {words} {words} {i}.2\n\n{words}.\n"
        ));
    }
    Translation::parse(&text).expect("the long text parses")
}

#[test]
fn a_long_leaflet_breaks_pages_numbers_them_and_keeps_every_word() {
    let catalogue = catalogue();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut printer = LeafletPrinter::new();
    for (lang, words) in [
        ("en", "Your rights during the interview"),
        ("ar", "حقوقك أثناء المقابلة مع الموظف"),
    ] {
        let t = long_translation(lang, words);
        let language = catalogue
            .language(&LeafletLanguage::new(lang).expect("code"))
            .expect("catalogue language");
        let file = dir.path().join(format!("long-{lang}.pdf"));
        let (printed, extracted) = print_and_extract(&mut printer, &t, language, &[], &file);
        assert!(
            printed.pages >= 2,
            "{lang}: 14 sections fill more than one page"
        );
        if let Some(keep) = std::env::var_os("WAYPOINT_PRINT_KEEP") {
            std::fs::copy(&file, Path::new(&keep).join(format!("long-{lang}.pdf")))
                .expect("keep the PDF");
        }
        for page in 1..=printed.pages {
            let number = format!("{page}/{}", printed.pages);
            assert!(
                skeleton(&extracted).contains(&number),
                "{lang}: page number {number} is printed"
            );
        }
        let problems = compare(&t, &language.endonym, language.direction, &extracted);
        assert!(problems.is_empty(), "{lang}: {}", problems.join("\n"));
        let structure = Command::new("pdfinfo")
            .arg("-struct")
            .arg(&file)
            .output()
            .expect("pdfinfo runs (poppler-utils)");
        let structure = String::from_utf8_lossy(&structure.stdout);
        let tags: Vec<&str> = structure
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        assert_eq!(
            tags[..8],
            ["Document", "H1", "P", "P", "H2", "P", "L", "/ListNumbering"],
            "{lang}: the structure tree reads title, language, status, then the first section"
        );
        assert_eq!(
            tags.iter().filter(|t| **t == "LI").count(),
            28,
            "{lang}: every list item is tagged"
        );
    }
}

#[test]
fn a_translation_with_an_unfilled_placeholder_is_refused() {
    let catalogue = catalogue();
    let t = Translation::parse(
        "+++\nlanguage = \"en\"\nstatus = \"reviewed\"\ntitle = \"Help\"\n+++\n\n\
         ## {#advice} Advice\n\nCall {ngo_phone}.\n",
    )
    .expect("parses");
    let en = catalogue
        .language(&LeafletLanguage::new("en").expect("code"))
        .expect("en");
    assert_eq!(
        waypoint_print::leaflet_pdf(&t, en, &[]),
        Err(PrintError::UnfilledPlaceholder("ngo_phone".into())),
        "a PDF must never show a placeholder instead of the site's value"
    );
    let ar = catalogue
        .language(&LeafletLanguage::new("ar").expect("code"))
        .expect("ar");
    assert!(
        matches!(
            waypoint_print::leaflet_pdf(&t, ar, &[]),
            Err(PrintError::LanguageMismatch { .. })
        ),
        "an English text is not printed as Arabic"
    );
}
