//! End-to-end tests of the `waypoint-server` binary: real processes, real sockets on 127.0.0.1,
//! a temporary data directory each.

mod init;
mod serve;
mod support;
