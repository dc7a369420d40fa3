//! The binary itself, as built: how it is linked (build.rs, and the static build the README
//! describes).

/// What the ELF header and program headers of the built binary say.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
struct Linked {
    /// `e_type`: 2 for a fixed-address executable, 3 for a position-independent one.
    kind: u16,
    /// Whether it names a dynamic loader (a `PT_INTERP` program header).
    interpreter: bool,
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn linked() -> Linked {
    let elf = std::fs::read(env!("CARGO_BIN_EXE_kinesis")).unwrap();
    assert_eq!(&elf[..4], b"\x7fELF");
    assert_eq!(elf[4], 2, "a 64-bit ELF file");
    // A field of `len` bytes at `at`, in the byte order EI_DATA names (1: little-endian).
    let field = |at: usize, len: usize| {
        let bytes = &elf[at..at + len];
        let fold = |n: u64, b: &u8| n << 8 | u64::from(*b);
        if elf[5] == 1 { bytes.iter().rev().fold(0, fold) } else { bytes.iter().fold(0, fold) }
    };
    let phoff = usize::try_from(field(0x20, 8)).unwrap();
    let (size, count) = (field(0x36, 2) as usize, field(0x38, 2) as usize);
    const PT_INTERP: u64 = 3;
    let interpreter = (0..count).any(|i| field(phoff + i * size, 4) == PT_INTERP);
    Linked { kind: field(0x10, 2) as u16, interpreter }
}

/// Linked at a fixed address on Linux with glibc, so it starts without relocations to apply
/// (ELF type EXEC); position-independent (type DYN) when the `pie` feature asks for it.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn linked_at_a_fixed_address_unless_the_pie_feature_is_on() {
    let (exec, dyn_) = (2, 3);
    assert_eq!(linked().kind, if cfg!(feature = "pie") { dyn_ } else { exec });
}

/// Built as the README's static build (`-C target-feature=+crt-static -C
/// relocation-model=static`, which `.ci/run` does too), it has no dynamic loader to start
/// and no libraries to load; otherwise it has.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn loads_no_library_when_built_static() {
    assert_eq!(linked().interpreter, !cfg!(target_feature = "crt-static"));
}
