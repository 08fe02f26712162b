//! Export of the leaflet hand-over records: the proof, for an auditor or a court, that people
//! were informed in writing (which leaflet, which version, which language, how, by whom, when).
//!
//! One CSV file (RFC 4180, UTF-8, written by the `csv` crate) of every hand-over recorded in the
//! people this device holds, oldest first. It names people by case number and id only, never by
//! name, and officers by id: the file leaves the encrypted store, so it carries no more than an
//! audit needs. Supervisors only; the export itself is audited.

use waypoint_core::handover::LeafletHandover;
use waypoint_store::PeopleFilter;

use crate::{AppError, ErrorCode, Waypoint, load_person};

/// People read per transaction.
const PAGE: u64 = 1_000;

/// An exported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// A file name for it, e.g. `leaflet-handovers-LSV-2026-12-02.csv`.
    pub file_name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
    /// How many records (rows after the header) it holds.
    pub rows: usize,
}

const HEADER: [&str; 14] = [
    "case_number",
    "person_id",
    "leaflet",
    "version",
    "language",
    "format",
    "explained_orally",
    "interpreter_language",
    "acknowledgement",
    "given_at",
    "officer_id",
    "device_id",
    "site",
    "handover_id",
];

impl Waypoint {
    /// Every leaflet hand-over recorded for the people on this device, as CSV, oldest first
    /// (supervisors only).
    pub fn export_handovers(&mut self) -> Result<ExportFile, AppError> {
        let meta = self.meta()?;
        let session = self.supervisor_session("export the hand-over records")?;
        let site = session.device.site_code.to_string();
        let mut found: Vec<(String, String, LeafletHandover)> = Vec::new();
        let mut offset = 0;
        loop {
            let (page, _) = session
                .store
                .list_people(&PeopleFilter::default(), offset, PAGE)?;
            if page.is_empty() {
                break;
            }
            offset += page.len() as u64;
            session.store.transaction(|tx| {
                for item in &page {
                    let Ok(id) = item.id.parse() else { continue };
                    // A damaged record is set aside; it is listed as damaged elsewhere.
                    let Ok(doc) = load_person(tx, id) else {
                        continue;
                    };
                    for h in doc.handovers() {
                        found.push((item.case_number.clone(), item.id.clone(), h));
                    }
                }
                Ok(())
            })?;
        }
        found.sort_by(|(a_case, _, a), (b_case, _, b)| {
            (a.at, a_case, a.id).cmp(&(b.at, b_case, b.id))
        });

        let mut out = csv::Writer::from_writer(Vec::new());
        let failed = |e: csv::Error| AppError::new(ErrorCode::Internal, format!("CSV: {e}"));
        out.write_record(HEADER).map_err(failed)?;
        for (case, person, h) in &found {
            let d = &h.details;
            out.write_record([
                case.as_str(),
                person.as_str(),
                d.leaflet.as_str(),
                &d.version.to_string(),
                d.language.as_str(),
                d.format.code(),
                if d.explained_orally { "yes" } else { "no" },
                d.interpreter_language.as_ref().map_or("", |l| l.as_str()),
                d.acknowledgement.code(),
                &h.at.to_rfc3339(),
                &h.officer.to_string(),
                &h.device.to_string(),
                h.site.as_str(),
                &h.id.to_string(),
            ])
            .map_err(failed)?;
        }
        let bytes = out
            .into_inner()
            .map_err(|e| AppError::new(ErrorCode::Internal, format!("CSV: {e}")))?;
        let rows = found.len();
        session.store.transaction(|tx| {
            tx.audit(
                meta.at,
                Some(meta.officer),
                "export_handovers",
                None,
                Some(&format!("{rows} row(s)")),
            )
        })?;
        Ok(ExportFile {
            file_name: format!(
                "leaflet-handovers-{site}-{}.csv",
                meta.at.format("%Y-%m-%d")
            ),
            bytes,
            rows,
        })
    }
}
