//! The leaflets in the repository (`leaflets/`): every leaflet in every language with every
//! section, no English left in a translation, text in the language's script, versions stable.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};
use waypoint_core::leaflets::{
    Catalogue, LanguageInfo, LeafletMeta, LeafletVersion, ReviewStatus, Translation,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../leaflets")
}

fn read(path: &Path) -> Option<String> {
    fs::read_to_string(path).ok()
}

fn catalogue() -> Catalogue {
    let text = read(&root().join("catalogue.toml")).expect("leaflets/catalogue.toml exists");
    Catalogue::parse(&text).expect("leaflets/catalogue.toml is valid")
}

fn meta(id: &str) -> LeafletMeta {
    let path = root().join(id).join("meta.toml");
    let text = read(&path).unwrap_or_else(|| panic!("{} is missing", path.display()));
    let m = LeafletMeta::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        m.id.as_str(),
        id,
        "{}: id must be the folder name",
        path.display()
    );
    m
}

/// Every translation file a leaflet must have: the common texts, plus one per language in each
/// jurisdiction whose text differs. Paths are relative to `leaflets/`.
fn expected_files(c: &Catalogue) -> Vec<(String, LeafletMeta, LanguageInfo)> {
    let mut out = Vec::new();
    for id in &c.leaflets {
        let m = meta(id.as_str());
        let mut dirs = vec![String::new()];
        dirs.extend(
            m.jurisdiction_texts
                .iter()
                .map(|j| format!("jurisdictions/{j}/")),
        );
        for dir in dirs {
            for lang in &c.languages {
                out.push((
                    format!("{id}/{dir}{}.md", lang.code),
                    m.clone(),
                    lang.clone(),
                ));
            }
        }
    }
    out
}

fn parse(rel: &str) -> Option<Translation> {
    let text = read(&root().join(rel))?;
    Some(Translation::parse(&text).unwrap_or_else(|e| panic!("leaflets/{rel}: {e}")))
}

/// The source-language text a translation at `rel` corresponds to.
fn source_of(rel: &str, c: &Catalogue) -> Translation {
    let (dir, _) = rel.rsplit_once('/').expect("rel has a folder");
    let src = format!("{dir}/{}.md", c.source_language);
    parse(&src).unwrap_or_else(|| panic!("leaflets/{src} (the source text) is missing"))
}

#[test]
fn every_leaflet_exists_in_every_language() {
    let c = catalogue();
    let missing: Vec<String> = expected_files(&c)
        .into_iter()
        .filter(|(rel, _, _)| !root().join(rel).is_file())
        .map(|(rel, _, _)| format!("leaflets/{rel}"))
        .collect();
    assert!(
        missing.is_empty(),
        "{} translation(s) missing; write them, marked status = \"machine-drafted\" until a \
         native speaker reviews them:\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
}

#[test]
fn every_leaflet_folder_is_in_the_catalogue() {
    let c = catalogue();
    let listed: BTreeSet<String> = c.leaflets.iter().map(|l| l.to_string()).collect();
    let folders: BTreeSet<String> = fs::read_dir(root())
        .expect("leaflets/ is readable")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        folders, listed,
        "leaflets/ folders and catalogue.toml's list differ"
    );
}

#[test]
fn every_translation_has_every_section_and_says_its_language() {
    let c = catalogue();
    let mut problems = Vec::new();
    for (rel, m, lang) in expected_files(&c) {
        let Some(t) = parse(&rel) else { continue };
        if t.language != lang.code {
            problems.push(format!(
                "leaflets/{rel}: front matter says language {}",
                t.language
            ));
        }
        for p in m.problems(&t) {
            problems.push(format!("leaflets/{rel}: {p}"));
        }
    }
    assert!(
        problems.is_empty(),
        "incomplete translations:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn source_texts_are_reviewed_and_every_leaflet_has_a_legal_basis_in_a_known_jurisdiction() {
    let c = catalogue();
    for id in &c.leaflets {
        let m = meta(id.as_str());
        for j in m.legal_basis.keys() {
            assert!(
                c.jurisdictions.contains_key(j),
                "leaflets/{id}/meta.toml: jurisdiction {j} is not in catalogue.toml"
            );
        }
        let src = format!("{id}/{}.md", c.source_language);
        let t = parse(&src).unwrap_or_else(|| panic!("leaflets/{src} is missing"));
        assert_eq!(
            t.status,
            ReviewStatus::Reviewed,
            "leaflets/{src}: the source is reviewed"
        );
    }
}

#[test]
fn no_translation_repeats_the_source_text_of_a_section() {
    let c = catalogue();
    let mut same = Vec::new();
    for (rel, _, lang) in expected_files(&c) {
        if lang.code == c.source_language {
            continue;
        }
        let Some(t) = parse(&rel) else { continue };
        let src = source_of(&rel, &c);
        if t.title == src.title {
            same.push(format!("leaflets/{rel}: title"));
        }
        for s in &t.sections {
            let Some(orig) = src.section(s.id.as_str()) else {
                continue;
            };
            if s.body == orig.body || s.heading == orig.heading {
                same.push(format!("leaflets/{rel}: section {}", s.id));
            }
        }
    }
    assert!(
        same.is_empty(),
        "left in the source language:\n  {}",
        same.join("\n  ")
    );
}

fn without_placeholders(text: &str) -> String {
    let mut text = text.to_owned();
    while let Some(open) = text.find('{') {
        let close = text[open..].find('}').map_or(text.len(), |i| open + i + 1);
        text.replace_range(open..close, " ");
    }
    text
}

/// Lowercase words of Latin letters, with `{placeholders}` removed; `None` marks a word in
/// another script, which breaks a run of Latin words.
fn words(text: &str) -> Vec<Option<String>> {
    without_placeholders(text)
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .all(|ch| ch.script() == Script::Latin || ch == '\'')
                .then(|| w.to_lowercase())
        })
        .collect()
}

fn runs(words: &[Option<String>], n: usize) -> BTreeSet<Vec<String>> {
    words
        .windows(n)
        .filter_map(|w| w.iter().cloned().collect::<Option<Vec<String>>>())
        .collect()
}

#[test]
fn no_english_is_left_in_another_language() {
    let c = catalogue();
    let mut found = Vec::new();
    for (rel, _, lang) in expected_files(&c) {
        if lang.code == c.source_language {
            continue;
        }
        let Some(t) = parse(&rel) else { continue };
        let src = source_of(&rel, &c);
        // A run of 4 English words is a sure sign in a non-Latin script; Latin-script languages
        // share names and short words with English, so they are checked for longer runs.
        let n = if lang.script == "Latn" { 6 } else { 4 };
        let english: BTreeSet<Vec<String>> = src.texts().flat_map(|x| runs(&words(x), n)).collect();
        for text in t.texts() {
            for run in runs(&words(text), n) {
                if english.contains(&run) {
                    found.push(format!("leaflets/{rel}: \"{}\"", run.join(" ")));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English left in translations:\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn translations_are_written_in_their_script() {
    let c = catalogue();
    let mut wrong = Vec::new();
    for (rel, _, lang) in expected_files(&c) {
        let Some(t) = parse(&rel) else { continue };
        let letters: Vec<Script> = t
            .texts()
            .flat_map(|x| without_placeholders(x).chars().collect::<Vec<_>>())
            .filter(|ch| ch.is_alphabetic())
            .map(|ch| ch.script())
            .collect();
        let expected = Script::from_short_name(&lang.script)
            .unwrap_or_else(|| panic!("catalogue.toml: unknown script {}", lang.script));
        let share =
            letters.iter().filter(|s| **s == expected).count() as f64 / letters.len() as f64;
        // Names such as UNHCR or Eurodac and the placeholders stay in Latin letters.
        if share < 0.9 {
            wrong.push(format!(
                "leaflets/{rel}: only {:.0}% of letters in {}",
                share * 100.0,
                lang.script
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "translations in the wrong script:\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn placeholders_are_all_filled_from_site_settings() {
    let c = catalogue();
    for (rel, m, _) in expected_files(&c) {
        let Some(t) = parse(&rel) else { continue };
        let values: BTreeMap<String, String> = m
            .placeholders
            .keys()
            .map(|k| (k.clone(), "☎".to_owned()))
            .collect();
        let filled = t
            .fill(&values)
            .unwrap_or_else(|e| panic!("leaflets/{rel}: {e}"));
        for text in filled.texts() {
            assert!(
                waypoint_core::leaflets::placeholders(text).next().is_none(),
                "leaflets/{rel}: a placeholder is left after filling"
            );
        }
    }
}

#[test]
fn versions_of_real_leaflets_ignore_line_endings_and_normal_form() {
    let c = catalogue();
    for (rel, _, _) in expected_files(&c) {
        let Some(text) = read(&root().join(&rel)) else {
            continue;
        };
        let v = LeafletVersion::of(&text);
        let crlf = text.replace('\n', "\r\n");
        let nfd: String = text.nfd().collect();
        assert_eq!(
            LeafletVersion::of(&crlf),
            v,
            "leaflets/{rel}: CRLF changed the version"
        );
        assert_eq!(
            LeafletVersion::of(&nfd),
            v,
            "leaflets/{rel}: NFD changed the version"
        );
        let edited = format!("{} x\n", text.trim_end());
        assert_ne!(
            LeafletVersion::of(&edited),
            v,
            "leaflets/{rel}: an edit kept the version"
        );
    }
}

/// Every `.toml` and `.md` file under `dir`, as (path under `root`, text).
fn files_under(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files_under(root, &path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "toml")
        ) {
            let rel = path.strip_prefix(root).expect("under root");
            let text = read(&path).expect("readable file");
            out.push((rel.to_string_lossy().replace('\\', "/"), text));
        }
    }
}

#[test]
fn the_folder_is_a_whole_pack_as_a_device_checks_one() {
    let mut files = Vec::new();
    files_under(&root(), &root(), &mut files);
    let pack = waypoint_core::leaflet_pack::LeafletPack::from_files(
        files.iter().map(|(p, t)| (p.as_str(), t.as_str())),
    )
    .unwrap_or_else(|problems| panic!("leaflets/ is not whole:\n  {}", problems.join("\n  ")));
    assert_eq!(pack.metas.len(), catalogue().leaflets.len());
}
