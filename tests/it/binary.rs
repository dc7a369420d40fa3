//! The binary itself, as built: how it is linked (build.rs).

/// Linked at a fixed address on Linux with glibc, so it starts without relocations to apply
/// (ELF type EXEC); position-independent (type DYN) when the `pie` feature asks for it.
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn linked_at_a_fixed_address_unless_the_pie_feature_is_on() {
    use std::io::Read;
    let mut header = [0u8; 18];
    std::fs::File::open(env!("CARGO_BIN_EXE_kinesis"))
        .and_then(|mut f| f.read_exact(&mut header))
        .unwrap();
    assert_eq!(&header[..4], b"\x7fELF");
    // e_type, in the byte order EI_DATA names (1: little-endian).
    let pair = [header[16], header[17]];
    let kind = if header[5] == 1 { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) };
    let (exec, dyn_) = (2, 3);
    assert_eq!(kind, if cfg!(feature = "pie") { dyn_ } else { exec });
}
