//! The Waypoint sync server binary: a thin shell over the `waypoint_server` library.
//!
//! Run with `cargo run -p waypoint-server -- serve`.
//!
//! `waypoint-server serve [--config PATH] [--bind ADDR] [--data-dir DIR]` serves the sync API;
//! once it listens it prints exactly one line to stdout, `listening on http://ADDR`, so scripts and
//! tests that pass `--bind 127.0.0.1:0` can read the port. Logs go to stderr.
//!
//! `waypoint-server init [--config PATH] [--data-dir DIR]` creates (or migrates) the database,
//! prints where it is, and exits.
//!
//! Administrator commands (same `--config`/`--data-dir`; safe to run while the server serves):
//! `enrolment-code --site LSV --role officer [--valid-hours 24]` prints a one-time code on the
//! first line of stdout; `devices` lists enrolled devices; `revoke DEVICE_ID` stops a device from
//! syncing; `status` shows each device's last sync and how many records it pushed.

use std::{future::Future, io::Write, net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use waypoint_core::{case_number::SiteCode, ids::DeviceId};
use waypoint_server::{
    AppState, Clock, SystemClock, admin, router,
    settings::{Settings, TlsMode},
    storage::{PublishOutcome, RevokeOutcome, SqliteStorage, Storage},
    tls,
    wire::Role,
};

#[derive(Debug, Parser)]
#[command(
    name = "waypoint-server",
    version,
    about = "Waypoint's self-hosted sync server."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the sync API until SIGINT or SIGTERM.
    Serve {
        #[command(flatten)]
        common: CommonArgs,
        /// Address to listen on, e.g. 0.0.0.0:8787 (port 0 picks a free port) [config: bind,
        /// env: WAYPOINT_BIND]
        #[arg(long, value_name = "ADDR")]
        bind: Option<SocketAddr>,
    },
    /// Create or migrate the database, print where it is, and exit.
    Init {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Issue a one-time code that enrols one device at a site; prints the code.
    EnrolmentCode {
        #[command(flatten)]
        common: CommonArgs,
        /// Site code the device will belong to, e.g. LSV
        #[arg(long, value_parser = parse_site)]
        site: SiteCode,
        /// What the device's users may do: officer or supervisor
        #[arg(long)]
        role: Role,
        /// Hours until the code stops working
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u64).range(1..=24 * 30))]
        valid_hours: u64,
    },
    /// List enrolled devices.
    Devices {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Revoke a device: it can no longer sync and wipes its local store when it next connects.
    Revoke {
        #[command(flatten)]
        common: CommonArgs,
        /// The device's id, as `waypoint-server devices` lists it
        device_id: DeviceId,
    },
    /// Show each device's last sync time and how many records it pushed.
    Status {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Start a new epoch: run after restoring the database from a backup, so that every device
    /// compares its records with the server's and resends what the backup lacks.
    NewEpoch {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Check the database: SQLite's integrity, and that every record's snapshot and change
    /// chunks agree with its heads. Exits with status 1 if anything is wrong.
    Verify {
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Rotate the self-signed certificate without enrolling devices again: makes the next
    /// certificate, which the server announces from its next start to every device that syncs;
    /// once they have, run again with --finish and restart to serve it. A device that did not
    /// sync in between refuses the new certificate and must be enrolled again.
    RotateCertificate {
        #[command(flatten)]
        common: CommonArgs,
        /// Serve the prepared certificate from the next start (the current one is kept as
        /// previous-cert.pem)
        #[arg(long)]
        finish: bool,
    },
    /// Publish a leaflet folder (the repository's `leaflets/` layout) to every device: checked
    /// whole as the app checks its own, refused unless its catalogue's edition is later than the
    /// last one published. Devices fetch it at their next sync and keep the older texts.
    PublishLeaflets {
        #[command(flatten)]
        common: CommonArgs,
        /// The folder holding catalogue.toml
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

fn parse_site(text: &str) -> Result<SiteCode, String> {
    SiteCode::new(text).map_err(|error| error.to_string())
}

#[derive(Debug, Args)]
struct CommonArgs {
    /// TOML config file; see waypoint-server.example.toml for every key
    #[arg(long, value_name = "PATH", env = "WAYPOINT_CONFIG")]
    config: Option<PathBuf>,
    /// Directory for the server's files [config: data_dir, env: WAYPOINT_DATA_DIR]
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { common, bind } => {
            let mut settings = load_settings(&common)?;
            if let Some(bind) = bind {
                settings.bind = bind;
            }
            init_tracing(&settings.log)?;
            serve(settings)
        }
        Command::Init { common } => {
            let settings = load_settings(&common)?;
            init_tracing(&settings.log)?;
            let storage = open_storage(&settings)?;
            let version = storage.schema_version()?;
            println!(
                "database ready at {} (schema version {version})",
                storage.location().display()
            );
            Ok(())
        }
        Command::EnrolmentCode {
            common,
            site,
            role,
            valid_hours,
        } => {
            let storage = open_admin_storage(&common)?;
            let issued = block_on(admin::issue_enrolment_code(
                &storage,
                site,
                role,
                Duration::from_secs(valid_hours * 60 * 60),
                SystemClock.now(),
            ))?;
            println!("{}", issued.code);
            println!(
                "enrols one device at site {} as {}; valid until {}",
                issued.site.as_str(),
                issued.role,
                admin::format_time(issued.expires_at)
            );
            Ok(())
        }
        Command::Devices { common } => {
            let storage = open_admin_storage(&common)?;
            print!("{}", admin::devices_table(&block_on(storage.devices())?));
            Ok(())
        }
        Command::Status { common } => {
            let storage = open_admin_storage(&common)?;
            print!("{}", admin::status_table(&block_on(storage.devices())?));
            Ok(())
        }
        Command::NewEpoch { common } => {
            let storage = open_admin_storage(&common)?;
            let epoch = block_on(storage.new_epoch())?;
            println!("new epoch {epoch}: devices will repair at their next sync");
            Ok(())
        }
        Command::RotateCertificate { common, finish } => {
            let settings = load_settings(&common)?;
            let TlsMode::SelfSigned(dir) = settings.tls_mode() else {
                anyhow::bail!(
                    "only a self-signed certificate (tls_self_signed = true) is rotated here; \
                     a certificate from a CA renews without devices noticing"
                );
            };
            if finish {
                match tls::finish_rotation(&dir)? {
                    Some(fingerprint) => println!(
                        "the next certificate is in place: {fingerprint}\nrestart the server to serve it"
                    ),
                    None => anyhow::bail!(
                        "no rotation was prepared; run rotate-certificate without --finish first"
                    ),
                }
            } else {
                let fingerprint = tls::prepare_rotation(&dir, &[])?;
                println!(
                    "next certificate: {fingerprint}\nrestart the server to announce it; once \
                     every device has synced, run rotate-certificate --finish and restart"
                );
            }
            Ok(())
        }
        Command::Verify { common } => {
            let storage = open_admin_storage(&common)?;
            let report = block_on(storage.verify())?;
            for problem in &report.problems {
                println!("problem: {problem}");
            }
            println!(
                "{} records, {} change chunks checked: {}",
                report.records,
                report.chunks,
                if report.problems.is_empty() {
                    "all sound".to_owned()
                } else {
                    format!("{} problems", report.problems.len())
                }
            );
            if report.problems.is_empty() {
                Ok(())
            } else {
                std::process::exit(1)
            }
        }
        Command::PublishLeaflets { common, dir } => {
            let files = admin::read_leaflet_folder(&dir)
                .with_context(|| format!("cannot read the leaflet folder {}", dir.display()))?;
            let pack = waypoint_core::leaflet_pack::LeafletPack::from_files(
                files.iter().map(|(p, t)| (p.as_str(), t.as_str())),
            )
            .map_err(|problems| {
                anyhow::anyhow!(
                    "{} is not a whole leaflet folder; nothing was published:\n  {}",
                    dir.display(),
                    problems.join("\n  ")
                )
            })?;
            let edition = pack.edition().to_owned();
            let storage = open_admin_storage(&common)?;
            match block_on(storage.publish_leaflets(edition.clone(), files, SystemClock.now()))? {
                PublishOutcome::Published(id) => {
                    println!(
                        "published leaflet edition {edition} as pack {id}: {} leaflets, {} texts; \
                         devices fetch it at their next sync",
                        pack.metas.len(),
                        pack.texts.len()
                    );
                    Ok(())
                }
                PublishOutcome::NotLater { latest } => anyhow::bail!(
                    "edition {edition} is not later than the published edition {latest}; set a \
                     later date as `edition` in catalogue.toml"
                ),
            }
        }
        Command::Revoke { common, device_id } => {
            let storage = open_admin_storage(&common)?;
            match block_on(storage.revoke(device_id, SystemClock.now()))? {
                RevokeOutcome::Revoked => {
                    println!("revoked device {device_id}; it can no longer sync");
                    Ok(())
                }
                RevokeOutcome::AlreadyRevoked(at) => {
                    println!(
                        "device {device_id} was already revoked at {}",
                        admin::format_time(at)
                    );
                    Ok(())
                }
                RevokeOutcome::NoSuchDevice => anyhow::bail!(
                    "no device {device_id} is enrolled; list devices with `waypoint-server devices`"
                ),
            }
        }
    }
}

/// Opens the database for an administrator command; logs only warnings, so that stdout and
/// stderr stay readable.
fn open_admin_storage(common: &CommonArgs) -> anyhow::Result<SqliteStorage> {
    let settings = load_settings(common)?;
    let storage = SqliteStorage::open(&settings.database_path(), settings.database_key.as_ref())
        .with_context(|| {
            format!(
                "could not open the database at {}",
                settings.database_path().display()
            )
        })?;
    Ok(storage)
}

/// Runs one storage call to completion (administrator commands are one-shot).
fn block_on<T, E>(future: impl Future<Output = Result<T, E>>) -> anyhow::Result<T>
where
    E: std::error::Error + Send + Sync + 'static,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("could not start the async runtime")?;
    Ok(runtime.block_on(future)?)
}

/// Defaults, then the config file, then the environment, then command-line flags.
fn load_settings(args: &CommonArgs) -> anyhow::Result<Settings> {
    let mut settings = Settings::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
    if let Some(data_dir) = &args.data_dir {
        settings.data_dir.clone_from(data_dir);
    }
    Ok(settings)
}

fn init_tracing(filter: &str) -> anyhow::Result<()> {
    let filter = EnvFilter::try_new(filter).with_context(|| {
        format!("invalid log filter {filter:?} (WAYPOINT_LOG or `log`); try \"info\"")
    })?;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    Ok(())
}

fn open_storage(settings: &Settings) -> anyhow::Result<SqliteStorage> {
    tracing::info!(?settings, "settings");
    let path = settings.database_path();
    let storage = SqliteStorage::open(&path, settings.database_key.as_ref())?;
    tracing::info!(database = %path.display(), "database open");
    Ok(storage)
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    // Opened before the runtime starts: blocking start-up work needs no spawn_blocking.
    let storage = open_storage(&settings)?;
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(run(settings, storage))
}

async fn run(settings: Settings, storage: SqliteStorage) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(settings.bind)
        .await
        .with_context(|| {
            format!(
                "could not listen on {}; is another program using the port? change --bind or \
                 WAYPOINT_BIND",
                settings.bind
            )
        })?;
    let address = listener
        .local_addr()
        .context("could not read the bound address")?;
    // Installed before announcing, so a signal sent right after the announcement is handled.
    let shutdown = shutdown_signal()?;
    let mut next_certificate = None;
    let tls = match settings.tls_mode() {
        TlsMode::Off => None,
        TlsMode::Files { cert, key } => Some(tls::from_files(&cert, &key).await?),
        TlsMode::SelfSigned(dir) => {
            next_certificate = tls::next_certificate(&dir.join("next-cert.pem"))?;
            Some(tls::self_signed(&dir, &[]).await?)
        }
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    if let Some((_, fingerprint)) = &tls {
        tracing::info!(%fingerprint, "TLS certificate (SHA-256)");
    }
    if let Some(der) = &next_certificate {
        let fingerprint = tls::fingerprint(der);
        tracing::info!(%fingerprint, "announcing the next TLS certificate to devices (SHA-256)");
    }
    let state = AppState::new(Arc::new(storage), settings.http_limits())
        .with_next_certificate(next_certificate);
    waypoint_server::spawn_matcher(state.clone());

    tracing::info!(%address, scheme, "listening");
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "listening on {scheme}://{address}")
        .and_then(|()| stdout.flush())
        .context("could not write to stdout")?;
    drop(stdout);

    // Graceful: stop accepting, let requests in flight finish (the request timeout bounds them).
    match tls {
        None => axum::serve(listener, router(state))
            .with_graceful_shutdown(shutdown)
            .await
            .context("the server stopped with an error")?,
        Some((config, _)) => {
            let handle = axum_server::Handle::new();
            let grace = settings.http_limits().request_timeout;
            let stopper = handle.clone();
            tokio::spawn(async move {
                shutdown.await;
                stopper.graceful_shutdown(Some(grace));
            });
            axum_server::from_tcp_rustls(
                listener
                    .into_std()
                    .context("could not hand the socket to the TLS server")?,
                config,
            )
            .context("could not start the TLS server")?
            .handle(handle)
            .serve(router(state).into_make_service())
            .await
            .context("the server stopped with an error")?;
        }
    }
    tracing::info!("stopped");
    Ok(())
}

#[cfg(unix)]
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt()).context("could not watch SIGINT")?;
    let mut terminate = signal(SignalKind::terminate()).context("could not watch SIGTERM")?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => tracing::info!("SIGINT: shutting down"),
            _ = terminate.recv() => tracing::info!("SIGTERM: shutting down"),
        }
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()>> {
    Ok(async {
        match tokio::signal::ctrl_c().await {
            Ok(()) => tracing::info!("Ctrl-C: shutting down"),
            Err(error) => {
                tracing::error!(%error, "could not watch Ctrl-C; stop the process another way");
                std::future::pending::<()>().await;
            }
        }
    })
}
