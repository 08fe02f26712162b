//! Generates Tauri's context (config, capabilities, icons, the bundled `ui/dist`) at build time.

fn main() {
    tauri_build::build()
}
