//! The keyring: the database key wrapped once per officer.
//!
//! The device's database is encrypted with one random 32-byte key. Each officer's passphrase
//! derives a key-encryption key with Argon2id (salt per officer, parameters stored with the slot
//! so they can be raised later), which wraps the database key with XChaCha20-Poly1305. The
//! keyring file holds only salts, parameters, wrapped keys, usernames and roles — never a
//! passphrase or an unwrapped key — so it is stored in plain JSON next to the database. It is
//! written atomically (temp file, fsync, rename), so a crash leaves the old or the new file.
//!
//! Wrong passphrases are counted per officer; from the third failure on, each further attempt
//! must wait longer (5 s, 10 s, 20 s, … up to 15 min). The delay is enforced by the app; against
//! an attacker who copies the file, Argon2id's cost is what protects the key.

use crate::StoreError;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use waypoint_core::ids::OfficerId;
use zeroize::{Zeroize, Zeroizing};

const AAD_PREFIX: &[u8] = b"waypoint-db-key-v1:";
const KEYRING_VERSION: u32 = 1;
/// Failed attempts allowed before delays start.
pub const FREE_ATTEMPTS: u32 = 3;
const MAX_DELAY_SECS: i64 = 15 * 60;

/// The database key, zeroised when dropped.
#[derive(Clone)]
pub struct DbKey(Zeroizing<[u8; 32]>);

impl DbKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self, StoreError> {
        let mut k = Zeroizing::new([0u8; 32]);
        getrandom::fill(k.as_mut()).map_err(|e| StoreError::Random(e.to_string()))?;
        Ok(Self(k))
    }
    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// The key as hex, for tests that open the database by hand. Never call it in the app.
#[doc(hidden)]
pub fn test_key_hex(key: &DbKey) -> String {
    hex::encode(key.bytes())
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(<redacted>)")
    }
}

/// Argon2id cost parameters, stored with each slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Iterations.
    pub iterations: u32,
    /// Parallelism.
    pub parallelism: u32,
}

impl KdfParams {
    /// For devices: 64 MiB, 3 passes — about half a second on a cheap phone, bearable at each
    /// unlock, and costly for anyone guessing passphrases from a stolen file.
    pub const DEVICE: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };
    /// Cheap parameters for tests only: never use for real data.
    pub const INSECURE_TEST_ONLY: KdfParams = KdfParams {
        memory_kib: 256,
        iterations: 1,
        parallelism: 1,
    };

    fn derive(&self, passphrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, StoreError> {
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|e| StoreError::Kdf(e.to_string()))?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
            .map_err(|e| StoreError::Kdf(e.to_string()))?;
        Ok(out)
    }
}

/// What an officer may do on a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Registers and edits people.
    Officer,
    /// Also manages officers, resolves conflicts and reviews duplicates.
    Supervisor,
}

/// An officer's slot: who, and the wrapped database key.
#[derive(Clone, Serialize, Deserialize)]
struct Slot {
    officer: OfficerId,
    username: String,
    display_name: String,
    role: Role,
    kdf: KdfParams,
    #[serde(with = "hex")]
    salt: Vec<u8>,
    #[serde(with = "hex")]
    nonce: Vec<u8>,
    #[serde(with = "hex")]
    wrapped_key: Vec<u8>,
    failed_attempts: u32,
    locked_until: Option<DateTime<Utc>>,
}

#[derive(Clone, Serialize, Deserialize)]
struct KeyringFile {
    version: u32,
    slots: Vec<Slot>,
}

/// Public facts about an officer, readable before unlocking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficerInfo {
    /// Officer id.
    pub id: OfficerId,
    /// Login name.
    pub username: String,
    /// Name shown in the app.
    pub display_name: String,
    /// Role.
    pub role: Role,
}

/// The keyring file of a device.
pub struct Keyring {
    path: PathBuf,
    file: KeyringFile,
}

impl Keyring {
    /// Opens the keyring in `dir`, or an empty one if the device has none yet.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join("keyring.json");
        let file = match std::fs::read(&path) {
            Ok(bytes) => {
                let file: KeyringFile = serde_json::from_slice(&bytes)
                    .map_err(|e| StoreError::KeyringCorrupt(e.to_string()))?;
                if file.version > KEYRING_VERSION {
                    return Err(StoreError::TooNew {
                        what: "keyring",
                        found: u64::from(file.version),
                        supported: u64::from(KEYRING_VERSION),
                    });
                }
                file
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => KeyringFile {
                version: KEYRING_VERSION,
                slots: Vec::new(),
            },
            Err(e) => return Err(StoreError::Io(e)),
        };
        Ok(Self { path, file })
    }

    /// Whether any officer exists (else the device is on its first run).
    pub fn is_initialised(&self) -> bool {
        !self.file.slots.is_empty()
    }

    /// The officers who can unlock this device.
    pub fn officers(&self) -> Vec<OfficerInfo> {
        self.file.slots.iter().map(info).collect()
    }

    /// Adds an officer whose passphrase unwraps `key`. Usernames are unique, case-insensitively.
    pub fn add_officer(
        &mut self,
        officer: &OfficerInfo,
        passphrase: &str,
        key: &DbKey,
        kdf: KdfParams,
    ) -> Result<(), StoreError> {
        if self.slot_index(&officer.username).is_some() {
            return Err(StoreError::UsernameTaken(officer.username.clone()));
        }
        let mut salt = vec![0u8; 16];
        let mut nonce = vec![0u8; 24];
        getrandom::fill(&mut salt).map_err(|e| StoreError::Random(e.to_string()))?;
        getrandom::fill(&mut nonce).map_err(|e| StoreError::Random(e.to_string()))?;
        let kek = kdf.derive(passphrase, &salt)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let aad = aad(officer.id);
        let wrapped_key = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: key.bytes(),
                    aad: &aad,
                },
            )
            .map_err(|_| StoreError::Kdf("key wrapping failed".into()))?;
        self.file.slots.push(Slot {
            officer: officer.id,
            username: officer.username.clone(),
            display_name: officer.display_name.clone(),
            role: officer.role,
            kdf,
            salt,
            nonce,
            wrapped_key,
            failed_attempts: 0,
            locked_until: None,
        });
        self.write()
    }

    /// Unwraps the database key with an officer's passphrase. Wrong passphrases are counted and
    /// delay further attempts; success resets the count.
    pub fn unlock(
        &mut self,
        username: &str,
        passphrase: &str,
        now: DateTime<Utc>,
    ) -> Result<(OfficerInfo, DbKey), StoreError> {
        let i = self
            .slot_index(username)
            .ok_or(StoreError::WrongCredentials)?;
        let slot = &self.file.slots[i];
        if let Some(until) = slot.locked_until
            && until > now
        {
            return Err(StoreError::TooManyAttempts {
                retry_after_secs: (until - now).num_seconds().max(1),
            });
        }
        let kek = slot.kdf.derive(passphrase, &slot.salt)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let aad = aad(slot.officer);
        let opened = cipher.decrypt(
            XNonce::from_slice(&slot.nonce),
            Payload {
                msg: &slot.wrapped_key,
                aad: &aad,
            },
        );
        match opened {
            Ok(mut plain) if plain.len() == 32 => {
                let mut key = Zeroizing::new([0u8; 32]);
                key.copy_from_slice(&plain);
                plain.zeroize();
                let slot = &mut self.file.slots[i];
                let info = info(slot);
                if slot.failed_attempts > 0 || slot.locked_until.is_some() {
                    slot.failed_attempts = 0;
                    slot.locked_until = None;
                    self.write()?;
                }
                Ok((info, DbKey(key)))
            }
            _ => {
                let slot = &mut self.file.slots[i];
                slot.failed_attempts += 1;
                if slot.failed_attempts >= FREE_ATTEMPTS {
                    let exp = (slot.failed_attempts - FREE_ATTEMPTS).min(20);
                    let delay = (5i64 << exp).min(MAX_DELAY_SECS);
                    slot.locked_until = Some(now + chrono::Duration::seconds(delay));
                }
                self.write()?;
                Err(StoreError::WrongCredentials)
            }
        }
    }

    /// Failed attempts recorded for an officer since their last successful unlock.
    pub fn failed_attempts(&self, username: &str) -> u32 {
        self.slot_index(username)
            .map_or(0, |i| self.file.slots[i].failed_attempts)
    }

    /// Removes every slot and the file: the key can no longer be unwrapped by anyone.
    pub fn destroy(&mut self) -> Result<(), StoreError> {
        self.file.slots.clear();
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(StoreError::Io(e)),
        }
    }

    fn slot_index(&self, username: &str) -> Option<usize> {
        let wanted = username.trim().to_lowercase();
        self.file
            .slots
            .iter()
            .position(|s| s.username.to_lowercase() == wanted)
    }

    fn write(&self) -> Result<(), StoreError> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let bytes = serde_json::to_vec_pretty(&self.file)
            .map_err(|e| StoreError::KeyringCorrupt(e.to_string()))?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(&bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&self.path)
            .map_err(|e| StoreError::Io(e.error))?;
        // Make the rename itself durable.
        std::fs::File::open(dir)?.sync_all()?;
        Ok(())
    }
}

fn aad(officer: OfficerId) -> Vec<u8> {
    let mut aad = AAD_PREFIX.to_vec();
    aad.extend_from_slice(officer.0.as_bytes());
    aad
}

fn info(slot: &Slot) -> OfficerInfo {
    OfficerInfo {
        id: slot.officer,
        username: slot.username.clone(),
        display_name: slot.display_name.clone(),
        role: slot.role,
    }
}
