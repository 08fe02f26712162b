//! Embeds the leaflet folder (`leaflets/` at the repository root) in the client: every file
//! becomes an `include_str!` entry of `$OUT_DIR/leaflet_files.rs`, keyed by its path relative
//! to that folder. The app then works offline with no files beside the binary, and a changed
//! leaflet rebuilds the client.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "toml")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest.join("../../leaflets").canonicalize()?;
    let mut files = Vec::new();
    walk(&root, &mut files)?;
    files.sort();
    let mut code = String::from("/// Every leaflet file: (path under `leaflets/`, text).\n");
    code.push_str("pub(crate) static LEAFLET_FILES: &[(&str, &str)] = &[\n");
    println!("cargo:rerun-if-changed={}", root.display());
    for f in &files {
        let rel = f.strip_prefix(&root)?.to_string_lossy().replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )?;
        println!("cargo:rerun-if-changed={}", f.display());
        if let Some(parent) = f.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("leaflet_files.rs");
    std::fs::write(out, code)?;
    Ok(())
}
