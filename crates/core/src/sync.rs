//! Sync wire types, protocol version 1 (see `docs/sync-protocol.md`).
//!
//! Messages are CBOR maps (extensible: unknown keys are ignored by older readers) carried in
//! zstd-compressed HTTP bodies; compression belongs to the HTTP layer, not here. Decoding never
//! panics: any bytes give a message or a [`WireError`].

use automerge::ChangeHash;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The protocol version this build speaks.
pub const PROTOCOL_VERSION: u32 = 1;
/// Most records in one push or pull.
pub const MAX_RECORDS_PER_REQUEST: usize = 2_000;
/// Most bytes of record changes in one request, before compression.
pub const MAX_CHANGE_BYTES_PER_REQUEST: usize = 8 * 1024 * 1024;

/// A change hash on the wire (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
pub struct Hash(#[serde(with = "serde_bytes")] pub [u8; 32]);

impl From<ChangeHash> for Hash {
    fn from(h: ChangeHash) -> Self {
        Self(h.0)
    }
}

impl From<Hash> for ChangeHash {
    fn from(h: Hash) -> Self {
        ChangeHash(h.0)
    }
}

/// What kind of record a document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// A person.
    Person,
    /// A registration group.
    Group,
    /// A site's shared settings ([`crate::site`]); only supervisors' devices may push one.
    Site,
    /// The sensitive part of a person's record ([`crate::sensitive`]); sent to supervisors'
    /// devices only.
    Sensitive,
}

/// One record's changes that the server lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushRecord {
    /// Record id.
    pub id: Uuid,
    /// Record kind.
    pub kind: RecordKind,
    /// Heads the server last acknowledged (empty: never).
    pub base: Vec<Hash>,
    /// `save_after(base)`.
    #[serde(with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub changes: Vec<u8>,
}

/// Why a supervisor erased a record. Only the reason travels: who asked and why in words
/// stay in the erasing device's audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(ts_rs::TS)]
#[ts(export)]
pub enum ErasureReason {
    /// Registered by mistake (a test, the wrong person).
    EnteredInError,
    /// The same person registered twice; the other record is kept.
    Duplicate,
    /// The person asked for their data to be erased (GDPR Art. 17).
    PersonRequested,
    /// A court, authority or data-protection officer ordered it.
    Ordered,
}

impl ErasureReason {
    /// Every reason, for pickers.
    pub const ALL: [Self; 4] = [
        Self::EnteredInError,
        Self::Duplicate,
        Self::PersonRequested,
        Self::Ordered,
    ];

    /// The stable code (as on the wire and in databases).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::EnteredInError => "entered_in_error",
            Self::Duplicate => "duplicate",
            Self::PersonRequested => "person_requested",
            Self::Ordered => "ordered",
        }
    }

    /// The reason with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == code)
    }
}

/// A record a supervisor erased: its every byte is purged on the server and on every device
/// that syncs, and it can never come back (a later push of it is refused, see
/// [`PushResult::erased`]). Only the id is kept, as a tombstone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Erasure {
    /// Record id.
    pub id: Uuid,
    /// Record kind.
    pub kind: RecordKind,
    /// Why.
    pub reason: ErasureReason,
}

/// `POST /v1/push`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushRequest {
    /// The records.
    pub records: Vec<PushRecord>,
    /// Records erased on the device (only a device enrolled as supervisor may send these).
    /// Applied after `records`, in the same transaction.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub erasures: Vec<Erasure>,
}

/// The server's answer for one pushed record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushResult {
    /// Record id.
    pub id: Uuid,
    /// Heads the server holds now, after COMMIT (absent with `need_full`).
    #[serde(default)]
    pub heads: Vec<Hash>,
    /// The changes did not apply (a dependency is missing): send the whole document.
    #[serde(default)]
    pub need_full: bool,
    /// The record is erased on the server (by this push or earlier): nothing of it was stored;
    /// the device purges its copy.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub erased: bool,
}

/// Answer to `POST /v1/push`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushResponse {
    /// One result per pushed record.
    pub results: Vec<PushResult>,
    /// The change-log position of the latest change this push added (0: it added none, e.g. a
    /// replay). The device keeps the highest it committed and sends it as
    /// [`PullRequest::own_acked`].
    #[serde(default)]
    pub own_seq: u64,
    /// The server's epoch (see [`PullResponse::epoch`]).
    #[serde(default)]
    pub epoch: u64,
}

/// `POST /v1/pull`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PullRequest {
    /// The last cursor the device committed (0: from the start).
    pub cursor: u64,
    /// Most records wanted.
    pub limit: u32,
    /// The highest [`PushResponse::own_seq`] the device committed. A record whose every change
    /// after `cursor` is this device's own, acknowledged up to here, is not sent back: the
    /// device has it. (A device restored from a backup has a lower value, so it gets them.)
    #[serde(default)]
    pub own_acked: u64,
}

/// One record the device lacks changes of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PulledRecord {
    /// Record id.
    pub id: Uuid,
    /// Record kind.
    pub kind: RecordKind,
    /// Changes (possibly some the device has already; applying them again is a no-op).
    #[serde(with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub changes: Vec<u8>,
    /// The server's heads for the record after these changes.
    pub heads: Vec<Hash>,
}

/// Answer to `POST /v1/pull`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PullResponse {
    /// Records changed after the cursor.
    pub records: Vec<PulledRecord>,
    /// Cursor to commit with these records and send next time.
    pub next: u64,
    /// Whether more records wait.
    pub more: bool,
    /// The server's epoch: it changes when the server may have lost changes it acknowledged
    /// (restored from a backup). A device that sees another epoch than at its last sync
    /// repairs: it compares heads of every record and resends what the server lacks.
    #[serde(default)]
    pub epoch: u64,
    /// Records erased after the cursor (up to `next`): the device purges them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub erased: Vec<Uuid>,
}

/// Most leaflet packs in one answer to `POST /v1/leaflets` (each is the whole folder).
pub const MAX_LEAFLET_PACKS_PER_RESPONSE: usize = 4;

/// `POST /v1/leaflets`: the leaflet packs a server published that the device lacks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeafletsRequest {
    /// The id of the pack the device holds (0: none yet).
    pub after: u64,
}

/// Answer to `POST /v1/leaflets`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeafletsResponse {
    /// The packs with an id above the request's `after`, oldest first, at most
    /// [`MAX_LEAFLET_PACKS_PER_RESPONSE`]: a device asks again after the last one while it gets
    /// that many. Every pack, not only the latest: a hand-over recorded elsewhere may cite a
    /// text of an older one, which the device must be able to show.
    pub packs: Vec<PublishedLeaflets>,
}

/// A leaflet pack as published: the whole leaflet folder, checked by the server when it was
/// published (`waypoint_core::leaflet_pack::LeafletPack::from_files`) and again by the device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedLeaflets {
    /// Grows with each publication.
    pub id: u64,
    /// The pack's edition (`catalogue.toml`'s date).
    pub edition: String,
    /// When it was published, milliseconds since the Unix epoch (server clock).
    pub published_at: i64,
    /// Every file: (path under the folder, text).
    pub files: Vec<(String, String)>,
}

/// `POST /v1/compare`: 24 bytes per record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompareRequest {
    /// Record id and heads digest.
    pub records: Vec<(Uuid, HeadsDigest)>,
}

/// Answer to `POST /v1/compare`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompareResponse {
    /// Records whose heads differ, with the server's heads (empty: the server lacks the record).
    pub differ: Vec<(Uuid, Vec<Hash>)>,
    /// The server's epoch (see [`PullResponse::epoch`]).
    #[serde(default)]
    pub epoch: u64,
    /// Records of the request that were erased on the server: the device purges them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub erased: Vec<Uuid>,
}

/// How strongly the server's matcher thinks two records are one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CandidateStrength {
    /// Almost certainly the same person.
    Match,
    /// Worth a look.
    Probable,
}

/// One piece of evidence behind a candidate pair, as [`crate::names::score::Evidence::code`]
/// names it, with its weight in the score (negative: evidence against).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CandidateReason {
    /// E.g. `name:given:skeleton`, `date_of_birth:one_year_apart`.
    pub code: String,
    /// Contribution to the score.
    pub weight: f64,
}

/// Two records the server's matcher found alike: a question for a supervisor, never a merge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CandidatePair {
    /// One record (the smaller id).
    pub a: Uuid,
    /// The other.
    pub b: Uuid,
    /// The matching score.
    pub score: f64,
    /// Its class.
    pub strength: CandidateStrength,
    /// Why, strongest evidence first.
    pub reasons: Vec<CandidateReason>,
}

/// A name component as a reviewer compares it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewedName {
    /// `given`, `father`, `grandfather`, `family` or `other`.
    pub kind: String,
    /// As written, in its own script.
    pub original: String,
    /// Latin forms.
    pub latin: Vec<String>,
}

/// What a reviewer at another site sees of a record their device does not hold: the fields a
/// duplicate decision needs, nothing more (no documents, needs, notes or contacts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewedPerson {
    /// Record id.
    pub id: Uuid,
    /// The site that holds it.
    pub site: String,
    /// Its case number.
    pub case_number: String,
    /// When it was registered, milliseconds since the Unix epoch.
    pub created_at: i64,
    /// Name components.
    pub names: Vec<ReviewedName>,
    /// Sex code.
    pub sex: String,
    /// Date of birth as stored (`1990-05`, `~34@2026-11-23`).
    pub date_of_birth: Option<String>,
    /// Nationality codes.
    pub nationalities: Vec<String>,
}

impl ReviewedPerson {
    /// The reviewer's view of a record.
    pub fn of(person: &crate::model::Person) -> Self {
        let f = &person.fields;
        Self {
            id: person.id.0,
            site: person.site.to_string(),
            case_number: person.case_number.to_string(),
            created_at: person.created_at.timestamp_millis(),
            names: f
                .names
                .iter()
                .map(|n| ReviewedName {
                    kind: n.kind.code().to_owned(),
                    original: n.original.clone(),
                    latin: n.latin.clone(),
                })
                .collect(),
            sex: f.sex.code().to_owned(),
            date_of_birth: f.date_of_birth.map(|d| d.to_string()),
            nationalities: f
                .nationalities
                .iter()
                .map(|n| n.code().to_owned())
                .collect(),
        }
    }

    /// What the matcher compares of the record, with the document numbers kept beside it
    /// (never sent to another site).
    pub fn identity(&self, documents: &[String]) -> crate::names::Identity {
        use crate::model::{NameKind, Sex};
        crate::names::Identity {
            names: self
                .names
                .iter()
                .map(|n| crate::names::NamePart {
                    kind: NameKind::from_code(&n.kind),
                    original: n.original.clone(),
                    latin: n.latin.clone(),
                })
                .collect(),
            sex: Sex::from_code(&self.sex).unwrap_or(Sex::Unknown),
            date_of_birth: self.date_of_birth.as_deref().and_then(|d| d.parse().ok()),
            nationalities: self.nationalities.clone(),
            documents: documents.to_vec(),
            family: Vec::new(),
        }
    }
}

/// Answer to `GET /v1/review/candidates` (supervisor devices only): the undecided candidate
/// pairs with at least one record of the device's site.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CandidatesResponse {
    /// The pairs, strongest first.
    pub pairs: Vec<CandidatePair>,
    /// The records of the pairs that belong to other sites (the device holds its own).
    pub people: Vec<ReviewedPerson>,
}

/// The first 8 bytes of SHA-256 over a record's sorted heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
#[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
pub struct HeadsDigest(#[serde(with = "serde_bytes")] pub [u8; 8]);

/// The digest of a set of heads, independent of their order.
pub fn heads_digest(heads: &[ChangeHash]) -> HeadsDigest {
    let mut sorted: Vec<&ChangeHash> = heads.iter().collect();
    sorted.sort();
    let mut hasher = Sha256::new();
    for h in sorted {
        hasher.update(h.0);
    }
    let full = hasher.finalize();
    let mut out = [0u8; 8];
    out.copy_from_slice(&full[..8]);
    HeadsDigest(out)
}

/// What the users of an enrolled device may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeviceRole {
    /// Registers and edits people at the device's site.
    Officer,
    /// Also reviews duplicates and corrections, and reads sensitive parts.
    Supervisor,
}

impl DeviceRole {
    /// The stored and wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Officer => "officer",
            Self::Supervisor => "supervisor",
        }
    }
}

impl std::fmt::Display for DeviceRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DeviceRole {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "officer" => Ok(Self::Officer),
            "supervisor" => Ok(Self::Supervisor),
            _ => Err(format!(
                "unknown role {s:?}; use \"officer\" or \"supervisor\""
            )),
        }
    }
}

/// `POST /v1/enrol`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolRequest {
    /// The one-time code an administrator issued, as typed.
    pub code: String,
    /// The site the device was set up for: a code for another site is refused (`409
    /// site_mismatch`) and not spent. Older apps leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// The device's Ed25519 public key (32 bytes).
    #[serde(with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub public_key: Vec<u8>,
}

/// Answer to `POST /v1/enrol`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolResponse {
    /// The id the device authenticates with from now on.
    pub device_id: Uuid,
    /// The site whose records the device syncs.
    pub site: String,
    /// The device's role.
    pub role: DeviceRole,
}

/// `POST /v1/session/challenge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChallengeRequest {
    /// The enrolled device.
    pub device_id: Uuid,
}

/// Answer to `POST /v1/session/challenge`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChallengeResponse {
    /// Random bytes to sign; single use, valid for 60 seconds of server time.
    #[serde(with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub nonce: Vec<u8>,
}

/// `POST /v1/session`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionRequest {
    /// The enrolled device.
    pub device_id: Uuid,
    /// The nonce from the challenge.
    #[serde(with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub nonce: Vec<u8>,
    /// Ed25519 signature (64 bytes) over [`SESSION_SIGNING_PREFIX`] followed by the nonce.
    #[serde(with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub signature: Vec<u8>,
}

/// Answer to `POST /v1/session`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionResponse {
    /// The bearer token for `Authorization: Bearer …`.
    pub token: String,
    /// Seconds until the token expires, by the server's clock.
    pub expires_in: u64,
    /// The certificate (DER) this server will present once its operator rotates it, announced
    /// while the current one is still in use. A device that pinned the current certificate
    /// (a self-signed site server) trusts this one too from now on.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "serde_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Binary))]
    pub next_certificate: Option<Vec<u8>>,
}

impl std::fmt::Debug for SessionResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionResponse")
            .field("token", &"[redacted]")
            .field("expires_in", &self.expires_in)
            .field(
                "next_certificate",
                &self.next_certificate.as_ref().map(Vec::len),
            )
            .finish()
    }
}

/// What a device signs before the nonce, so a session signature can never be mistaken for a
/// signature over anything else.
pub const SESSION_SIGNING_PREFIX: &[u8] = b"waypoint-session-v1:";

/// The bytes a device signs to open a session: [`SESSION_SIGNING_PREFIX`] then the nonce.
pub fn session_signing_message(nonce: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(SESSION_SIGNING_PREFIX.len() + nonce.len());
    message.extend_from_slice(SESSION_SIGNING_PREFIX);
    message.extend_from_slice(nonce);
    message
}

/// A message that cannot be decoded.
#[derive(Debug, thiserror::Error)]
#[error("malformed sync message: {0}")]
pub struct WireError(String);

/// Encodes a message as CBOR.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail for these plain data types.
    if let Err(e) = ciborium::into_writer(message, &mut out) {
        debug_assert!(false, "encoding a sync message failed: {e}");
    }
    out
}

/// Decodes a CBOR message; any bytes give a message or an error, never a panic.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, WireError> {
    ciborium::from_reader(bytes).map_err(|e| WireError(e.to_string()))
}

/// zstd level for sync bodies: fast, and most of the win on CBOR-wrapped Automerge bytes.
pub const ZSTD_LEVEL: i32 = 3;

/// Compresses a sync body with zstd, with the frame's content checksum: a body damaged in
/// transit fails to decompress instead of decoding to other, valid-looking records.
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    // Writing into a Vec cannot fail; the level and the checksum flag are valid.
    let compressed =
        zstd::stream::write::Encoder::new(Vec::with_capacity(bytes.len() / 2), ZSTD_LEVEL)
            .and_then(|mut encoder| {
                encoder.include_checksum(true)?;
                encoder.write_all(bytes)?;
                encoder.finish()
            });
    compressed.unwrap_or_else(|e| {
        debug_assert!(false, "zstd compression into memory failed: {e}");
        Vec::new()
    })
}

/// Why a compressed body was refused.
#[derive(Debug, thiserror::Error)]
pub enum DecompressError {
    /// Not zstd, damaged, or its checksum does not match.
    #[error("the body is not valid zstd ({0})")]
    Damaged(std::io::Error),
    /// It decompresses to more than the limit (a zstd bomb, or too many records).
    #[error("the body decompresses to more than {0} bytes")]
    TooLarge(usize),
}

/// Decompresses a zstd body, refusing damage (checksums are verified when present) and
/// anything that grows past `limit` bytes.
pub fn decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, DecompressError> {
    use std::io::Read as _;
    let mut out = Vec::new();
    zstd::stream::read::Decoder::new(bytes)
        .and_then(|decoder| {
            decoder
                .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
                .read_to_end(&mut out)
        })
        .map_err(DecompressError::Damaged)?;
    if out.len() > limit {
        return Err(DecompressError::TooLarge(limit));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_compressed_body_round_trips_and_damage_is_caught_by_the_checksum() {
        let body: Vec<u8> = (0..50_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect();
        let compressed = compress(&body);
        assert!(compressed.len() < body.len() / 4);
        assert_eq!(
            decompress(&compressed, body.len()).expect("round trip"),
            body
        );
        for at in [
            compressed.len() / 3,
            compressed.len() / 2,
            compressed.len() - 6,
        ] {
            let mut damaged = compressed.clone();
            damaged[at] ^= 0x5A;
            assert!(
                decompress(&damaged, body.len()).is_err(),
                "a flipped byte at {at} of {} is refused",
                compressed.len()
            );
        }
        assert!(matches!(
            decompress(&compressed, body.len() - 1),
            Err(DecompressError::TooLarge(_))
        ));
    }

    fn hash() -> impl Strategy<Value = Hash> {
        any::<[u8; 32]>().prop_map(Hash)
    }

    fn push_record() -> impl Strategy<Value = PushRecord> {
        (
            any::<u128>(),
            any::<bool>(),
            proptest::collection::vec(hash(), 0..3),
            proptest::collection::vec(any::<u8>(), 0..200),
        )
            .prop_map(|(id, person, base, changes)| PushRecord {
                id: Uuid::from_u128(id),
                kind: if person {
                    RecordKind::Person
                } else {
                    RecordKind::Group
                },
                base,
                changes,
            })
    }

    proptest! {
        #[test]
        fn push_requests_round_trip(records in proptest::collection::vec(push_record(), 0..20), erased in proptest::collection::vec(any::<u128>(), 0..3)) {
            let erasures = erased.into_iter().map(|id| Erasure { id: Uuid::from_u128(id), kind: RecordKind::Person, reason: ErasureReason::Duplicate }).collect();
            let msg = PushRequest { records, erasures };
            prop_assert_eq!(decode::<PushRequest>(&encode(&msg)).expect("decodes"), msg);
        }

        #[test]
        fn pull_responses_round_trip(n in 0usize..10, next in any::<u64>(), more in any::<bool>(), epoch in any::<u64>(), heads in proptest::collection::vec(hash(), 0..3)) {
            let msg = PullResponse {
                records: (0..n).map(|i| PulledRecord { id: Uuid::from_u128(i as u128), kind: RecordKind::Person, changes: vec![i as u8; i], heads: heads.clone() }).collect(),
                next,
                more,
                epoch,
                erased: (0..n % 3).map(|i| Uuid::from_u128(i as u128 + 100)).collect(),
            };
            prop_assert_eq!(decode::<PullResponse>(&encode(&msg)).expect("decodes"), msg);
        }

        #[test]
        fn any_bytes_decode_to_a_message_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            // Every message either side decodes.
            let _ = decode::<PushRequest>(&bytes);
            let _ = decode::<PushResponse>(&bytes);
            let _ = decode::<PullRequest>(&bytes);
            let _ = decode::<PullResponse>(&bytes);
            let _ = decode::<CompareRequest>(&bytes);
            let _ = decode::<CompareResponse>(&bytes);
            let _ = decode::<EnrolRequest>(&bytes);
            let _ = decode::<EnrolResponse>(&bytes);
            let _ = decode::<ChallengeRequest>(&bytes);
            let _ = decode::<ChallengeResponse>(&bytes);
            let _ = decode::<SessionRequest>(&bytes);
            let _ = decode::<SessionResponse>(&bytes);
            let _ = decompress(&bytes, 1 << 20);
        }

        #[test]
        fn heads_digest_ignores_order(mut heads in proptest::collection::vec(any::<[u8; 32]>(), 0..5)) {
            let a: Vec<ChangeHash> = heads.iter().map(|h| ChangeHash(*h)).collect();
            heads.reverse();
            let b: Vec<ChangeHash> = heads.iter().map(|h| ChangeHash(*h)).collect();
            prop_assert_eq!(heads_digest(&a), heads_digest(&b));
        }
    }

    #[test]
    fn a_record_costs_little_more_than_its_changes_on_the_wire() {
        let changes = vec![7u8; 500];
        let msg = PushRequest {
            records: vec![PushRecord {
                id: Uuid::from_u128(1),
                kind: RecordKind::Person,
                base: vec![],
                changes: changes.clone(),
            }],
            ..PushRequest::default()
        };
        let overhead = encode(&msg).len() - changes.len();
        // The goal is ≤ 1.2 × a record's `save()` size (~500 B), before compression: < 100 B.
        assert!(overhead <= 64, "per-record framing is {overhead} bytes");
    }

    #[test]
    fn unknown_keys_from_a_newer_peer_are_ignored() {
        #[derive(Serialize)]
        struct Newer {
            cursor: u64,
            limit: u32,
            priority: &'static str,
        }
        let bytes = encode(&Newer {
            cursor: 5,
            limit: 10,
            priority: "high",
        });
        assert_eq!(
            decode::<PullRequest>(&bytes).expect("decodes"),
            PullRequest {
                cursor: 5,
                limit: 10,
                own_acked: 0,
            },
            "and a field it did not send takes its default"
        );
    }
}
