//! `kinesis`: Amazon Kinesis Data Streams from the command line.
//!
//! The layers, and the only direction they depend in:
//! `model ← error ← backend ← {engine, aws, server} ← commands ← main`.
//! `cli` sees only `model`; `output` sees only `model` and `error`.

#[cfg(feature = "aws")]
pub mod aws;
pub mod backend;
pub mod cli;
pub mod commands;
pub mod engine;
pub mod error;
pub mod model;
pub mod output;
#[cfg(feature = "server")]
pub mod server;
