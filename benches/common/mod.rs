//! What the benchmarks share: running a command and reading its peak memory, and a
//! `kinesis serve` to measure against. Each benchmark uses part of it.

#![allow(unsafe_code, dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The binary under measurement.
pub const BIN: &str = env!("CARGO_BIN_EXE_kinesis");

/// A child process, killed when dropped.
pub struct Killed(pub Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `kinesis serve` on a free port over the store in `data_dir`; answers it and its URL.
pub fn serve(data_dir: &Path) -> (Killed, String) {
    let mut serve = Command::new(BIN)
        .args(["serve", "--port", "0", "--data-dir"])
        .arg(data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start kinesis serve");
    let mut url = String::new();
    BufReader::new(serve.stdout.take().expect("stdout")).read_line(&mut url).expect("server URL");
    (Killed(serve), url.trim().to_string())
}

/// This benchmark run again as an aws-sdk-kinesis client process, told what to do by
/// `mode_var` = `mode`, with test credentials and no AWS configuration of the machine's (the
/// SDK takes its credentials from its process's environment).
pub fn sdk_client(mode_var: &str, mode: &str) -> Command {
    let mut c = Command::new(std::env::current_exe().expect("this benchmark"));
    c.env(mode_var, mode)
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "secret")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    c
}

/// Runs a command to its end; returns its wall time and peak RSS in KiB (from wait4).
///
/// The process runs without the library path cargo gives what it runs (its build dirs, nine
/// here): the dynamic loader would look for each library in every one of them first — 190
/// failed opens, 0.3 ms added to every process timed — which no user's shell pays.
pub fn measure(cmd: &mut Command) -> (Duration, i64) {
    cmd.env_remove("LD_LIBRARY_PATH");
    let started = Instant::now();
    // Reaped by wait4 below, which also reports the child's peak RSS.
    #[allow(clippy::zombie_processes)]
    let child = cmd.spawn().expect("spawn kinesis");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing only into the locals passed.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert!(pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{cmd:?} failed");
    (elapsed, usage.ru_maxrss)
}

/// `kinesis` as an aws-sdk-kinesis client of `endpoint`, running `args`, with test credentials
/// and no AWS configuration of the machine's.
pub fn client(endpoint: &str, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.args(["--endpoint-url", endpoint, "--region", "us-east-1"])
        .args(args)
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "secret")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    c
}
