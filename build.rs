//! Links the `kinesis` binary at a fixed address where the platform allows it (Linux with
//! glibc), unless the `pie` feature asks for a position-independent one.
//!
//! A position-independent binary of this size has some 60 000 relocations to apply, and the
//! pages holding them to copy, before `main` runs: a third of what a one-shot command such as
//! `kinesis put-record` costs, and a megabyte of its memory. Linked at a fixed address it has
//! none (code compiled position-independent links into it as it is, so nothing is rebuilt).
//! The price is address-space randomization of the binary's own code (libraries, heap and
//! stack stay randomized), as for Go's Linux binaries; `--features pie` keeps it, as
//! distributions' hardening rules ask.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    let fixed = target("CARGO_CFG_TARGET_OS") == "linux"
        && target("CARGO_CFG_TARGET_ENV") == "gnu"
        && std::env::var_os("CARGO_FEATURE_PIE").is_none();
    if fixed {
        println!("cargo::rustc-link-arg-bin=kinesis=-no-pie");
    }
}
