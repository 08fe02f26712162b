//! A device store set up at a site and enrolled with a sync server, driven through the client
//! API (another official's tablet, in the app test and the sync benchmark).

use waypoint_client::{Config, KdfParams, SetUpForm, Waypoint};

/// A device and the folder its data lives in (deleted when dropped).
pub struct Device {
    /// The device.
    pub app: Waypoint,
    /// Its data folder.
    pub dir: tempfile::TempDir,
}

/// A fresh device at `site` with one supervisor `name`, enrolled with the server at `url` with
/// the one-time `code`. Key derivation is cheap (test parameters).
pub fn enrolled(
    url: &str,
    code: &str,
    site: &str,
    name: &str,
) -> Result<Device, Box<dyn std::error::Error + Send + Sync>> {
    let dir = tempfile::tempdir()?;
    let mut app = Waypoint::open(Config {
        data_dir: dir.path().to_path_buf(),
        kdf: KdfParams::INSECURE_TEST_ONLY,
    })?;
    app.set_up(&SetUpForm {
        site_code: site.into(),
        username: name.into(),
        display_name: name.into(),
        passphrase: "correct horse battery".into(),
    })?;
    app.enrol(url, code)?;
    Ok(Device { app, dir })
}
