//! HTTPS: the rustls configuration from PEM files, or a self-signed certificate for a site
//! without a domain name or a certificate authority.
//!
//! The self-signed certificate is made once and kept (`<data_dir>/tls/cert.pem`, `key.pem`,
//! the key readable by the server's user only), because devices pin it when they enrol: a new
//! certificate means enrolling every device again. Its SHA-256 fingerprint is logged at start
//! so an operator can compare it with the one the app shows after enrolment.
//!
//! Rotating it without enrolling devices again takes two steps (`waypoint-server
//! rotate-certificate`): the next certificate is made beside the current one
//! (`next-cert.pem`, `next-key.pem`) and, from the next start, announced to every device that
//! opens a session over the current one — the channel the device already trusts — so the
//! device pins both; once devices have synced, `--finish` puts the next certificate in place.
//! A device that did not sync in between refuses the new certificate and must be enrolled
//! again (docs/threat-model.md).

use std::path::{Path, PathBuf};

use axum_server::tls_rustls::RustlsConfig;
use sha2::{Digest, Sha256};

/// Why HTTPS could not be set up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TlsError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    File {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The PEM files do not hold a usable certificate and key.
    #[error("{cert} / {key} are not a PEM certificate chain and its private key: {reason}")]
    BadPem {
        /// Certificate file.
        cert: PathBuf,
        /// Key file.
        key: PathBuf,
        /// Why.
        reason: String,
    },
    /// Making the self-signed certificate failed.
    #[error("could not make a self-signed certificate: {0}")]
    Generate(#[from] rcgen::Error),
}

/// The SHA-256 fingerprint of a DER certificate, as `AB:CD:…` (what browsers and the app show).
pub fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Loads PEM files into a rustls configuration; returns it with the leaf's fingerprint.
pub async fn from_files(cert: &Path, key: &Path) -> Result<(RustlsConfig, String), TlsError> {
    let chain = std::fs::read(cert).map_err(|source| TlsError::File {
        path: cert.to_owned(),
        source,
    })?;
    let bad = |reason: String| TlsError::BadPem {
        cert: cert.to_owned(),
        key: key.to_owned(),
        reason,
    };
    let leaf = pem_blocks(&chain)
        .into_iter()
        .next()
        .ok_or_else(|| bad("no CERTIFICATE block".to_owned()))?;
    let config = RustlsConfig::from_pem_file(cert, key)
        .await
        .map_err(|error| bad(error.to_string()))?;
    Ok((config, fingerprint(&leaf)))
}

/// The self-signed certificate in `dir`, made on first use for the names a device may use to
/// reach this server (`localhost`, loopback addresses, this host's name and `extra_names`).
pub async fn self_signed(
    dir: &Path,
    extra_names: &[String],
) -> Result<(RustlsConfig, String), TlsError> {
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    if !cert.exists() || !key.exists() {
        make_self_signed(dir, &cert, &key, extra_names)?;
    }
    from_files(&cert, &key).await
}

fn make_self_signed(
    dir: &Path,
    cert: &Path,
    key: &Path,
    extra_names: &[String],
) -> Result<(), TlsError> {
    let file_error = |path: &Path| {
        let path = path.to_owned();
        move |source| TlsError::File { path, source }
    };
    std::fs::create_dir_all(dir).map_err(file_error(dir))?;
    let mut names = vec![
        "localhost".to_owned(),
        "127.0.0.1".to_owned(),
        "::1".to_owned(),
    ];
    if let Ok(host) = std::fs::read_to_string("/etc/hostname") {
        let host = host.trim();
        if !host.is_empty() {
            names.push(host.to_owned());
        }
    }
    names.extend(extra_names.iter().cloned());
    names.dedup();
    let certified = rcgen::generate_simple_self_signed(names)?;
    write_private(key, certified.signing_key.serialize_pem().as_bytes())
        .map_err(file_error(key))?;
    std::fs::write(cert, certified.cert.pem()).map_err(file_error(cert))?;
    tracing::info!(certificate = %cert.display(), "made a self-signed TLS certificate");
    Ok(())
}

/// Makes the next self-signed certificate in `dir` beside the current one, unless it exists;
/// returns its fingerprint.
pub fn prepare_rotation(dir: &Path, extra_names: &[String]) -> Result<String, TlsError> {
    let cert = dir.join("next-cert.pem");
    let key = dir.join("next-key.pem");
    if !cert.exists() || !key.exists() {
        make_self_signed(dir, &cert, &key, extra_names)?;
    }
    next_certificate(&cert)?
        .map(|der| fingerprint(&der))
        .ok_or_else(|| TlsError::BadPem {
            cert: cert.clone(),
            key,
            reason: "no CERTIFICATE block".to_owned(),
        })
}

/// Puts the next self-signed certificate of `dir` in place of the current one (kept as
/// `previous-cert.pem`); returns the new fingerprint, or `None` if no rotation was prepared.
pub fn finish_rotation(dir: &Path) -> Result<Option<String>, TlsError> {
    let next_cert = dir.join("next-cert.pem");
    let next_key = dir.join("next-key.pem");
    if !next_cert.exists() || !next_key.exists() {
        return Ok(None);
    }
    let Some(der) = next_certificate(&next_cert)? else {
        return Ok(None);
    };
    let moved = |from: &Path, to: &Path| {
        std::fs::rename(from, to).map_err(|source| TlsError::File {
            path: from.to_owned(),
            source,
        })
    };
    let cert = dir.join("cert.pem");
    if cert.exists() {
        std::fs::copy(&cert, dir.join("previous-cert.pem")).map_err(|source| TlsError::File {
            path: cert.clone(),
            source,
        })?;
    }
    // The key first: a crash between the two renames leaves the old certificate with the new
    // key, which fails loudly at start rather than serving something devices do not pin.
    moved(&next_key, &dir.join("key.pem"))?;
    moved(&next_cert, &cert)?;
    Ok(Some(fingerprint(&der)))
}

/// The leaf certificate (DER) of a PEM file, if the file exists.
pub fn next_certificate(path: &Path) -> Result<Option<Vec<u8>>, TlsError> {
    match std::fs::read(path) {
        Ok(pem) => Ok(pem_blocks(&pem).into_iter().next()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(TlsError::File {
            path: path.to_owned(),
            source,
        }),
    }
}

/// Writes a file readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

/// The DER contents of every `CERTIFICATE` block of a PEM file.
fn pem_blocks(pem: &[u8]) -> Vec<Vec<u8>> {
    use rustls_pki_types::{CertificateDer, pem::PemObject};
    CertificateDer::pem_slice_iter(pem)
        .filter_map(Result::ok)
        .map(|c| c.to_vec())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_self_signed_certificate_is_made_once_and_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let tls = dir.path().join("tls");
        let (_, first) = self_signed(&tls, &[]).await.expect("made");
        let (_, again) = self_signed(&tls, &[]).await.expect("reused");
        assert_eq!(
            first, again,
            "a restart keeps the certificate devices pinned"
        );
        assert_eq!(first.len(), 32 * 3 - 1, "SHA-256 as AB:CD:…: {first}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(tls.join("key.pem"))
                .expect("key")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "the private key is the server user's only");
        }
    }

    #[tokio::test]
    async fn a_rotation_is_prepared_once_and_finished_in_place() {
        let dir = tempfile::tempdir().expect("dir");
        let tls = dir.path().join("tls");
        let (_, current) = self_signed(&tls, &[]).await.expect("made");
        assert_eq!(finish_rotation(&tls).expect("nothing to finish"), None);
        let next = prepare_rotation(&tls, &[]).expect("prepared");
        assert_ne!(next, current);
        assert_eq!(prepare_rotation(&tls, &[]).expect("again"), next, "kept");
        let (_, serving) = self_signed(&tls, &[]).await.expect("still the current");
        assert_eq!(serving, current, "prepared is not yet served");
        assert_eq!(finish_rotation(&tls).expect("finished"), Some(next.clone()));
        let (_, serving) = self_signed(&tls, &[]).await.expect("the next one");
        assert_eq!(serving, next);
        assert!(tls.join("previous-cert.pem").exists());
        assert_eq!(
            next_certificate(&tls.join("next-cert.pem")).expect("read"),
            None
        );
    }

    #[tokio::test]
    async fn files_that_are_not_pem_are_refused_with_both_paths() {
        let dir = tempfile::tempdir().expect("dir");
        let cert = dir.path().join("cert.pem");
        let key = dir.path().join("key.pem");
        std::fs::write(&cert, "not a certificate").expect("write");
        std::fs::write(&key, "not a key").expect("write");
        let error = from_files(&cert, &key).await.expect_err("refused");
        let message = error.to_string();
        assert!(
            message.contains("cert.pem") && message.contains("key.pem"),
            "{message}"
        );
    }
}
