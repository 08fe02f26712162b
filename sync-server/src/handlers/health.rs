//! `GET /health`: is the server up, which protocol versions does it speak, does the database
//! answer.

use axum::{Json, extract::State, http::StatusCode};
use serde::Serialize;

use crate::{AppState, PROTOCOL_VERSIONS};

/// The `/health` body. Devices read `protocol_versions` before syncing; monitoring reads the
/// status code.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct Health {
    status: &'static str,
    version: &'static str,
    protocol_versions: &'static [u32],
    database: &'static str,
}

/// 200 when the database answers a query, 503 when it does not. The failure's detail goes to the
/// log only: `/health` is unauthenticated.
#[utoipa::path(
    get,
    path = "/health",
    tag = "operations",
    responses(
        (status = 200, body = Health, description = "up; the database answers"),
        (status = 503, body = Health, description = "the database does not answer"),
    )
)]
pub(crate) async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let (code, status, database) = match state.storage().ping().await {
        Ok(()) => (StatusCode::OK, "ok", "ok"),
        Err(error) => {
            tracing::error!(%error, "health check: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "unavailable",
            )
        }
    };
    let body = Health {
        status,
        version: env!("CARGO_PKG_VERSION"),
        protocol_versions: PROTOCOL_VERSIONS,
        database,
    };
    (code, Json(body))
}
