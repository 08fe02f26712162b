//! # waypoint-store
//!
//! The device's encrypted store: one SQLCipher database holding records as Automerge documents
//! (snapshot plus incremental chunks), a materialised index for lists and search, the outbox and
//! sync state, officers and an append-only audit log; and the [`keyring`] that wraps the
//! database key once per officer.
//!
//! It owns persistence and encryption at rest. It does not own the use cases (who may do what,
//! when to sync): those are in `waypoint-client`.
//!
//! ```no_run
//! use waypoint_store::{Store, keyring::DbKey};
//! let key = DbKey::generate()?;
//! let store = Store::open(std::path::Path::new("/tmp/waypoint.db"), &key)?;
//! assert_eq!(store.people_count()?, 0);
//! # Ok::<(), waypoint_store::StoreError>(())
//! ```
#![deny(missing_docs)]

mod db;
mod error;
pub mod keyring;
mod search;

pub use db::{
    AuditEntry, COMPACT_AFTER_CHUNKS, DeviceRecord, DocumentKind, IndexEntry, OutboxItem,
    PeopleFilter, PersonListItem, SCHEMA_VERSION, SEARCH_COUNT_LIMIT, Store, SyncIdentity, Tx,
};
pub use error::StoreError;
pub use search::{PersonIndex, person_index};
