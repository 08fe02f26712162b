//! Prints one leaflet translation from the repository's `leaflets/` folder to a PDF file.
//!
//! Run with `cargo run -p waypoint-print --example print_leaflet -- <leaflet> <lang> <out.pdf> [jurisdiction]`,
//! e.g. `cargo run -p waypoint-print --example print_leaflet -- eurodac ar /tmp/eurodac-ar.pdf`.

use std::path::Path;
use waypoint_core::leaflets::{Catalogue, Jurisdiction, LeafletLanguage, LeafletMeta, Translation};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [leaflet, lang, out, rest @ ..] = args.as_slice() else {
        return Err("usage: print_leaflet <leaflet> <lang> <out.pdf> [jurisdiction]".into());
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../leaflets");
    let catalogue = Catalogue::parse(&std::fs::read_to_string(root.join("catalogue.toml"))?)?;
    let meta = LeafletMeta::parse(&std::fs::read_to_string(
        root.join(leaflet).join("meta.toml"),
    )?)?;
    let jurisdiction = Jurisdiction::new(rest.first().map_or("eu", String::as_str))?;
    let code = LeafletLanguage::new(lang)?;
    let path = root
        .join(leaflet)
        .join(meta.text_path(&jurisdiction, &code));
    let t = Translation::parse(&std::fs::read_to_string(path)?)?;
    let values = meta
        .placeholders
        .keys()
        .map(|k| (k.clone(), format!("+30 210 555 0{}", k.len())))
        .collect();
    let t = t.fill(&values)?;
    let language = catalogue
        .language(&code)
        .ok_or("language not in the catalogue")?;
    let printed = waypoint_print::LeafletPrinter::new().print(
        &t,
        language,
        meta.legal_basis_in(&jurisdiction),
    )?;
    std::fs::write(out, &printed.pdf)?;
    eprintln!(
        "{out}: {} pages, {} bytes, missing glyphs: {:?}",
        printed.pages,
        printed.pdf.len(),
        printed.missing_glyphs
    );
    Ok(())
}
