//! The integration tests: one binary, a module per topic. Every test gets its own data dir
//! and runs the real `kinesis` binary (or the library in-process, for the engine).

mod docs;
mod errors;
mod helpers;
mod output;
mod streams;
