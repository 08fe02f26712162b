//! Tests of the sync server: the router called without sockets (`api`, `sync`), and the
//! `waypoint-server` binary as real processes on 127.0.0.1 with a temporary data directory each
//! (`init`, `serve`, `admin`).

mod admin;
mod api;
mod erasure;
mod init;
mod leaflets;
mod review;
mod serve;
mod support;
mod sync;
