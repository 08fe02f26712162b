//! `GET /v1/openapi.json`: the HTTP API described as OpenAPI 3.1, generated from the handlers'
//! `#[utoipa::path]` attributes and the wire types' schemas (`waypoint-core`, feature
//! `openapi`), so the description cannot drift from the code.
//!
//! Sync bodies are CBOR maps, zstd-compressed (`Content-Encoding: zstd`); the schemas give their
//! keys and types. Byte strings (`format: binary`) are CBOR byte strings, ids are UUIDs sent
//! as 16-byte CBOR byte strings.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{health, records, review, session};

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Waypoint sync API",
        description = "Many-record sync between Waypoint devices and their site server. \
                       Protocol version 1; see docs/sync-protocol.md."
    ),
    paths(
        health::health,
        session::enrol,
        session::challenge,
        session::open,
        records::push,
        records::pull,
        records::compare,
        records::leaflets,
        review::candidates,
        openapi_json,
    ),
    modifiers(&BearerToken),
    tags(
        (name = "sync", description = "Enrolment, sessions, push, pull and repair"),
        (name = "operations", description = "Health and this description"),
    )
)]
pub(crate) struct ApiDoc;

/// Session tokens from `POST /v1/session`, sent as `Authorization: Bearer …`.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// This document.
#[utoipa::path(
    get,
    path = "/v1/openapi.json",
    tag = "operations",
    responses((status = 200, description = "the OpenAPI description of this API", content_type = "application/json"))
)]
pub(crate) async fn openapi_json() -> Json<&'static utoipa::openapi::OpenApi> {
    // Built once: it never changes while the server runs.
    static DOC: std::sync::OnceLock<utoipa::openapi::OpenApi> = std::sync::OnceLock::new();
    Json(DOC.get_or_init(ApiDoc::openapi))
}
