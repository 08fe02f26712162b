//! The encrypted database: opening, migrations, and the operations use cases compose inside one
//! transaction each.

use crate::StoreError;
use crate::keyring::DbKey;
use crate::search::{
    CASE_NUMBER, PersonIndex, SEARCH_INDEX_VERSION, TRIGRAM, TextQuery, person_index,
};
use automerge::{AutoCommit, ChangeHash};
use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use rusqlite_migration::{M, Migrations};
use std::path::Path;
use std::sync::LazyLock;
use waypoint_core::case_number::{DeviceCode, SiteCode};
use waypoint_core::document::PersonDoc;
use waypoint_core::handover::LeafletHandover;
use waypoint_core::ids::{DeviceId, OfficerId, PersonId};
use waypoint_core::links::{IdentityLink, LinkDecision};
use waypoint_core::model::{Person, original_name};
use zeroize::Zeroizing;

/// The schema, one file per migration, in order. Never edit a migration that has shipped: add
/// a file. The position is the version stored in `PRAGMA user_version`.
const MIGRATION_SQL: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_people_order.sql"),
    include_str!("migrations/0003_erasure_retention.sql"),
    include_str!("migrations/0004_search.sql"),
    include_str!("migrations/0005_leaflets_given.sql"),
    include_str!("migrations/0006_review.sql"),
    include_str!("migrations/0007_owed_index.sql"),
    include_str!("migrations/0008_leaflet_packs.sql"),
    include_str!("migrations/0009_given_by_leaflet.sql"),
    include_str!("migrations/0010_site_and_sensitive_records.sql"),
    include_str!("migrations/0011_next_server_certificate.sql"),
];
/// Schema version this build creates and reads (`PRAGMA user_version`).
pub const SCHEMA_VERSION: u64 = MIGRATION_SQL.len() as u64;
/// A text search counts its matches up to this many: a total of this many means at least.
pub const SEARCH_COUNT_LIMIT: u64 = 1_000;
/// A document's incremental chunks are folded back into its snapshot once it has this many.
pub const COMPACT_AFTER_CHUNKS: i64 = 16;

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(
        MIGRATION_SQL
            .iter()
            .map(|sql| M::up(sql).foreign_key_check())
            .collect(),
    )
});

/// What kind of record a document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A person.
    Person,
    /// A registration group.
    Group,
    /// A site's shared settings.
    Site,
    /// The sensitive part of a person's record (their specific needs' details).
    Sensitive,
}

impl DocumentKind {
    fn code(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Group => "group",
            Self::Site => "site",
            Self::Sensitive => "sensitive",
        }
    }
    fn from_code(code: &str) -> Self {
        match code {
            "group" => Self::Group,
            "site" => Self::Site,
            "sensitive" => Self::Sensitive,
            _ => Self::Person,
        }
    }
}

/// This installation's identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// Device id.
    pub device_id: DeviceId,
    /// Device code (in case numbers).
    pub device_code: DeviceCode,
    /// Site the device works at.
    pub site_code: SiteCode,
    /// When it was set up.
    pub created_at: DateTime<Utc>,
}

/// One row of the people list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonListItem {
    /// Record id.
    pub id: String,
    /// Case number.
    pub case_number: String,
    /// Name in Latin forms.
    pub display_name: String,
    /// Name in original script.
    pub original_name: String,
    /// Sex code.
    pub sex: String,
    /// Most likely birth year.
    pub birth_year: Option<i32>,
    /// Nationality codes.
    pub nationalities: Vec<String>,
    /// Status code.
    pub status: String,
    /// When registered.
    pub created_at: DateTime<Utc>,
    /// Fields in conflict.
    pub conflicts: u32,
    /// The record's bytes failed to load and were set aside.
    pub quarantined: bool,
}

/// Which people a list shows. Every filter given must hold.
#[derive(Debug, Clone, Default)]
pub struct PeopleFilter {
    /// Only these record ids (e.g. a household's members).
    pub ids: Option<Vec<String>>,
    /// A name in any script or spelling, part of one (three letters or more), or a case
    /// number. Found people are ranked best match first; without text, newest first.
    pub text: Option<String>,
    /// Only records with conflicts.
    pub conflicts_only: bool,
    /// Only people with this nationality (ISO 3166-1 alpha-3 code).
    pub nationality: Option<String>,
    /// Only people of this sex (code).
    pub sex: Option<String>,
    /// Only people born in or after this year (people with no date of birth are left out).
    pub birth_year_from: Option<i32>,
    /// Only people born in or before this year (people with no date of birth are left out).
    pub birth_year_to: Option<i32>,
    /// Only people registered at or after this time.
    pub registered_from: Option<DateTime<Utc>>,
    /// Only people registered before this time.
    pub registered_before: Option<DateTime<Utc>>,
    /// Only records with this status (code).
    pub status: Option<String>,
    /// Only people registered at this site (code).
    pub site: Option<String>,
    /// Without search text: list each linked set of records ("same person") once, by the
    /// record it opens on (the people list), instead of every record (a household, a lookup).
    pub fold_linked: bool,
}

/// A record waiting to be sent to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// Record id.
    pub id: String,
    /// Record kind.
    pub kind: DocumentKind,
    /// Grows with every change; passed back to [`Tx::acknowledge`].
    pub version: i64,
    /// Heads the server last acknowledged (empty: never).
    pub acked_heads: Vec<ChangeHash>,
}

fn encode_heads(heads: &[ChangeHash]) -> Vec<u8> {
    heads.iter().flat_map(|h| h.0).collect()
}

fn decode_heads(bytes: Option<&[u8]>) -> Vec<ChangeHash> {
    bytes
        .unwrap_or_default()
        .chunks_exact(32)
        .filter_map(|c| <[u8; 32]>::try_from(c).ok().map(ChangeHash))
        .collect()
}

/// This device's enrolment with a sync server.
#[derive(Clone, PartialEq, Eq)]
pub struct SyncIdentity {
    /// Base URL of the server.
    pub server_url: String,
    /// The server's id for this device.
    pub device_id: String,
    /// Site whose records the device syncs.
    pub site: String,
    /// Role granted at enrolment.
    pub role: String,
    /// Ed25519 secret key (32 bytes), zeroised on drop.
    pub signing_key: Zeroizing<Vec<u8>>,
    /// When the device enrolled.
    pub enrolled_at: DateTime<Utc>,
    /// When the last sync completed.
    pub last_sync_at: Option<DateTime<Utc>>,
    /// The server's TLS certificate (DER) pinned at enrolment, if it was self-signed.
    pub server_certificate: Option<Vec<u8>>,
    /// The certificate the server announced it will present next (a rotation), trusted too.
    pub server_certificate_next: Option<Vec<u8>>,
}

impl SyncIdentity {
    /// Whether the device is enrolled as a supervisor's: the server takes erasures and site
    /// settings only from such a device, and sends it people's sensitive parts.
    pub fn is_supervisor(&self) -> bool {
        self.role == waypoint_core::sync::DeviceRole::Supervisor.as_str()
    }
}

impl std::fmt::Debug for SyncIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncIdentity")
            .field("server_url", &self.server_url)
            .field("device_id", &self.device_id)
            .field("site", &self.site)
            .field("role", &self.role)
            .field("signing_key", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// One audit log entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who, if an officer was unlocked.
    pub officer: Option<OfficerId>,
    /// What (`unlock`, `unlock_failed`, `register_person`, `view_person`, …).
    pub action: String,
    /// Which record or officer.
    pub target: Option<String>,
    /// More, never sensitive content.
    pub detail: Option<String>,
}

fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

fn clamp(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn from_ms(v: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(v).single().unwrap_or_default()
}

/// The people a list without search text leaves out: those whose linked set ("same person"
/// decisions not in conflict, directly or through other records, read in both directions as
/// `waypoint_core::links::linked_set` does) holds a record registered before them. The list
/// shows a linked set once, by the record it opens on (`waypoint_core::links::canonical`).
/// `person_links` holds only decided pairs, so this reads a handful of rows.
const FOLDED: &str = "WITH RECURSIVE
    edge (a, b) AS (
        SELECT person_id, other_id FROM person_links
        WHERE decision = 'same_person' AND in_conflict = 0
        UNION
        SELECT other_id, person_id FROM person_links
        WHERE decision = 'same_person' AND in_conflict = 0),
    reach (start, node) AS (
        SELECT a, b FROM edge
        UNION
        SELECT r.start, e.b FROM reach r JOIN edge e ON e.a = r.node)
    SELECT DISTINCT r.start FROM reach r
    JOIN people s ON s.id = r.start JOIN people n ON n.id = r.node
    WHERE (n.created_at, n.id) < (s.created_at, s.id)";

/// The columns [`list_item`] reads, of `people p` joined with `documents d`.
const LIST_COLUMNS: &str = "p.id, p.case_number, p.display_name, p.original_name, p.sex,
    p.birth_year, p.nationalities, p.status, p.created_at, p.conflicts,
    d.quarantined_at IS NOT NULL";

fn list_item(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonListItem> {
    let nationalities: String = r.get(6)?;
    Ok(PersonListItem {
        id: r.get(0)?,
        case_number: r.get(1)?,
        display_name: r.get(2)?,
        original_name: r.get(3)?,
        sex: r.get(4)?,
        birth_year: r.get(5)?,
        nationalities: nationalities
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        status: r.get(7)?,
        created_at: from_ms(r.get(8)?),
        conflicts: r.get(9)?,
        quarantined: r.get(10)?,
    })
}

/// Named parameters with their values.
type Named = Vec<(&'static str, rusqlite::types::Value)>;

fn params_ref(named: &Named) -> Vec<(&str, &dyn rusqlite::ToSql)> {
    named
        .iter()
        .map(|(k, v)| (*k, v as &dyn rusqlite::ToSql))
        .collect()
}

/// The hits of one term or phrase, newest first, and the one it is at.
struct HitStream<'a> {
    rows: rusqlite::Rows<'a>,
    head: Option<i64>,
    group: usize,
    weight: u32,
}

fn next_n(rows: &mut rusqlite::Rows<'_>) -> Result<Option<i64>, StoreError> {
    Ok(match rows.next()? {
        Some(row) => Some(row.get(0)?),
        None => None,
    })
}

/// The `(n, grp, w)` hits of a text query, one `SELECT` per kind joined by `UNION ALL`, for a
/// query that defines `q` from `:terms`; pushes its parameters. Each query word is a group:
/// its shared name terms, then its letters in the trigram index; or the case number. A word
/// counts once, by its best hit.
fn hits_sql(query: &TextQuery, named: &mut Named) -> String {
    let mut hits = vec![
        "SELECT t.n, q.grp, q.weight FROM q CROSS JOIN people_terms t ON t.term = q.term"
            .to_owned(),
    ];
    named.push((":terms", query.terms_json().into()));
    const FTS_PARAMS: [&str; 8] = [
        ":fts0", ":fts1", ":fts2", ":fts3", ":fts4", ":fts5", ":fts6", ":fts7",
    ];
    for ((group, phrase), param) in query.phrases.iter().zip(FTS_PARAMS) {
        hits.push(format!(
            "SELECT rowid, {group}, {TRIGRAM} FROM people_fts WHERE people_fts MATCH {param}"
        ));
        named.push((param, phrase.clone().into()));
    }
    if let Some(case_number) = &query.case_number {
        hits.push(format!(
            "SELECT sd.n, -1, {CASE_NUMBER} FROM people c
             JOIN search_docs sd ON sd.person_id = c.id WHERE c.case_number = :case"
        ));
        named.push((":case", case_number.clone().into()));
    }
    hits.join("\n UNION ALL ")
}

/// The SQL conditions on `people p` of the filters other than text, and their parameters
/// (values are always bound, never written into the SQL).
fn filter_conditions(filter: &PeopleFilter) -> (Vec<&'static str>, Named) {
    let mut conditions = vec!["1"];
    let mut named: Named = Vec::new();
    let mut add = |condition, param, value: Option<rusqlite::types::Value>| {
        if let Some(v) = value {
            conditions.push(condition);
            named.push((param, v));
        }
    };
    add(
        "p.id IN (SELECT value FROM json_each(:ids))",
        ":ids",
        filter
            .ids
            .as_ref()
            .map(|ids| serde_json::to_string(ids).unwrap_or_default().into()),
    );
    add(
        "instr(' ' || p.nationalities || ' ', ' ' || :nationality || ' ') > 0",
        ":nationality",
        filter.nationality.clone().map(Into::into),
    );
    add("p.sex = :sex", ":sex", filter.sex.clone().map(Into::into));
    add(
        "p.birth_year >= :born_from",
        ":born_from",
        filter.birth_year_from.map(Into::into),
    );
    add(
        "p.birth_year <= :born_to",
        ":born_to",
        filter.birth_year_to.map(Into::into),
    );
    add(
        "p.created_at >= :registered_from",
        ":registered_from",
        filter.registered_from.map(|t| ms(t).into()),
    );
    add(
        "p.created_at < :registered_before",
        ":registered_before",
        filter.registered_before.map(|t| ms(t).into()),
    );
    add(
        "p.status = :status",
        ":status",
        filter.status.clone().map(Into::into),
    );
    add(
        "p.site = :site",
        ":site",
        filter.site.clone().map(Into::into),
    );
    if filter.conflicts_only {
        conditions.push("p.conflicts > 0");
    }
    (conditions, named)
}

/// The device's encrypted database.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` with `key`, applies migrations and
    /// refuses a database written by a newer app.
    pub fn open(path: &Path, key: &DbKey) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path)?;
        Self::init(conn, key)
    }

    /// An encrypted in-memory database, for tests.
    pub fn open_in_memory(key: &DbKey) -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?, key)
    }

    fn init(mut conn: Connection, key: &DbKey) -> Result<Self, StoreError> {
        // A raw 256-bit key: SQLCipher skips its own KDF (ours is Argon2id, in the keyring).
        let pragma = Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", hex::encode(key.bytes())));
        {
            // Keying is serialised within the process: SQLCipher sets up its crypto provider
            // (OpenSSL) on the first key, and two connections keyed at that moment on two
            // threads (the app and its background sync; parallel tests) can fail with "An
            // error occurred with PRAGMA key or rekey" (seen once in CI). A raw key costs
            // microseconds, so the lock costs nothing.
            static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
            let _one_at_a_time = KEYING
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            conn.execute_batch(&pragma)?;
        }
        drop(pragma);
        // Room for every statement a transaction uses (rusqlite keeps 16 by default).
        conn.set_prepared_statement_cache_capacity(128);
        // The first read fails if the key is wrong.
        if conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .is_err()
        {
            return Err(StoreError::WrongKey);
        }
        // Foreign keys are turned on after the migrations: a migration that rebuilds a table
        // (SQLite cannot alter a constraint) must not cascade the old table's deletion.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = OFF;
             PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;",
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let version = u64::try_from(version).unwrap_or(0);
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                what: "database",
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        MIGRATIONS.to_latest(&mut conn)?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        let mut store = Self { conn };
        // A store upgraded to this schema, or indexed by older names code, is searchable
        // again before it is used; in transactions of 500, so that an interrupted rebuild
        // keeps its progress.
        while store.transaction(|tx| tx.reindex_stale_people(500))? > 0 {}
        Ok(store)
    }

    /// Runs `f` in one IMMEDIATE transaction: all of it is committed, or none of it. A record
    /// found damaged inside is quarantined after the rollback, so the mark survives.
    pub fn transaction<T>(
        &mut self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let wrapped = Tx { tx };
        match f(&wrapped) {
            Ok(v) => {
                wrapped.tx.commit()?;
                Ok(v)
            }
            Err(e) => {
                drop(wrapped);
                if let StoreError::Quarantined { id, reason } = &e {
                    self.conn.execute(
                        "UPDATE documents SET quarantined_at = ?2, quarantine_reason = ?3 WHERE id = ?1",
                        params![id, ms(Utc::now()), reason],
                    )?;
                    tracing::error!(record = %id, %reason, "record quarantined");
                }
                Err(e)
            }
        }
    }

    /// The device's identity, once set up.
    pub fn device(&self) -> Result<Option<DeviceRecord>, StoreError> {
        read_device(&self.conn)
    }

    /// Number of people on the device.
    pub fn people_count(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM people", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// A page of people matching `filter`, and how many match in all: ranked best match
    /// first when the filter has text, else newest first. Any text is safe to pass; text with
    /// nothing to search for (only punctuation) finds nobody.
    ///
    /// A text search counts at most [`SEARCH_COUNT_LIMIT`] people: the count of a common
    /// name would cost more than the page.
    pub fn list_people(
        &self,
        filter: &PeopleFilter,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<PersonListItem>, u64), StoreError> {
        let text = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let query = match text.map(TextQuery::new) {
            Some(None) => return Ok((Vec::new(), 0)),
            Some(Some(q)) => Some(q),
            None => None,
        };
        // Only the filters given go into the query, so that SQLite plans each shape on its own
        // (an unfiltered page walks the `people_by_created` index; the count reads no row).
        let (conditions, mut named) = filter_conditions(filter);
        let where_sql = format!("WHERE {}", conditions.join(" AND "));
        let limit = clamp(limit);
        let offset = clamp(offset);
        let Some(query) = query else {
            // Counted as all the people the filters keep, less the folded ones among them:
            // counting with `NOT IN` would read every row instead of the index.
            let (folded, not_folded) = if filter.fold_linked {
                (
                    format!("(SELECT count(*) FROM people p {where_sql} AND p.id IN ({FOLDED}))"),
                    format!("AND p.id NOT IN ({FOLDED})"),
                )
            } else {
                ("0".to_owned(), String::new())
            };
            let total: i64 = self.conn.query_row(
                &format!("SELECT (SELECT count(*) FROM people p {where_sql}) - {folded}"),
                params_ref(&named).as_slice(),
                |r| r.get(0),
            )?;
            named.push((":limit", limit.into()));
            named.push((":offset", offset.into()));
            // The page's ids first, from `people` alone, then their rows: SQLite steps over
            // the `OFFSET` rows of the whole query, so a join there would read the document
            // row (a page of record bytes to decrypt) of every person skipped. The end of
            // 100,000 people took 2 s that way.
            let mut stmt = self.conn.prepare_cached(&format!(
                "WITH page (id) AS (
                     SELECT p.id FROM people p {where_sql} {not_folded}
                     ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset)
                 SELECT {LIST_COLUMNS} FROM page JOIN people p ON p.id = page.id
                 JOIN documents d ON d.id = p.id
                 ORDER BY p.created_at DESC, p.id DESC"
            ))?;
            let rows = stmt
                .query_map(params_ref(&named).as_slice(), list_item)?
                .collect::<Result<Vec<_>, _>>()?;
            return Ok((rows, u64::try_from(total).unwrap_or(0)));
        };
        if conditions.len() == 1 {
            return self.search_merged(&query, offset, limit);
        }
        let hits = hits_sql(&query, &mut named);
        let scored = if query.groups == 1 {
            "SELECT n, max(w) AS score FROM hits GROUP BY n"
        } else {
            "SELECT n, sum(w) AS score FROM (SELECT n, grp, max(w) AS w FROM hits GROUP BY n, grp)
             GROUP BY n"
        };
        // Ties go newest indexed first (`n` grows as people are added), so that only the page's
        // rows are looked up in `people`, not every hit (a common name is thousands of them).
        let filtered = if conditions.len() == 1 {
            "SELECT n, score FROM scored".to_owned()
        } else {
            format!(
                "SELECT s.n, s.score FROM scored s JOIN search_docs sd ON sd.n = s.n
                 JOIN people p ON p.id = sd.person_id {where_sql}"
            )
        };
        named.push((":limit", limit.into()));
        named.push((":offset", offset.into()));
        let sql = format!(
            "WITH q (term, grp, weight) AS (
                 SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(:terms)),
             hits (n, grp, w) AS ({hits}),
             scored (n, score) AS ({scored}),
             page (n, score, total) AS (
                 SELECT n, score, count(*) OVER () FROM ({filtered})
                 ORDER BY score DESC, n DESC LIMIT :limit OFFSET :offset)
             SELECT {LIST_COLUMNS}, page.total
             FROM page JOIN search_docs sd ON sd.n = page.n
             JOIN people p ON p.id = sd.person_id JOIN documents d ON d.id = p.id
             ORDER BY page.score DESC, page.n DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut total = 0i64;
        let rows = stmt
            .query_map(params_ref(&named).as_slice(), |r| {
                total = r.get(11)?;
                list_item(r)
            })?
            .collect::<Result<Vec<_>, _>>()?;
        if rows.is_empty() && offset > 0 {
            // A page past the end: count without it.
            return self
                .list_people(filter, 0, 1)
                .map(|(_, total)| (rows, total));
        }
        let total = u64::try_from(total).unwrap_or(0);
        Ok((rows, total.min(SEARCH_COUNT_LIMIT)))
    }

    /// A search without other filters, the usual one, without scoring every hit (a common
    /// name is a tenth of the people). The hits of every term and phrase are read newest first
    /// (`n` descending) and merged, so each person met is scored exactly once; the merge stops
    /// when `offset + limit` people score at least what anyone not yet met still could. The
    /// count stops at [`SEARCH_COUNT_LIMIT`].
    fn search_merged(
        &self,
        query: &TextQuery,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<PersonListItem>, u64), StoreError> {
        // (statement, parameter, group, weight) of each stream of hits.
        let mut sources = Vec::new();
        for (term, group, weight) in &query.terms {
            sources.push((
                self.conn
                    .prepare("SELECT n FROM people_terms WHERE term = ?1 ORDER BY n DESC")?,
                term.as_str(),
                *group,
                *weight,
            ));
        }
        for (group, phrase) in &query.phrases {
            sources.push((
                self.conn.prepare(
                    "SELECT rowid FROM people_fts WHERE people_fts MATCH ?1 ORDER BY rowid DESC",
                )?,
                phrase.as_str(),
                *group,
                TRIGRAM,
            ));
        }
        if let Some(case_number) = &query.case_number {
            sources.push((
                self.conn.prepare(
                    "SELECT sd.n FROM people p JOIN search_docs sd ON sd.person_id = p.id
                     WHERE p.case_number = ?1",
                )?,
                case_number.as_str(),
                0,
                CASE_NUMBER,
            ));
        }
        let mut streams = Vec::new();
        for (statement, param, group, weight) in &mut sources {
            let mut rows = statement.query([*param])?;
            let head = next_n(&mut rows)?;
            streams.push(HitStream {
                rows,
                head,
                group: *group,
                weight: u32::from(*weight),
            });
        }
        let wanted = usize::try_from(offset.saturating_add(limit)).unwrap_or(usize::MAX);
        let mut met: Vec<(u32, i64)> = Vec::new();
        let mut by_score: std::collections::BTreeMap<u32, usize> = Default::default();
        let mut best = vec![0u32; query.groups.max(1)];
        while let Some(n) = streams.iter().filter_map(|s| s.head).max() {
            best.fill(0);
            for s in streams.iter_mut().filter(|s| s.head == Some(n)) {
                best[s.group] = best[s.group].max(s.weight);
                s.head = next_n(&mut s.rows)?;
            }
            let score = best.iter().sum();
            met.push((score, n));
            *by_score.entry(score).or_default() += 1;
            // The most anyone not met yet can score: the best live stream of each group.
            best.fill(0);
            for s in streams.iter().filter(|s| s.head.is_some()) {
                best[s.group] = best[s.group].max(s.weight);
            }
            let bound: u32 = best.iter().sum();
            if by_score.range(bound..).map(|(_, c)| c).sum::<usize>() >= wanted {
                break;
            }
        }
        drop(streams);
        met.sort_unstable_by_key(|&m| std::cmp::Reverse(m));
        let mut row = self.conn.prepare_cached(&format!(
            "SELECT {LIST_COLUMNS} FROM search_docs sd JOIN people p ON p.id = sd.person_id
             JOIN documents d ON d.id = p.id WHERE sd.n = ?1"
        ))?;
        let mut rows = Vec::new();
        for (_, n) in met
            .into_iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
        {
            rows.extend(row.query_row([n], list_item).optional()?);
        }
        let mut named = Vec::new();
        let hits = hits_sql(query, &mut named);
        named.push((":cap", clamp(SEARCH_COUNT_LIMIT).into()));
        let total: i64 = self
            .conn
            .prepare_cached(&format!(
                "WITH q (term, grp, weight) AS (
                     SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(:terms)),
                 hits (n, grp, w) AS ({hits})
                 SELECT count(*) FROM (SELECT DISTINCT n FROM hits LIMIT :cap)"
            ))?
            .query_row(params_ref(&named).as_slice(), |r| r.get(0))?;
        Ok((rows, u64::try_from(total).unwrap_or(0)))
    }

    /// People registered at `site` at or before `registered_before` who have not received
    /// `leaflet` (the due date is registration plus the deadline), oldest first: up to `limit`
    /// of them, and how many in all. Closed and transferred records are not owed leaflets.
    pub fn people_without_leaflet(
        &self,
        site: &str,
        leaflet: &str,
        registered_before: DateTime<Utc>,
        limit: u64,
    ) -> Result<(Vec<PersonListItem>, u64), StoreError> {
        const OWED: &str = "WHERE p.site = ?1 AND p.created_at <= ?3
               AND p.status NOT IN ('closed', 'transferred')
               AND NOT EXISTS (SELECT 1 FROM people_leaflets g
                               WHERE g.person_id = p.id AND g.leaflet = ?2)";
        const ELIGIBLE: &str = "p.site = ?1 AND p.created_at <= ?3
               AND p.status NOT IN ('closed', 'transferred')";
        let before = ms(registered_before);
        // The people owed are the eligible people less the eligible people given it (one row
        // per person and leaflet): the first count reads `people_by_site_created_status` alone
        // (migration 0007), the second walks the leaflet's recipients (migration 0009). One
        // `NOT EXISTS` probe per person was 3.8 s for four leaflets at 100,000 people.
        let total: i64 = self.conn.query_row(
            &format!(
                "SELECT (SELECT count(*) FROM people p WHERE {ELIGIBLE})
                      - (SELECT count(*) FROM people_leaflets g JOIN people p ON p.id = g.person_id
                         WHERE g.leaflet = ?2 AND {ELIGIBLE})"
            ),
            params![site, leaflet, before],
            |r| r.get(0),
        )?;
        let items = self
            .conn
            .prepare_cached(&format!(
                "SELECT {LIST_COLUMNS} FROM people p JOIN documents d ON d.id = p.id {OWED}
                 ORDER BY p.created_at, p.id LIMIT ?4"
            ))?
            .query_map(params![site, leaflet, before, clamp(limit)], list_item)?
            .collect::<Result<_, _>>()?;
        Ok((items, u64::try_from(total).unwrap_or(0)))
    }

    /// People registered at `site` from `from` on, counted by day and by nationality:
    /// `(day, nationalities, count)` with the day as whole days since 1970-01-01 after shifting
    /// each registration time by `utc_offset` (the device's time zone), and the nationality
    /// codes as stored (space-separated, possibly empty). Walks
    /// `people_by_site_created_status`.
    pub fn arrivals_by_day(
        &self,
        site: &str,
        from: DateTime<Utc>,
        utc_offset: chrono::Duration,
    ) -> Result<Vec<(i64, String, u64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT (p.created_at + ?3) / 86400000 AS day, p.nationalities, count(*)
             FROM people p WHERE p.site = ?1 AND p.created_at >= ?2
             GROUP BY day, p.nationalities",
        )?;
        let rows = stmt
            .query_map(
                params![site, ms(from), utc_offset.num_milliseconds()],
                |r| {
                    let count: i64 = r.get(2)?;
                    Ok((r.get(0)?, r.get(1)?, u64::try_from(count).unwrap_or(0)))
                },
            )?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The newest audit entries, newest first.
    pub fn audit_entries(&self, limit: u64) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, officer, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([clamp(limit)], |r| {
                let officer: Option<String> = r.get(1)?;
                Ok(AuditEntry {
                    at: from_ms(r.get(0)?),
                    officer: officer.and_then(|o| o.parse().ok()),
                    action: r.get(2)?,
                    target: r.get(3)?,
                    detail: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// `PRAGMA integrity_check`: `"ok"` when the database is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// Records waiting to be sent to the server.
    pub fn outbox_len(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Size of the database file's pages, in bytes (for benchmarks).
    pub fn size_bytes(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            [],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The `table.column`s whose decrypted contents hold `needle` (as text or bytes): how a
    /// test or an auditor checks that an erased record left nothing behind.
    pub fn columns_containing(&self, needle: &[u8]) -> Result<Vec<String>, StoreError> {
        let tables: Vec<String> = self
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut found = Vec::new();
        for table in tables {
            let columns: Vec<String> = self
                .conn
                .prepare("SELECT name FROM pragma_table_info(?1)")?
                .query_map([&table], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for column in columns {
                // Names come from the schema itself, quoted; the needle is bound.
                let sql = format!(
                    "SELECT EXISTS (SELECT 1 FROM \"{}\" WHERE instr(CAST(\"{}\" AS BLOB), ?1) > 0)",
                    table.replace('"', "\"\""),
                    column.replace('"', "\"\"")
                );
                if self
                    .conn
                    .query_row(&sql, [needle], |r| r.get::<_, bool>(0))?
                {
                    found.push(format!("{table}.{column}"));
                }
            }
        }
        Ok(found)
    }

    /// Whether the search index still holds `entry` as a name term (`l:…`) or as a trigram
    /// of the FTS5 index: for tests that a deleted person's entries are gone.
    #[doc(hidden)]
    pub fn search_index_holds(&self, entry: &str) -> Result<bool, StoreError> {
        self.conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.people_fts_vocab
             USING fts5vocab(main, people_fts, row)",
        )?;
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM people_terms WHERE term = ?1)
                 OR EXISTS (SELECT 1 FROM temp.people_fts_vocab WHERE term = ?1)",
            [entry],
            |r| r.get(0),
        )?)
    }

    /// Writes the WAL back into the main file (e.g. before measuring or closing).
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

fn read_device(conn: &Connection) -> Result<Option<DeviceRecord>, StoreError> {
    let row = conn
        .query_row(
            "SELECT device_id, device_code, site_code, created_at FROM device",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            },
        )
        .optional()?;
    row.map(|(id, code, site, at)| {
        Ok(DeviceRecord {
            device_id: id.parse().map_err(|_| StoreError::NoDevice)?,
            device_code: DeviceCode::new(&code).map_err(|_| StoreError::NoDevice)?,
            site_code: SiteCode::new(&site).map_err(|_| StoreError::NoDevice)?,
            created_at: from_ms(at),
        })
    })
    .transpose()
}

/// A person to index by [`Tx::index_people`].
#[derive(Debug)]
pub struct IndexEntry<'a> {
    /// The record as read.
    pub person: &'a Person,
    /// Its search entries, from [`person_index`].
    pub index: &'a PersonIndex,
    /// How many fields hold concurrent values.
    pub conflicts: usize,
    /// The record's leaflet hand-overs.
    pub handovers: &'a [LeafletHandover],
    /// The record's duplicate decisions.
    pub links: &'a [IdentityLink],
}

/// Values for a `json_each` parameter (one statement for many rows).
fn json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))
}

/// One open transaction. Every use case is one of these.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
}

impl Tx<'_> {
    /// Runs one statement through the connection's statement cache. A pull stores thousands
    /// of records in one transaction; preparing each statement anew was a tenth of its time.
    fn exec<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.tx.prepare_cached(sql)?.execute(params)
    }

    /// Reads one row through the connection's statement cache (see [`Tx::exec`]).
    fn row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        self.tx.prepare_cached(sql)?.query_row(params, f)
    }

    /// Records this installation's identity (first run).
    pub fn set_device(&self, device: &DeviceRecord) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO device (singleton, device_id, device_code, site_code, created_at)
             VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT (singleton) DO UPDATE SET site_code = excluded.site_code",
            params![
                device.device_id.to_string(),
                device.device_code.as_str(),
                device.site_code.as_str(),
                ms(device.created_at)
            ],
        )?;
        Ok(())
    }

    /// The device's identity.
    pub fn device(&self) -> Result<DeviceRecord, StoreError> {
        read_device(&self.tx)?.ok_or(StoreError::NoDevice)
    }

    /// Takes the next case-number sequence of this device.
    pub fn next_case_sequence(&self) -> Result<u32, StoreError> {
        let seq: u32 = self.row(
            "UPDATE device SET next_case_sequence = next_case_sequence + 1
             RETURNING next_case_sequence - 1",
            [],
            |r| r.get(0),
        )?;
        Ok(seq)
    }

    /// Adds an officer.
    pub fn insert_officer(
        &self,
        id: OfficerId,
        username: &str,
        display_name: &str,
        role: crate::keyring::Role,
        created_by: Option<OfficerId>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let role = match role {
            crate::keyring::Role::Officer => "officer",
            crate::keyring::Role::Supervisor => "supervisor",
        };
        self.exec(
            "INSERT INTO officers (id, username, display_name, role, created_at, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id.to_string(),
                username,
                display_name,
                role,
                ms(now),
                created_by.map(|o| o.to_string())
            ],
        )?;
        Ok(())
    }

    /// Stores a new document's first snapshot.
    pub fn insert_document(
        &self,
        id: &str,
        kind: DocumentKind,
        doc: &mut AutoCommit,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let snapshot = doc.save();
        self.exec(
            "INSERT INTO documents (id, kind, snapshot, chunk_count, updated_at) VALUES (?1, ?2, ?3, 0, ?4)",
            params![id, kind.code(), snapshot, ms(now)],
        )?;
        Ok(())
    }

    /// Stores a new document from bytes that load to it (e.g. as received from the server),
    /// without loading and re-saving it.
    pub fn insert_document_bytes(
        &self,
        id: &str,
        kind: DocumentKind,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO documents (id, kind, snapshot, chunk_count, updated_at) VALUES (?1, ?2, ?3, 0, ?4)",
            params![id, kind.code(), bytes, ms(now)],
        )?;
        Ok(())
    }

    /// Stores the sensitive part of `owner`'s record (a person id) from bytes that load to it;
    /// it is deleted when its person is (retention).
    pub fn insert_sensitive_bytes(
        &self,
        id: &str,
        owner: &str,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO documents (id, kind, snapshot, chunk_count, updated_at, owner) \
             VALUES (?1, 'sensitive', ?2, 0, ?3, ?4)",
            params![id, bytes, ms(now), owner],
        )?;
        Ok(())
    }

    /// Stores what changed in a loaded document: an incremental chunk, or a fresh snapshot once
    /// enough chunks have piled up. Nothing is written when nothing changed.
    pub fn save_document(
        &self,
        id: &str,
        doc: &mut AutoCommit,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let chunks: i64 = self
            .row(
                "SELECT chunk_count FROM documents WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        let chunk = doc.save_incremental();
        if chunk.is_empty() {
            return Ok(());
        }
        if chunks + 1 >= COMPACT_AFTER_CHUNKS {
            // The snapshot and the chunk deletion commit together, so no change is ever only in
            // a deleted chunk.
            let snapshot = doc.save();
            self.exec(
                "UPDATE documents SET snapshot = ?2, chunk_count = 0, updated_at = ?3 WHERE id = ?1",
                params![id, snapshot, ms(now)],
            )?;
            self.exec("DELETE FROM document_chunks WHERE doc_id = ?1", [id])?;
        } else {
            self.exec(
                "INSERT INTO document_chunks (doc_id, seq, bytes) VALUES (?1, ?2, ?3)",
                params![id, chunks, chunk],
            )?;
            self.exec(
                "UPDATE documents SET chunk_count = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, chunks + 1, ms(now)],
            )?;
        }
        Ok(())
    }

    /// A document's stored bytes as they are — its snapshot followed by its incremental chunks,
    /// which Automerge loads as one — without loading it (what a first push sends).
    pub fn document_bytes(&self, id: &str) -> Result<(DocumentKind, Vec<u8>), StoreError> {
        let row = self
            .row(
                "SELECT kind, snapshot, quarantine_reason FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Vec<u8>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        let (kind, mut bytes, quarantined) = row;
        if let Some(reason) = quarantined {
            return Err(StoreError::Quarantined {
                id: id.to_owned(),
                reason,
            });
        }
        let mut stmt = self
            .tx
            .prepare_cached("SELECT bytes FROM document_chunks WHERE doc_id = ?1 ORDER BY seq")?;
        for chunk in stmt.query_map([id], |r| r.get::<_, Vec<u8>>(0))? {
            bytes.extend(chunk?);
        }
        Ok((DocumentKind::from_code(&kind), bytes))
    }

    /// Loads a document. Bytes that do not load quarantine the record (see
    /// [`Store::transaction`]) and return [`StoreError::Quarantined`].
    pub fn load_document(&self, id: &str) -> Result<(DocumentKind, AutoCommit), StoreError> {
        let (kind, bytes) = self.document_bytes(id)?;
        match AutoCommit::load(&bytes) {
            Ok(doc) => Ok((kind, doc)),
            Err(e) => Err(StoreError::Quarantined {
                id: id.to_owned(),
                reason: e.to_string(),
            }),
        }
    }

    /// Rebuilds a person's row in the list and search index from the record, and which
    /// leaflets they received (`handovers`, the record's hand-over list).
    pub fn index_person(
        &self,
        person: &Person,
        conflicts: usize,
        handovers: &[LeafletHandover],
        links: &[IdentityLink],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.index_people(
            &[IndexEntry {
                person,
                index: &person_index(person),
                conflicts,
                handovers,
                links,
            }],
            now,
        )
    }

    /// [`Tx::index_person`] for many people at once, with search entries computed beforehand
    /// (by [`person_index`], on any thread). Their FTS5 rows are written by one statement:
    /// FTS5 writes its pending entries to disk as a new segment at every statement that
    /// opens a savepoint, so one row per statement made a segment per person, and merging
    /// them was a tenth of a new device's pull.
    pub fn index_people(
        &self,
        entries: &[IndexEntry<'_>],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut fts_stale: Vec<i64> = Vec::new();
        let mut fts_new: Vec<(i64, &str)> = Vec::new();
        for e in entries {
            let person = e.person;
            let f = &person.fields;
            let id = person.id.to_string();
            let indexed = self.indexed(&id)?;
            let nationalities: Vec<&str> = f.nationalities.iter().map(|n| n.code()).collect();
            self.exec(
                "INSERT INTO people (id, case_number, display_name, original_name, sex, birth_year,
                                     nationalities, status, site, group_id, created_at, updated_at,
                                     conflicts, search_text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                 ON CONFLICT (id) DO UPDATE SET
                    case_number = excluded.case_number, display_name = excluded.display_name,
                    original_name = excluded.original_name, sex = excluded.sex,
                    birth_year = excluded.birth_year, nationalities = excluded.nationalities,
                    status = excluded.status, site = excluded.site, group_id = excluded.group_id,
                    updated_at = excluded.updated_at, conflicts = excluded.conflicts,
                    search_text = excluded.search_text",
                params![
                    id,
                    person.case_number.to_string(),
                    person.display_name(),
                    original_name(&f.names),
                    f.sex.code(),
                    f.date_of_birth.map(|d| d.birth_year()),
                    nationalities.join(" "),
                    f.status.code(),
                    person.site.as_str(),
                    person.group.map(|g| g.to_string()),
                    ms(person.created_at),
                    ms(now),
                    i64::try_from(e.conflicts).unwrap_or(i64::MAX),
                    e.index.text,
                ],
            )?;
            // Most edits change no name: the search index is left as it is.
            if indexed.as_ref() != Some(e.index) {
                let (n, existed) = self.write_search_terms(&id, e.index)?;
                if existed {
                    fts_stale.push(n);
                }
                fts_new.push((n, e.index.text.as_str()));
            }
            self.write_leaflets_given(&id, e.handovers)?;
            self.write_links(&id, e.links)?;
        }
        if !fts_stale.is_empty() {
            self.exec(
                "DELETE FROM people_fts WHERE rowid IN (SELECT value FROM json_each(?1))",
                [json(&fts_stale)?],
            )?;
        }
        if !fts_new.is_empty() {
            self.exec(
                "INSERT INTO people_fts (rowid, text)
                 SELECT value ->> 0, value ->> 1 FROM json_each(?1)",
                [json(&fts_new)?],
            )?;
        }
        Ok(())
    }

    /// Replaces a person's rows of `person_links` with the decisions its document holds.
    fn write_links(&self, id: &str, links: &[IdentityLink]) -> Result<(), StoreError> {
        self.exec("DELETE FROM person_links WHERE person_id = ?1", [id])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO person_links (person_id, other_id, decision, in_conflict)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for l in links {
            insert.execute(params![
                id,
                l.other.to_string(),
                l.decision.code(),
                i64::from(l.in_conflict)
            ])?;
        }
        Ok(())
    }

    /// Every duplicate decision about `id`: those its document holds and those other records
    /// hold about it (seen from `id`: `other` is the other record). Both sides of a decision
    /// that agree give one entry; sides that disagree give one entry in conflict.
    pub fn links_of(&self, id: &str) -> Result<Vec<IdentityLink>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT other_id, decision, in_conflict FROM person_links WHERE person_id = ?1
             UNION ALL
             SELECT person_id, decision, in_conflict FROM person_links WHERE other_id = ?1",
        )?;
        let rows: Vec<(String, String, bool)> = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let mut found: std::collections::BTreeMap<PersonId, IdentityLink> = Default::default();
        for (other, decision, in_conflict) in rows {
            let (Ok(other), Some(decision)) = (other.parse(), LinkDecision::from_code(&decision))
            else {
                continue;
            };
            found
                .entry(other)
                .and_modify(|l| l.in_conflict |= in_conflict || l.decision != decision)
                .or_insert(IdentityLink {
                    other,
                    decision,
                    in_conflict,
                });
        }
        Ok(found.into_values().collect())
    }

    /// When a person held here was registered, if held.
    pub fn person_created_at(&self, id: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(self
            .row("SELECT created_at FROM people WHERE id = ?1", [id], |r| {
                r.get::<_, i64>(0)
            })
            .optional()?
            .map(from_ms))
    }

    /// Replaces the review candidates with the server's latest answer: `(a, b, pair JSON)` and
    /// `(id, profile JSON)` of the other sites' records they name. Pairs with a record this
    /// device does not hold and that no profile describes are the caller's to leave out.
    pub fn replace_review_candidates(
        &self,
        pairs: &[(String, String, String)],
        people: &[(String, String)],
    ) -> Result<(), StoreError> {
        self.exec("DELETE FROM review_candidates", [])?;
        self.exec("DELETE FROM review_people", [])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT OR REPLACE INTO review_candidates (a, b, position, pair)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (position, (a, b, pair)) in pairs.iter().enumerate() {
            insert.execute(params![
                a,
                b,
                i64::try_from(position).unwrap_or(i64::MAX),
                pair
            ])?;
        }
        let mut insert = self
            .tx
            .prepare_cached("INSERT OR REPLACE INTO review_people (id, profile) VALUES (?1, ?2)")?;
        for (id, profile) in people {
            insert.execute(params![id, profile])?;
        }
        Ok(())
    }

    /// Takes a pair out of the review candidates (a reviewer decided it here).
    pub fn remove_review_candidate(&self, a: &str, b: &str) -> Result<(), StoreError> {
        self.exec(
            "DELETE FROM review_candidates WHERE (a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1)",
            params![a, b],
        )?;
        Ok(())
    }

    /// The review candidates as stored: `(a, b, pair JSON)`, in the server's order.
    pub fn review_candidates(&self) -> Result<Vec<(String, String, String)>, StoreError> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT a, b, pair FROM review_candidates ORDER BY position")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The profile (JSON) of another site's record named by a review candidate.
    pub fn review_person(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .row(
                "SELECT profile FROM review_people WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Replaces a person's rows of `people_leaflets`: per leaflet, the first time it was given.
    fn write_leaflets_given(
        &self,
        id: &str,
        handovers: &[LeafletHandover],
    ) -> Result<(), StoreError> {
        let mut first: std::collections::BTreeMap<&str, i64> = std::collections::BTreeMap::new();
        for h in handovers {
            let at = ms(h.at);
            first
                .entry(h.details.leaflet.as_str())
                .and_modify(|t| *t = (*t).min(at))
                .or_insert(at);
        }
        self.exec("DELETE FROM people_leaflets WHERE person_id = ?1", [id])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO people_leaflets (person_id, leaflet, first_given_at) VALUES (?1, ?2, ?3)",
        )?;
        for (leaflet, at) in first {
            insert.execute(params![id, leaflet, at])?;
        }
        Ok(())
    }

    /// A person's search index entries as stored, if indexed by the current version.
    fn indexed(&self, id: &str) -> Result<Option<PersonIndex>, StoreError> {
        let row = self
            .row(
                "SELECT p.search_text, sd.n FROM people p JOIN search_docs sd ON sd.person_id = p.id
                 WHERE p.id = ?1 AND sd.version = ?2",
                params![id, SEARCH_INDEX_VERSION],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
            )
            .optional()?;
        let Some((text, n)) = row else {
            return Ok(None);
        };
        let mut stmt = self
            .tx
            .prepare_cached("SELECT term FROM people_terms WHERE n = ?1 ORDER BY term")?;
        let terms = stmt
            .query_map([n], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(Some(PersonIndex { text, terms }))
    }

    /// Replaces a person's name terms (the `people` row must exist); returns the person's
    /// search number and whether it had one before (then it may have an FTS5 row to replace).
    fn write_search_terms(&self, id: &str, index: &PersonIndex) -> Result<(i64, bool), StoreError> {
        let existing: Option<i64> = self
            .row(
                "SELECT n FROM search_docs WHERE person_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let n = match existing {
            Some(n) => {
                self.exec(
                    "UPDATE search_docs SET version = ?2 WHERE n = ?1",
                    params![n, SEARCH_INDEX_VERSION],
                )?;
                self.exec("DELETE FROM people_terms WHERE n = ?1", [n])?;
                n
            }
            None => self.row(
                "INSERT INTO search_docs (person_id, version) VALUES (?1, ?2) RETURNING n",
                params![id, SEARCH_INDEX_VERSION],
                |r| r.get(0),
            )?,
        };
        // One statement for all of a person's terms (some forty): a statement each was a
        // tenth of storing a pulled page.
        self.exec(
            "INSERT INTO people_terms (term, n) SELECT value, ?2 FROM json_each(?1)",
            params![json(&index.terms)?, n],
        )?;
        Ok((n, existing.is_some()))
    }

    /// Replaces a person's trigram text and name terms (the `people` row must exist).
    fn write_search_index(&self, id: &str, index: &PersonIndex) -> Result<(), StoreError> {
        let (n, existed) = self.write_search_terms(id, index)?;
        if existed {
            self.exec("DELETE FROM people_fts WHERE rowid = ?1", [n])?;
        }
        self.exec(
            "INSERT INTO people_fts (rowid, text) VALUES (?1, ?2)",
            params![n, index.text],
        )?;
        Ok(())
    }

    /// Rebuilds the search index of up to `limit` people indexed by an older version (or
    /// never: a store upgraded to schema 4), from their documents. A record that does not
    /// load keeps its old text, without name terms. Returns how many were rebuilt.
    fn reindex_stale_people(&self, limit: u32) -> Result<usize, StoreError> {
        let ids: Vec<String> = self
            .tx
            .prepare_cached(
                "SELECT person_id FROM search_docs WHERE version < ?1 ORDER BY n LIMIT ?2",
            )?
            .query_map(params![SEARCH_INDEX_VERSION, limit], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in &ids {
            let person = self.load_document(id).ok().and_then(|(_, doc)| {
                let doc = PersonDoc::from_automerge(doc);
                Some((doc.read().ok()?, doc.handovers()))
            });
            let index = match person {
                Some((person, handovers)) => {
                    self.write_leaflets_given(id, &handovers)?;
                    let index = person_index(&person);
                    self.exec(
                        "UPDATE people SET search_text = ?2 WHERE id = ?1",
                        params![id, index.text],
                    )?;
                    index
                }
                None => PersonIndex {
                    text: self.row("SELECT search_text FROM people WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })?,
                    terms: Vec::new(),
                },
            };
            self.write_search_index(id, &index)?;
        }
        Ok(ids.len())
    }

    /// Notes that a record changed and must be sent at the next sync.
    pub fn mark_for_sync(&self, id: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO outbox (doc_id, changed_at) VALUES (?1, ?2)
             ON CONFLICT (doc_id) DO UPDATE SET changed_at = excluded.changed_at,
                                                version = outbox.version + 1",
            params![id, ms(now)],
        )?;
        Ok(())
    }

    /// Appends to the audit log. Never put names or other sensitive content in `detail`.
    pub fn audit(
        &self,
        at: DateTime<Utc>,
        officer: Option<OfficerId>,
        action: &str,
        target: Option<&str>,
        detail: Option<&str>,
    ) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO audit_log (at, officer, action, target, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![ms(at), officer.map(|o| o.to_string()), action, target, detail],
        )?;
        Ok(())
    }

    /// Up to `limit` records waiting to be sent, oldest change first, with the heads the server
    /// last acknowledged for each.
    pub fn outbox(&self, limit: u64) -> Result<Vec<OutboxItem>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT o.doc_id, d.kind, o.version, h.acked_heads
             FROM outbox o JOIN documents d ON d.id = o.doc_id
             LEFT JOIN sync_heads h ON h.doc_id = o.doc_id
             WHERE d.quarantined_at IS NULL
             ORDER BY o.changed_at, o.doc_id LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([clamp(limit)], |r| {
                Ok(OutboxItem {
                    id: r.get(0)?,
                    kind: DocumentKind::from_code(&r.get::<_, String>(1)?),
                    version: r.get(2)?,
                    acked_heads: decode_heads(r.get::<_, Option<Vec<u8>>>(3)?.as_deref()),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The heads the server last acknowledged for a record (empty: never).
    pub fn acked_heads(&self, id: &str) -> Result<Vec<ChangeHash>, StoreError> {
        let bytes: Option<Vec<u8>> = self
            .row(
                "SELECT acked_heads FROM sync_heads WHERE doc_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(decode_heads(bytes.as_deref()))
    }

    /// Records what the server acknowledged for a record; the outbox entry is cleared only if
    /// the record did not change again since the push was built from outbox `sent_version`
    /// (else the newer change still waits).
    pub fn acknowledge(
        &self,
        id: &str,
        heads: &[ChangeHash],
        sent_version: i64,
    ) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO sync_heads (doc_id, acked_heads) VALUES (?1, ?2)
             ON CONFLICT (doc_id) DO UPDATE SET acked_heads = excluded.acked_heads",
            params![id, encode_heads(heads)],
        )?;
        self.exec(
            "DELETE FROM outbox WHERE doc_id = ?1 AND version = ?2",
            params![id, sent_version],
        )?;
        Ok(())
    }

    /// A named sync cursor (e.g. the pull cursor), 0 when never set.
    pub fn cursor(&self, name: &str) -> Result<u64, StoreError> {
        let v: Option<String> = self
            .row(
                "SELECT value FROM sync_cursors WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        Ok(v.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Keeps a leaflet pack received from the server (its id is the server's); a pack kept
    /// already is left as it is.
    pub fn add_leaflet_pack(
        &self,
        id: u64,
        edition: &str,
        received_at: &str,
        files: &[u8],
    ) -> Result<(), StoreError> {
        self.exec(
            "INSERT OR IGNORE INTO leaflet_packs (id, edition, received_at, files)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                i64::try_from(id).unwrap_or(i64::MAX),
                edition,
                received_at,
                files
            ],
        )?;
        Ok(())
    }

    /// The id of the latest leaflet pack kept (0: none).
    pub fn latest_leaflet_pack_id(&self) -> Result<u64, StoreError> {
        let id: i64 = self.row("SELECT coalesce(max(id), 0) FROM leaflet_packs", [], |r| {
            r.get(0)
        })?;
        Ok(u64::try_from(id).unwrap_or(0))
    }

    /// The latest `limit` leaflet packs kept, latest first: (id, files as kept).
    pub fn leaflet_packs(&self, limit: u32) -> Result<Vec<(u64, Vec<u8>)>, StoreError> {
        let mut statement = self
            .tx
            .prepare_cached("SELECT id, files FROM leaflet_packs ORDER BY id DESC LIMIT ?1")?;
        let rows = statement.query_map([limit], |r| {
            Ok((u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0), r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Sets a named sync cursor; commit it with the records it covers.
    pub fn set_cursor(&self, name: &str, value: u64) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO sync_cursors (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![name, value.to_string()],
        )?;
        Ok(())
    }

    /// Records this device's enrolment (replacing an earlier one).
    pub fn set_sync_identity(&self, id: &SyncIdentity) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO sync_identity (singleton, server_url, device_id, site, role, signing_key,
                                        enrolled_at, server_certificate)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (singleton) DO UPDATE SET server_url = excluded.server_url,
                device_id = excluded.device_id, site = excluded.site, role = excluded.role,
                signing_key = excluded.signing_key, enrolled_at = excluded.enrolled_at,
                server_certificate = excluded.server_certificate, last_sync_at = NULL,
                server_certificate_next = NULL",
            params![
                id.server_url,
                id.device_id,
                id.site,
                id.role,
                id.signing_key.as_slice(),
                ms(id.enrolled_at),
                id.server_certificate
            ],
        )?;
        Ok(())
    }

    /// This device's enrolment, if any.
    pub fn sync_identity(&self) -> Result<Option<SyncIdentity>, StoreError> {
        Ok(self
            .row(
                "SELECT server_url, device_id, site, role, signing_key, enrolled_at, last_sync_at,
                        server_certificate, server_certificate_next
                 FROM sync_identity",
                [],
                |r| {
                    Ok(SyncIdentity {
                        server_url: r.get(0)?,
                        device_id: r.get(1)?,
                        site: r.get(2)?,
                        role: r.get(3)?,
                        signing_key: Zeroizing::new(r.get(4)?),
                        enrolled_at: from_ms(r.get(5)?),
                        last_sync_at: r.get::<_, Option<i64>>(6)?.map(from_ms),
                        server_certificate: r.get(7)?,
                        server_certificate_next: r.get(8)?,
                    })
                },
            )
            .optional()?)
    }

    /// Replaces the pinned server certificates: the one the server presented over a pinned
    /// connection, and the one it announced for its next rotation.
    pub fn set_server_certificates(
        &self,
        current: &[u8],
        next: Option<&[u8]>,
    ) -> Result<(), StoreError> {
        self.exec(
            "UPDATE sync_identity SET server_certificate = ?1, server_certificate_next = ?2",
            params![current, next],
        )?;
        Ok(())
    }

    /// Notes a completed sync.
    pub fn set_last_sync(&self, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.exec("UPDATE sync_identity SET last_sync_at = ?1", [ms(at)])?;
        Ok(())
    }

    /// Forgets what the server acknowledged for a record, so the next push sends all of it.
    pub fn forget_acknowledgement(&self, id: &str) -> Result<(), StoreError> {
        self.exec("DELETE FROM sync_heads WHERE doc_id = ?1", [id])?;
        Ok(())
    }

    /// Whether a record waits in the outbox.
    pub fn outbox_contains(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .row("SELECT 1 FROM outbox WHERE doc_id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Records heads the server is known to hold for a record (from a pull), leaving the
    /// outbox as it is.
    pub fn record_acknowledged_heads(
        &self,
        id: &str,
        heads: &[ChangeHash],
    ) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO sync_heads (doc_id, acked_heads) VALUES (?1, ?2)
             ON CONFLICT (doc_id) DO UPDATE SET acked_heads = excluded.acked_heads",
            params![id, encode_heads(heads)],
        )?;
        Ok(())
    }

    /// Ids of the stored, readable (not quarantined) documents that are not waiting in the
    /// outbox, after `after` in id order, at most `limit`: to walk the synced records in pages.
    pub fn synced_document_ids_after(
        &self,
        after: &str,
        limit: u32,
    ) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id FROM documents WHERE id > ?1 AND quarantine_reason IS NULL \
             AND id NOT IN (SELECT doc_id FROM outbox) ORDER BY id LIMIT ?2",
        )?;
        let ids = stmt
            .query_map(params![after, limit], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(ids)
    }

    /// Whether a record is stored on this device.
    pub fn document_exists(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .row("SELECT 1 FROM documents WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Erases a record from this device: the document and everything derived from it (chunks,
    /// search row, outbox entry, acknowledged heads) are deleted and a tombstone is kept.
    /// `synced`: the server already knows (an erasure received from it); otherwise the erasure
    /// waits to be pushed. Erasing an erased record again only marks it synced if it now is.
    /// `kind` is used only when the record is not stored here (an erasure of a record this
    /// device never had).
    pub fn erase_document(
        &self,
        id: &str,
        kind: DocumentKind,
        reason: &str,
        now: DateTime<Utc>,
        synced: bool,
    ) -> Result<(), StoreError> {
        let stored: Option<String> = self
            .row("SELECT kind FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let kind = stored.map_or(kind, |k| DocumentKind::from_code(&k));
        self.exec("DELETE FROM documents WHERE id = ?1", [id])?;
        self.exec(
            "INSERT INTO erasures (id, kind, reason, erased_at, synced) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET synced = max(erasures.synced, excluded.synced)",
            params![id, kind.code(), reason, ms(now), i64::from(synced)],
        )?;
        Ok(())
    }

    /// Whether a record was erased (it must never be stored again).
    pub fn is_erased(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .row("SELECT 1 FROM erasures WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// This device's erasures that have not reached the server: (id, kind, reason code).
    pub fn pending_erasures(
        &self,
        limit: u64,
    ) -> Result<Vec<(String, DocumentKind, String)>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, kind, reason FROM erasures WHERE synced = 0 ORDER BY erased_at, id LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([clamp(limit)], |r| {
                Ok((
                    r.get(0)?,
                    DocumentKind::from_code(&r.get::<_, String>(1)?),
                    r.get(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Notes that the server has an erasure.
    pub fn erasure_synced(&self, id: &str) -> Result<(), StoreError> {
        self.exec("UPDATE erasures SET synced = 1 WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Retention: deletes the documents this device last wrote before `cutoff` that the server
    /// holds — acknowledged, nothing waiting in the outbox, not quarantined (a damaged record
    /// stays for a supervisor to look at). Never an unsynced one. Returns how many went.
    /// A household's group record goes only once none of its members is left here.
    pub fn purge_synced_before(&self, cutoff: DateTime<Utc>) -> Result<u64, StoreError> {
        // Each query walks an index that holds only its candidates (`documents_by_updated`,
        // `documents_by_owner`) and looks each one up in `sync_heads` and `outbox`: with `id IN
        // (SELECT …)` SQLite read every synced record's row, a second at 100,000 people on
        // every sync.
        const SYNCED: &str = "quarantined_at IS NULL
               AND EXISTS (SELECT 1 FROM sync_heads s
                           WHERE s.doc_id = documents.id AND length(s.acked_heads) > 0)
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.doc_id = documents.id)";
        let purgeable = format!("updated_at < ?1 AND {SYNCED}");
        let people = self.exec(
            &format!("DELETE FROM documents WHERE kind = 'person' AND {purgeable}"),
            [ms(cutoff)],
        )?;
        let groups = self.exec(
            &format!(
                "DELETE FROM documents WHERE kind = 'group' AND {purgeable}
                   AND NOT EXISTS (SELECT 1 FROM people p WHERE p.group_id = documents.id)"
            ),
            [ms(cutoff)],
        )?;
        // A person's sensitive part goes with them, whenever it last changed, once the server
        // holds it too (and is not counted: it is part of the person's record).
        self.exec(
            &format!(
                "DELETE FROM documents WHERE kind = 'sensitive' AND owner IS NOT NULL AND {SYNCED}
                   AND NOT EXISTS (SELECT 1 FROM documents p WHERE p.id = documents.owner)"
            ),
            [],
        )?;
        Ok(u64::try_from(people + groups).unwrap_or(0))
    }

    /// A device setting, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .row(
                "SELECT value FROM device_settings WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Sets a device setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.exec(
            "INSERT INTO device_settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Raw access for tests of damaged data: overwrite a document's stored snapshot.
    #[doc(hidden)]
    pub fn overwrite_snapshot_for_tests(&self, id: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.exec(
            "UPDATE documents SET snapshot = ?2 WHERE id = ?1",
            params![id, bytes],
        )?;
        self.exec("DELETE FROM document_chunks WHERE doc_id = ?1", [id])?;
        Ok(())
    }
}
