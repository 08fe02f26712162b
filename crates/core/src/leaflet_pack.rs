//! A leaflet pack: the whole leaflet folder (`leaflets/` in the repository) as one set of
//! files, parsed and checked as one. The app embeds a pack; a server publishes newer ones to
//! devices (`docs/leaflets.md`). Either way the same checks run, so a device never offers a
//! pack with a leaflet missing in a language or a section missing in a translation.

use std::collections::{BTreeMap, BTreeSet};

use crate::handover::IssuableTexts;
use crate::leaflets::{
    Catalogue, Jurisdiction, LanguageInfo, LeafletId, LeafletMeta, LeafletVersion, ReviewStatus,
    Translation,
};

/// The parsed leaflet folder.
#[derive(Debug, Clone)]
pub struct LeafletPack {
    /// `catalogue.toml`.
    pub catalogue: Catalogue,
    /// Each leaflet's `meta.toml`, in the catalogue's order.
    pub metas: Vec<LeafletMeta>,
    /// Every translation, by (leaflet id, path under the leaflet's folder: `ar.md`,
    /// `jurisdictions/az/ru.md`).
    pub texts: BTreeMap<(LeafletId, String), Translation>,
}

impl LeafletPack {
    /// Parses a pack from its files — (path under the folder, text), `.toml` and `.md` only —
    /// and checks it whole: the catalogue and every `meta.toml` parse, every leaflet folder is in
    /// the catalogue, each leaflet's legal basis names known jurisdictions, every leaflet exists
    /// in every language (and in every jurisdiction with texts of its own) with exactly its
    /// sections and placeholders, and the source-language texts are reviewed. Returns every
    /// problem found, one line each, rather than the first.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, Vec<String>> {
        let files: BTreeMap<&str, &str> = files.into_iter().collect();
        let mut problems = Vec::new();
        let catalogue = files
            .get("catalogue.toml")
            .ok_or_else(|| vec!["catalogue.toml is missing".to_owned()])
            .and_then(|text| Catalogue::parse(text).map_err(|e| vec![e.to_string()]))?;
        let listed: BTreeSet<&str> = catalogue.leaflets.iter().map(LeafletId::as_str).collect();
        let folders: BTreeSet<&str> = files
            .keys()
            .filter_map(|path| path.split_once('/').map(|(folder, _)| folder))
            .collect();
        for folder in folders.difference(&listed) {
            problems.push(format!("{folder}/ is not listed in catalogue.toml"));
        }
        let mut metas = Vec::with_capacity(catalogue.leaflets.len());
        let mut texts = BTreeMap::new();
        for id in &catalogue.leaflets {
            let path = format!("{id}/meta.toml");
            let meta = match files.get(path.as_str()).map(|t| LeafletMeta::parse(t)) {
                None => {
                    problems.push(format!("{path} is missing"));
                    continue;
                }
                Some(Err(e)) => {
                    problems.push(format!("{path}: {e}"));
                    continue;
                }
                Some(Ok(meta)) => meta,
            };
            if &meta.id != id {
                problems.push(format!("{path}: id {} is not the folder's name", meta.id));
            }
            for j in meta.legal_basis.keys() {
                if !catalogue.jurisdictions.contains_key(j) {
                    problems.push(format!("{path}: jurisdiction {j} is not in catalogue.toml"));
                }
            }
            for rel in expected_paths(&meta, &catalogue.languages) {
                let full = format!("{id}/{rel}");
                let Some(text) = files.get(full.as_str()) else {
                    problems.push(format!("{full} is missing"));
                    continue;
                };
                match Translation::parse(text) {
                    Err(e) => problems.push(format!("{full}: {e}")),
                    Ok(t) => {
                        let language = rel.rsplit('/').next().unwrap_or_default();
                        if format!("{}.md", t.language) != language {
                            problems
                                .push(format!("{full}: front matter says language {}", t.language));
                        }
                        if t.language == catalogue.source_language
                            && t.status != ReviewStatus::Reviewed
                        {
                            problems.push(format!("{full}: the source text must be reviewed"));
                        }
                        problems.extend(meta.problems(&t).iter().map(|p| format!("{full}: {p}")));
                        texts.insert((id.clone(), rel), t);
                    }
                }
            }
            metas.push(meta);
        }
        if problems.is_empty() {
            Ok(Self {
                catalogue,
                metas,
                texts,
            })
        } else {
            Err(problems)
        }
    }

    /// The edition of the pack (`catalogue.toml`'s `edition`, a date): of two packs, a device
    /// offers the later edition.
    pub fn edition(&self) -> &str {
        &self.catalogue.edition
    }

    /// The translation with this version, wherever it is in the pack.
    pub fn by_version(&self, version: &LeafletVersion) -> Option<(&LeafletId, &Translation)> {
        self.texts
            .iter()
            .find(|(_, t)| &t.version == version)
            .map(|((id, _), t)| (id, t))
    }

    /// The leaflets offered in a jurisdiction, each with its translations there.
    pub fn offered<'a>(
        &'a self,
        jurisdiction: &'a Jurisdiction,
    ) -> impl Iterator<Item = (&'a LeafletMeta, Vec<(&'a LanguageInfo, &'a Translation)>)> {
        self.metas
            .iter()
            .filter(|m| m.applies_in(jurisdiction))
            .map(move |m| {
                let translations = self
                    .catalogue
                    .languages
                    .iter()
                    .filter_map(|l| {
                        let path = m.text_path(jurisdiction, &l.code);
                        self.texts.get(&(m.id.clone(), path)).map(|t| (l, t))
                    })
                    .collect();
                (m, translations)
            })
    }

    /// Whether the leaflet is offered in the jurisdiction (without gathering its texts).
    pub fn offers(&self, jurisdiction: &Jurisdiction, leaflet: &LeafletId) -> bool {
        self.metas
            .iter()
            .any(|m| &m.id == leaflet && m.applies_in(jurisdiction))
    }

    /// The texts a hand-over in this jurisdiction may name: leaflet, language and version.
    pub fn issuable(&self, jurisdiction: &Jurisdiction) -> IssuableTexts {
        let mut texts = IssuableTexts::default();
        for (meta, translations) in self.offered(jurisdiction) {
            for (lang, t) in translations {
                texts.insert(meta.id.clone(), lang.code.clone(), t.version.clone());
            }
        }
        texts
    }
}

/// The translation paths a leaflet must have under its folder: one per language, and one per
/// language in each jurisdiction whose text differs.
fn expected_paths(meta: &LeafletMeta, languages: &[LanguageInfo]) -> Vec<String> {
    let mut dirs = vec![String::new()];
    dirs.extend(
        meta.jurisdiction_texts
            .iter()
            .map(|j| format!("jurisdictions/{j}/")),
    );
    dirs.iter()
        .flat_map(|dir| languages.iter().map(move |l| format!("{dir}{}.md", l.code)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOGUE: &str = r#"
edition = "2026-12-01"
source_language = "en"
leaflets = ["contacts"]
languages = [
  { code = "en", english_name = "English", endonym = "English", script = "Latn", direction = "ltr", iso639_3 = ["eng"] },
  { code = "ar", english_name = "Arabic", endonym = "العربية", script = "Arab", direction = "rtl", iso639_3 = ["ara"] },
]
[jurisdictions.eu]
name = "EU"
"#;
    const META: &str = r#"
id = "contacts"
title = "Who can help you"
sections = ["advice"]
[[legal_basis.eu]]
instrument = "Directive 2013/32/EU"
article = "Art. 12(1)"
"#;
    const EN: &str = "+++\nlanguage = \"en\"\nstatus = \"reviewed\"\ntitle = \"Who can help you\"\n+++\n\n## {#advice} Free advice\n\nAsk at the desk.\n";
    const AR: &str = "+++\nlanguage = \"ar\"\nstatus = \"machine-drafted\"\ntitle = \"من يمكنه مساعدتك\"\n+++\n\n## {#advice} مشورة مجانية\n\nاسأل في المكتب.\n";

    fn files() -> Vec<(&'static str, &'static str)> {
        vec![
            ("catalogue.toml", CATALOGUE),
            ("contacts/meta.toml", META),
            ("contacts/en.md", EN),
            ("contacts/ar.md", AR),
        ]
    }

    #[test]
    fn a_whole_pack_parses_and_finds_a_text_by_version() {
        let pack = LeafletPack::from_files(files()).expect("the pack is whole");
        assert_eq!(pack.edition(), "2026-12-01");
        assert_eq!(pack.texts.len(), 2);
        let ar = Translation::parse(AR).expect("valid");
        let (id, found) = pack.by_version(&ar.version).expect("found by version");
        assert_eq!(
            (id.as_str(), found.title.as_str()),
            ("contacts", ar.title.as_str())
        );
        let eu = Jurisdiction::new("eu").expect("valid code");
        let offered: Vec<_> = pack.offered(&eu).collect();
        assert_eq!(offered.len(), 1);
        assert_eq!(offered[0].1.len(), 2, "both languages are offered");
    }

    #[test]
    fn every_problem_of_a_pack_is_reported() {
        let mut f = files();
        f.retain(|(p, _)| *p != "contacts/ar.md");
        f.push(("stray/en.md", EN));
        f.push((
            "contacts/en.md",
            "+++\nlanguage = \"en\"\nstatus = \"machine-drafted\"\ntitle = \"T\"\n+++\n\n## {#other} X\n\nY\n",
        ));
        let problems = LeafletPack::from_files(f).expect_err("the pack is broken");
        let all = problems.join("\n");
        assert!(all.contains("contacts/ar.md is missing"), "{all}");
        assert!(all.contains("stray/ is not listed"), "{all}");
        assert!(
            all.contains("contacts/en.md: the source text must be reviewed"),
            "{all}"
        );
        assert!(problems.len() >= 4, "the section mismatch too: {all}");
    }

    #[test]
    fn a_pack_without_a_catalogue_is_refused() {
        let problems = LeafletPack::from_files([("contacts/en.md", EN)]).expect_err("no catalogue");
        assert_eq!(problems, vec!["catalogue.toml is missing".to_owned()]);
    }

    #[test]
    fn an_edition_must_be_a_padded_date() {
        for bad in ["2026-1-5", "yesterday", "2026-13-01"] {
            let catalogue = CATALOGUE.replace("2026-12-01", bad);
            let mut f = files();
            f[0] = ("catalogue.toml", catalogue.as_str());
            let problems = LeafletPack::from_files(f).expect_err(bad);
            assert!(problems[0].contains("is not a date"), "{bad}: {problems:?}");
        }
    }
}
