//! Administrator tasks behind the binary's `enrolment-code`, `devices`, `revoke`, `status` and
//! `publish-leaflets` commands: issuing one-time codes, listing devices as text tables, and
//! publishing a leaflet folder.

use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use waypoint_core::case_number::SiteCode;

use crate::{
    enrolment::EnrolmentCode,
    storage::{Device, Millis, NewEnrolmentCode, Storage, StorageError},
    wire::Role,
};

/// A code an administrator hands to the person enrolling a device.
#[derive(Debug)]
pub struct IssuedCode {
    /// The code (shown once; the server keeps only its hash).
    pub code: EnrolmentCode,
    /// Site the device will belong to.
    pub site: SiteCode,
    /// Role the device will have.
    pub role: Role,
    /// When the code stops working.
    pub expires_at: Millis,
}

/// Why an administrator task failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AdminError {
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The operating system gave no random bytes.
    #[error("could not get random bytes for the code: {0}")]
    Random(getrandom::Error),
}

/// Issues a single-use code that enrols one device at `site` with `role` until `now + valid_for`.
pub async fn issue_enrolment_code(
    storage: &dyn Storage,
    site: SiteCode,
    role: Role,
    valid_for: Duration,
    now: Millis,
) -> Result<IssuedCode, AdminError> {
    let code = EnrolmentCode::generate().map_err(AdminError::Random)?;
    let expires_at = now.saturating_add(i64::try_from(valid_for.as_millis()).unwrap_or(i64::MAX));
    storage
        .add_enrolment_code(NewEnrolmentCode {
            code_hash: code.hash(),
            site: site.clone(),
            role,
            created_at: now,
            expires_at,
        })
        .await?;
    Ok(IssuedCode {
        code,
        site,
        role,
        expires_at,
    })
}

/// A server time for people: `2025-03-01T14:05:09Z`.
pub fn format_time(at: Millis) -> String {
    DateTime::<Utc>::from_timestamp_millis(at).map_or_else(
        || format!("{at} ms"),
        |time| time.to_rfc3339_opts(SecondsFormat::Secs, true),
    )
}

fn state(device: &Device) -> String {
    match device.revoked_at {
        Some(at) => format!("revoked {}", format_time(at)),
        None => "active".to_owned(),
    }
}

fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        padded.join("  ").trim_end().to_owned() + "\n"
    };
    let mut out = line(header.iter().map(|h| (*h).to_owned()).collect());
    for row in rows {
        out += &line(row.clone());
    }
    out
}

/// `waypoint-server devices`: who is enrolled, where, and whether revoked.
pub fn devices_table(devices: &[Device]) -> String {
    if devices.is_empty() {
        return "no devices enrolled; issue a code with `waypoint-server enrolment-code`\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = devices
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.site.as_str().to_owned(),
                d.role.to_string(),
                format_time(d.enrolled_at),
                state(d),
            ]
        })
        .collect();
    table(&["DEVICE", "SITE", "ROLE", "ENROLLED", "STATE"], &rows)
}

/// `waypoint-server status`: when each device last synced and how many records it pushed.
pub fn status_table(devices: &[Device]) -> String {
    if devices.is_empty() {
        return "no devices enrolled\n".to_owned();
    }
    let rows: Vec<Vec<String>> = devices
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.site.as_str().to_owned(),
                d.role.to_string(),
                d.last_sync_at
                    .map_or_else(|| "never".to_owned(), format_time),
                d.records_pushed.to_string(),
                state(d),
            ]
        })
        .collect();
    table(
        &[
            "DEVICE",
            "SITE",
            "ROLE",
            "LAST SYNC",
            "RECORDS PUSHED",
            "STATE",
        ],
        &rows,
    )
}

/// Reads a leaflet folder (the repository's `leaflets/` layout) as (path under it, text) for
/// every `.toml` and `.md` file, sorted by path.
pub fn read_leaflet_folder(dir: &std::path::Path) -> std::io::Result<Vec<(String, String)>> {
    fn walk(
        root: &std::path::Path,
        dir: &std::path::Path,
        out: &mut Vec<(String, String)>,
    ) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "toml")
            ) {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((rel, std::fs::read_to_string(&path)?));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;
    use waypoint_core::ids::DeviceId;

    use super::*;

    fn device(revoked_at: Option<Millis>, last_sync_at: Option<Millis>) -> Device {
        Device {
            id: DeviceId(Uuid::from_u128(7)),
            site: SiteCode::new("LSV").expect("site"),
            role: Role::Officer,
            public_key: [1; 32],
            enrolled_at: 0,
            revoked_at,
            last_sync_at,
            records_pushed: 12,
        }
    }

    #[test]
    fn status_shows_last_sync_records_pushed_and_revocation() {
        let text = status_table(&[
            device(None, Some(1_700_000_000_000)),
            device(Some(1_700_000_100_000), None),
        ]);
        assert!(
            text.contains("2023-11-14T22:13:20Z"),
            "last sync in UTC: {text}"
        );
        assert!(
            text.contains("never"),
            "a device that never synced says so: {text}"
        );
        assert!(text.contains("12"), "records pushed: {text}");
        assert!(text.contains("revoked 2023-11-14T22:15:00Z"), "{text}");
    }

    #[test]
    fn an_empty_device_list_says_how_to_enrol_one() {
        assert!(devices_table(&[]).contains("enrolment-code"));
    }
}
