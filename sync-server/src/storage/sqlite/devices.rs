//! Enrolment codes, devices, session challenges and tokens.

use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};
use uuid::Uuid;
use waypoint_core::{case_number::SiteCode, ids::DeviceId};

use crate::storage::{
    Device, EnrolOutcome, Millis, NewEnrolmentCode, RevokeOutcome, Sha256Hash, StorageError,
};

/// Columns [`device_from_row`] reads, in order, for the lookups every request makes: the count
/// of records pushed is left at 0 there (it scans the device's change-log entries).
const DEVICE_COLUMNS: &str = "d.id, d.site_code, d.role, d.public_key, d.enrolled_at, \
     d.revoked_at, d.last_sync_at, 0";

/// [`DEVICE_COLUMNS`] with the count of distinct records each device changed, for listings.
const DEVICE_COLUMNS_WITH_COUNTS: &str = "d.id, d.site_code, d.role, d.public_key, \
     d.enrolled_at, d.revoked_at, d.last_sync_at, \
     (SELECT count(DISTINCT c.record_id) FROM change_log c WHERE c.device_id = d.id)";

fn device_from_row(row: &Row<'_>) -> rusqlite::Result<Device> {
    let id: String = row.get(0)?;
    let site: String = row.get(1)?;
    let role: String = row.get(2)?;
    let public_key: Vec<u8> = row.get(3)?;
    let bad = |column: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, what.into())
    };
    Ok(Device {
        id: DeviceId(Uuid::parse_str(&id).map_err(|e| bad(0, e.to_string()))?),
        site: SiteCode::new(&site).map_err(|e| bad(1, e.to_string()))?,
        role: role.parse().map_err(|e: String| bad(2, e))?,
        public_key: public_key
            .try_into()
            .map_err(|_| bad(3, "public key is not 32 bytes".to_owned()))?,
        enrolled_at: row.get(4)?,
        revoked_at: row.get(5)?,
        last_sync_at: row.get(6)?,
        records_pushed: row.get::<_, i64>(7)?.try_into().unwrap_or(0),
    })
}

pub(super) fn add_enrolment_code(
    connection: &Connection,
    code: &NewEnrolmentCode,
) -> Result<(), StorageError> {
    connection.execute(
        "INSERT INTO enrolment_codes (code_hash, site_code, role, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            code.code_hash,
            code.site.as_str(),
            code.role.as_str(),
            code.created_at,
            code.expires_at
        ],
    )?;
    Ok(())
}

pub(super) fn enrol(
    connection: &mut Connection,
    code_hash: Sha256Hash,
    id: DeviceId,
    public_key: [u8; 32],
    expected_site: Option<String>,
    now: Millis,
) -> Result<EnrolOutcome, StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let code: Option<(String, String)> = tx
        .query_row(
            "SELECT site_code, role FROM enrolment_codes \
             WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2",
            params![code_hash, now],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((site, role)) = code else {
        return Ok(EnrolOutcome::CodeInvalid);
    };
    if expected_site.is_some_and(|expected| expected != site) {
        return Ok(EnrolOutcome::SiteMismatch { code_site: site });
    }
    let key_in_use: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM devices WHERE public_key = ?1)",
        [public_key],
        |row| row.get(0),
    )?;
    if key_in_use {
        return Ok(EnrolOutcome::PublicKeyInUse);
    }
    tx.execute(
        "INSERT INTO devices (id, site_code, role, public_key, enrolled_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.to_string(), site, role, public_key, now],
    )?;
    tx.execute(
        "UPDATE enrolment_codes SET used_at = ?2, used_by = ?3 WHERE code_hash = ?1",
        params![code_hash, now, id.to_string()],
    )?;
    let device = device_in(&tx, id)?.ok_or_else(|| {
        StorageError::Worker("a device just inserted cannot be read back".to_owned())
    })?;
    tx.commit()?;
    Ok(EnrolOutcome::Enrolled(device))
}

pub(super) fn device_in(
    connection: &Connection,
    id: DeviceId,
) -> Result<Option<Device>, StorageError> {
    Ok(connection
        .query_row(
            &format!("SELECT {DEVICE_COLUMNS_WITH_COUNTS} FROM devices d WHERE d.id = ?1"),
            [id.to_string()],
            device_from_row,
        )
        .optional()?)
}

pub(super) fn devices(connection: &Connection) -> Result<Vec<Device>, StorageError> {
    let mut statement = connection.prepare(&format!(
        "SELECT {DEVICE_COLUMNS_WITH_COUNTS} FROM devices d ORDER BY d.enrolled_at, d.id"
    ))?;
    let devices = statement
        .query_map([], device_from_row)?
        .collect::<Result<_, _>>()?;
    Ok(devices)
}

pub(super) fn revoke(
    connection: &mut Connection,
    id: DeviceId,
    now: Millis,
) -> Result<RevokeOutcome, StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let revoked_at: Option<Option<Millis>> = tx
        .query_row(
            "SELECT revoked_at FROM devices WHERE id = ?1",
            [id.to_string()],
            |row| row.get(0),
        )
        .optional()?;
    let outcome = match revoked_at {
        None => RevokeOutcome::NoSuchDevice,
        Some(Some(at)) => RevokeOutcome::AlreadyRevoked(at),
        Some(None) => {
            tx.execute(
                "UPDATE devices SET revoked_at = ?2 WHERE id = ?1",
                params![id.to_string(), now],
            )?;
            // Challenges are useless to a revoked device; tokens stay so that its next request
            // is answered `device_revoked` (and it wipes itself) rather than `unauthenticated`.
            tx.execute(
                "DELETE FROM session_nonces WHERE device_id = ?1",
                [id.to_string()],
            )?;
            RevokeOutcome::Revoked
        }
    };
    tx.commit()?;
    Ok(outcome)
}

pub(super) fn add_nonce(
    connection: &mut Connection,
    device: DeviceId,
    nonce_hash: Sha256Hash,
    expires_at: Millis,
    now: Millis,
) -> Result<(), StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute("DELETE FROM session_nonces WHERE expires_at <= ?1", [now])?;
    tx.execute(
        "INSERT INTO session_nonces (nonce_hash, device_id, expires_at) VALUES (?1, ?2, ?3)",
        params![nonce_hash, device.to_string(), expires_at],
    )?;
    tx.commit()?;
    Ok(())
}

pub(super) fn take_nonce(
    connection: &Connection,
    device: DeviceId,
    nonce_hash: Sha256Hash,
    now: Millis,
) -> Result<bool, StorageError> {
    // One statement: two requests with the same nonce cannot both see it.
    let expires_at: Option<Millis> = connection
        .query_row(
            "DELETE FROM session_nonces WHERE nonce_hash = ?1 AND device_id = ?2 \
             RETURNING expires_at",
            params![nonce_hash, device.to_string()],
            |row| row.get(0),
        )
        .optional()?;
    Ok(expires_at.is_some_and(|expires_at| expires_at > now))
}

pub(super) fn add_session(
    connection: &mut Connection,
    device: DeviceId,
    token_hash: Sha256Hash,
    expires_at: Millis,
    now: Millis,
) -> Result<(), StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute("DELETE FROM session_tokens WHERE expires_at <= ?1", [now])?;
    tx.execute(
        "INSERT INTO session_tokens (token_hash, device_id, expires_at) VALUES (?1, ?2, ?3)",
        params![token_hash, device.to_string(), expires_at],
    )?;
    tx.commit()?;
    Ok(())
}

pub(super) fn session_device(
    connection: &Connection,
    token_hash: Sha256Hash,
    now: Millis,
) -> Result<Option<Device>, StorageError> {
    Ok(connection
        .query_row(
            &format!(
                "SELECT {DEVICE_COLUMNS} FROM session_tokens t JOIN devices d ON d.id = t.device_id \
                 WHERE t.token_hash = ?1 AND t.expires_at > ?2"
            ),
            params![token_hash, now],
            device_from_row,
        )
        .optional()?)
}
