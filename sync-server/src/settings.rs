//! Server settings: defaults in code, an optional TOML file, then `WAYPOINT_…` environment
//! variables, then command-line flags (applied by the binary). Each later source overrides the
//! earlier ones field by field.
//!
//! `waypoint-server.example.toml` beside this crate's `Cargo.toml` documents every key; a test
//! keeps it in step with [`Settings::default`].
//!
//! | key                    | environment                         | default               |
//! |------------------------|-------------------------------------|-----------------------|
//! | `bind`                 | `WAYPOINT_BIND`                     | `127.0.0.1:8787`      |
//! | `data_dir`             | `WAYPOINT_DATA_DIR`                 | `waypoint-data`       |
//! | `database`             | `WAYPOINT_DATABASE`                 | `<data_dir>/waypoint-server.sqlite3` |
//! | `database_key`         | `WAYPOINT_DATABASE_KEY`             | none (not encrypted)  |
//! | `log`                  | `WAYPOINT_LOG`                      | `info`                |
//! | `max_request_bytes`    | `WAYPOINT_MAX_REQUEST_BYTES`        | 8 MiB                 |
//! | `request_timeout_secs` | `WAYPOINT_REQUEST_TIMEOUT_SECS`     | 30                    |
//! | `tls_cert`             | `WAYPOINT_TLS_CERT`                 | none (plain HTTP)     |
//! | `tls_key`              | `WAYPOINT_TLS_KEY`                  | none                  |
//! | `tls_self_signed`      | `WAYPOINT_TLS_SELF_SIGNED`          | `false`               |
//!
//! Relative paths are relative to the server's working directory. An environment variable that is
//! set but empty counts as unset.

use std::{
    fmt,
    net::SocketAddr,
    path::{Path, PathBuf},
    time::Duration,
};

use serde::Deserialize;
use zeroize::Zeroizing;

/// File name of the database inside [`Settings::data_dir`].
pub const DATABASE_FILE_NAME: &str = "waypoint-server.sqlite3";

/// Everything an operator can configure.
///
/// `Debug` is safe to log: secrets print as `[redacted]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Settings {
    /// Address and port to listen on. Port 0 picks a free port (tests do this).
    pub bind: SocketAddr,
    /// Directory for the server's files. Created on first start.
    pub data_dir: PathBuf,
    /// Full path of the database file; when set it wins over `data_dir`.
    pub database: Option<PathBuf>,
    /// Passphrase that encrypts the database at rest (SQLCipher). Set it before the first start:
    /// a database created without a key cannot later be opened with one, and the reverse.
    pub database_key: Option<Secret>,
    /// Log filter, in `tracing_subscriber::EnvFilter` syntax (`info`, `waypoint_server=debug`).
    pub log: String,
    /// Largest request body accepted, in bytes.
    pub max_request_bytes: usize,
    /// Longest a request may take, in seconds, before the server answers 408.
    pub request_timeout_secs: u64,
    /// PEM certificate chain for HTTPS; with `tls_key`.
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for HTTPS; with `tls_cert`.
    pub tls_key: Option<PathBuf>,
    /// Serve HTTPS with a self-signed certificate kept in `data_dir/tls/` (made on first start;
    /// devices pin it at enrolment). For a site without a domain name or a CA.
    pub tls_self_signed: bool,
}

/// How the server serves: plain HTTP, or HTTPS from PEM files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain HTTP (loopback, or behind a TLS-terminating proxy).
    Off,
    /// HTTPS from these PEM files.
    Files {
        /// Certificate chain.
        cert: PathBuf,
        /// Private key.
        key: PathBuf,
    },
    /// HTTPS with a self-signed certificate in this directory.
    SelfSigned(PathBuf),
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            // Loopback by default: exposing the server to the network is an operator's decision.
            bind: SocketAddr::from(([127, 0, 0, 1], 8787)),
            data_dir: PathBuf::from("waypoint-data"),
            database: None,
            database_key: None,
            log: "info".to_owned(),
            max_request_bytes: 8 * 1024 * 1024,
            request_timeout_secs: 30,
            tls_cert: None,
            tls_key: None,
            tls_self_signed: false,
        }
    }
}

/// Limits the router enforces on every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpLimits {
    /// Largest request body accepted, in bytes.
    pub max_request_bytes: usize,
    /// Longest a request may take.
    pub request_timeout: Duration,
}

impl Default for HttpLimits {
    fn default() -> Self {
        Settings::default().http_limits()
    }
}

impl Settings {
    /// Reads settings: defaults, then the TOML file at `config_file` if given, then the
    /// environment as seen through `env` (pass `|name| std::env::var(name).ok()` in the binary;
    /// tests pass a map so they never touch the process environment).
    pub fn load(
        config_file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, SettingsError> {
        let mut settings = match config_file {
            Some(path) => Self::from_file(path)?,
            None => Self::default(),
        };
        settings.apply_env(env)?;
        settings.validate()?;
        Ok(settings)
    }

    /// Reads a TOML config file; keys it leaves out keep their defaults.
    pub fn from_file(path: &Path) -> Result<Self, SettingsError> {
        let text = std::fs::read_to_string(path).map_err(|source| SettingsError::ReadFile {
            path: path.to_owned(),
            source,
        })?;
        Self::from_toml(&text).map_err(|source| SettingsError::ParseFile {
            path: path.to_owned(),
            source,
        })
    }

    /// Parses TOML config text; keys it leaves out keep their defaults, unknown keys are errors.
    pub fn from_toml(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }

    /// Overrides fields from `WAYPOINT_…` variables, looked up through `env`.
    pub fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) -> Result<(), SettingsError> {
        let env = |name: &str| env(name).filter(|value| !value.is_empty());
        if let Some(value) = env("WAYPOINT_BIND") {
            self.bind = parse_env("WAYPOINT_BIND", &value, "an address like 127.0.0.1:8787")?;
        }
        if let Some(value) = env("WAYPOINT_DATA_DIR") {
            self.data_dir = PathBuf::from(value);
        }
        if let Some(value) = env("WAYPOINT_DATABASE") {
            self.database = Some(PathBuf::from(value));
        }
        if let Some(value) = env("WAYPOINT_DATABASE_KEY") {
            self.database_key = Some(Secret::new(value));
        }
        if let Some(value) = env("WAYPOINT_LOG") {
            self.log = value;
        }
        if let Some(value) = env("WAYPOINT_MAX_REQUEST_BYTES") {
            self.max_request_bytes =
                parse_env("WAYPOINT_MAX_REQUEST_BYTES", &value, "a number of bytes")?;
        }
        if let Some(value) = env("WAYPOINT_TLS_CERT") {
            self.tls_cert = Some(PathBuf::from(value));
        }
        if let Some(value) = env("WAYPOINT_TLS_KEY") {
            self.tls_key = Some(PathBuf::from(value));
        }
        if let Some(value) = env("WAYPOINT_TLS_SELF_SIGNED") {
            self.tls_self_signed = parse_env("WAYPOINT_TLS_SELF_SIGNED", &value, "true or false")?;
        }
        if let Some(value) = env("WAYPOINT_REQUEST_TIMEOUT_SECS") {
            self.request_timeout_secs = parse_env(
                "WAYPOINT_REQUEST_TIMEOUT_SECS",
                &value,
                "a number of seconds",
            )?;
        }
        Ok(())
    }

    /// Checks values that parse but cannot work.
    pub fn validate(&self) -> Result<(), SettingsError> {
        if self.max_request_bytes == 0 {
            return Err(SettingsError::Invalid {
                key: "max_request_bytes",
                hint: "must be at least 1",
            });
        }
        if self.request_timeout_secs == 0 {
            return Err(SettingsError::Invalid {
                key: "request_timeout_secs",
                hint: "must be at least 1",
            });
        }
        if self
            .database_key
            .as_ref()
            .is_some_and(|key| key.expose().is_empty())
        {
            return Err(SettingsError::Invalid {
                key: "database_key",
                hint: "is empty; remove it or set a passphrase",
            });
        }
        if self.tls_cert.is_some() != self.tls_key.is_some() {
            return Err(SettingsError::Invalid {
                key: "tls_cert",
                hint: "and tls_key go together: set both (PEM files) or neither",
            });
        }
        if self.tls_self_signed && self.tls_cert.is_some() {
            return Err(SettingsError::Invalid {
                key: "tls_self_signed",
                hint: "cannot be combined with tls_cert and tls_key; choose one",
            });
        }
        Ok(())
    }

    /// How to serve: plain HTTP, HTTPS from files, or HTTPS with a self-signed certificate.
    pub fn tls_mode(&self) -> TlsMode {
        match (&self.tls_cert, &self.tls_key) {
            (Some(cert), Some(key)) => TlsMode::Files {
                cert: cert.clone(),
                key: key.clone(),
            },
            _ if self.tls_self_signed => TlsMode::SelfSigned(self.data_dir.join("tls")),
            _ => TlsMode::Off,
        }
    }

    /// Where the database lives: `database` if set, else `data_dir/waypoint-server.sqlite3`.
    pub fn database_path(&self) -> PathBuf {
        self.database
            .clone()
            .unwrap_or_else(|| self.data_dir.join(DATABASE_FILE_NAME))
    }

    /// The limits the router enforces.
    pub fn http_limits(&self) -> HttpLimits {
        HttpLimits {
            max_request_bytes: self.max_request_bytes,
            request_timeout: Duration::from_secs(self.request_timeout_secs),
        }
    }
}

fn parse_env<T: std::str::FromStr>(
    name: &'static str,
    value: &str,
    expected: &'static str,
) -> Result<T, SettingsError> {
    value.parse().map_err(|_| SettingsError::Env {
        name,
        value: value.to_owned(),
        expected,
    })
}

/// A secret string (a passphrase, a token). `Debug` never shows it; memory is zeroed on drop.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct Secret(Zeroizing<String>);

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(Zeroizing::new(value))
    }
}

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self::from(value.into())
    }

    /// The secret itself, for the one place that must use it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Why settings could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsError {
    /// The config file could not be read.
    #[error("could not read config file {path}: {source}; check the --config path")]
    ReadFile {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The config file is not valid TOML or has an unknown or mistyped key.
    #[error(
        "config file {path} is invalid (waypoint-server.example.toml lists every key):\n{source}"
    )]
    ParseFile {
        /// The file.
        path: PathBuf,
        /// The parse error, which names the line and key.
        source: toml::de::Error,
    },
    /// An environment variable has a value that does not parse.
    #[error("environment variable {name}={value:?} is invalid; expected {expected}")]
    Env {
        /// The variable.
        name: &'static str,
        /// Its value. Never a secret: secret variables are taken as they are.
        value: String,
        /// What would have been accepted.
        expected: &'static str,
    },
    /// A value parses but cannot work.
    #[error("setting `{key}` {hint}")]
    Invalid {
        /// The key, as written in the config file.
        key: &'static str,
        /// What is wrong and how to fix it.
        hint: &'static str,
    },
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use rstest::rstest;

    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn defaults_listen_on_loopback_only() {
        let settings = Settings::load(None, env_of(&[])).expect("defaults load");
        assert!(
            settings.bind.ip().is_loopback(),
            "exposing the server must be an explicit choice"
        );
        assert_eq!(settings, Settings::default());
    }

    #[test]
    fn the_example_config_file_documents_the_defaults() {
        let example = include_str!("../waypoint-server.example.toml");
        let parsed = Settings::from_toml(example).expect("the example config parses");
        assert_eq!(
            parsed,
            Settings::default(),
            "the example file shows the defaults; update it with Settings::default"
        );
    }

    #[test]
    fn a_config_file_overrides_defaults_and_keeps_the_rest() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("server.toml");
        std::fs::write(&path, "bind = \"0.0.0.0:9000\"\nlog = \"debug\"\n").expect("write");
        let settings = Settings::load(Some(&path), env_of(&[])).expect("loads");
        assert_eq!(settings.bind, SocketAddr::from(([0, 0, 0, 0], 9000)));
        assert_eq!(settings.log, "debug");
        assert_eq!(settings.data_dir, Settings::default().data_dir);
    }

    #[test]
    fn environment_overrides_the_config_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("server.toml");
        std::fs::write(
            &path,
            "bind = \"0.0.0.0:9000\"\ndata_dir = \"/from/file\"\n",
        )
        .expect("write");
        let env = env_of(&[
            ("WAYPOINT_BIND", "127.0.0.1:0"),
            ("WAYPOINT_DATA_DIR", "/from/env"),
            ("WAYPOINT_LOG", "warn"),
        ]);
        let settings = Settings::load(Some(&path), env).expect("loads");
        assert_eq!(settings.bind, SocketAddr::from(([127, 0, 0, 1], 0)));
        assert_eq!(settings.data_dir, PathBuf::from("/from/env"));
        assert_eq!(settings.log, "warn");
    }

    #[test]
    fn an_empty_environment_variable_counts_as_unset() {
        let settings = Settings::load(None, env_of(&[("WAYPOINT_BIND", "")])).expect("loads");
        assert_eq!(settings.bind, Settings::default().bind);
    }

    #[rstest]
    #[case::default_location(&[], "waypoint-data/waypoint-server.sqlite3")]
    #[case::inside_data_dir(&[("WAYPOINT_DATA_DIR", "/srv/wp")], "/srv/wp/waypoint-server.sqlite3")]
    #[case::explicit_database_wins(
        &[("WAYPOINT_DATA_DIR", "/srv/wp"), ("WAYPOINT_DATABASE", "/db/x.sqlite3")],
        "/db/x.sqlite3"
    )]
    fn the_database_path_follows_data_dir_unless_set_explicitly(
        #[case] env: &[(&str, &str)],
        #[case] expected: &str,
    ) {
        let settings = Settings::load(None, env_of(env)).expect("loads");
        assert_eq!(settings.database_path(), PathBuf::from(expected));
    }

    #[rstest]
    #[case::bind("WAYPOINT_BIND", "localhost")]
    #[case::body_limit("WAYPOINT_MAX_REQUEST_BYTES", "8MB")]
    #[case::timeout("WAYPOINT_REQUEST_TIMEOUT_SECS", "-1")]
    fn an_unparsable_environment_variable_is_named_in_the_error(
        #[case] name: &str,
        #[case] value: &str,
    ) {
        let error = Settings::load(None, env_of(&[(name, value)])).expect_err("must fail");
        let message = error.to_string();
        assert!(
            message.contains(name) && message.contains(value),
            "the operator needs to know which variable to fix: {message}"
        );
    }

    #[test]
    fn an_unknown_key_in_the_config_file_is_rejected_by_name() {
        let error = Settings::from_toml("bnid = \"127.0.0.1:1\"\n").expect_err("typo must fail");
        assert!(
            error.to_string().contains("bnid"),
            "a typo must not be silently ignored: {error}"
        );
    }

    #[rstest]
    #[case::no_body("max_request_bytes = 0", "max_request_bytes")]
    #[case::no_time("request_timeout_secs = 0", "request_timeout_secs")]
    #[case::empty_key("database_key = \"\"", "database_key")]
    fn values_that_cannot_work_are_refused(#[case] toml: &str, #[case] key: &str) {
        let settings = Settings::from_toml(toml).expect("parses");
        let error = settings.validate().expect_err("must be refused");
        assert!(error.to_string().contains(key), "{error}");
    }

    #[test]
    fn debug_output_never_shows_the_database_key() {
        let settings = Settings::load(
            None,
            env_of(&[("WAYPOINT_DATABASE_KEY", "correct horse battery staple")]),
        )
        .expect("loads");
        let debug = format!("{settings:?}");
        assert!(
            !debug.contains("correct horse"),
            "settings are logged at start-up: {debug}"
        );
        assert!(debug.contains("[redacted]"), "{debug}");
    }
}
