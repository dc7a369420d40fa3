//! What the benchmarks share: running a command and reading its peak memory.

#![allow(unsafe_code)]

use std::process::Command;
use std::time::{Duration, Instant};

/// Runs a command to its end; returns its wall time and peak RSS in KiB (from wait4).
pub fn measure(cmd: &mut Command) -> (Duration, i64) {
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
