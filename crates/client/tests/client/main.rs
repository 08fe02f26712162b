//! Integration tests of the use cases over the real encrypted store.

mod support;

mod arrivals;
mod crash;
mod duplicates;
mod encryption;
mod leaflets;
mod officers;
mod records;
