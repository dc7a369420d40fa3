//! The integration tests: one binary, a module per topic. Every test gets its own data dir
//! and runs the real `kinesis` binary (or the library in-process, for the engine).

#![allow(clippy::unwrap_used, missing_docs)]

mod aws;
mod binary;
mod channels;
mod clients;
mod configuration;
mod conformance;
mod decode;
mod docs;
mod errors;
mod fanout;
mod faults;
mod helpers;
mod hostile;
mod input;
mod output;
mod perf;
mod precedence;
mod queues;
mod read;
mod records;
mod registry;
mod reliability;
mod reshard;
mod serve;
mod settings;
mod store;
mod streams;
mod upload;
