//! Length-prefixed frames: how the host and a worker talk over a pipe.
//!
//! A frame is a 4-byte little-endian length followed by that many bytes.
//! Pipes are byte streams, so without a length the reader could not tell
//! where one JSON document ends and the next begins (JSON may contain any
//! byte sequence a delimiter could be made of, inside strings). A length
//! also lets the reader refuse absurd sizes before allocating.
//!
//! The messages inside frames are small binary envelopes around the bytes
//! the ABI already deals in, so the worker passes the plugin's answer
//! through without parsing it: the host checks plugin output with the same
//! code in both isolation modes.
//!
//! ```text
//! host → worker, once at start:   greeting = b'H' | u64 nonce     (read before the library loads)
//! worker → host, once at start:   hello    = u64 nonce | i32 code | u32 abi_major | u32 abi_minor | payload
//!                                  code 0: payload is the manifest JSON (status of `manifest`
//!                                  is carried in the next 4 bytes); code 1: a LoadFailure
//! host → worker:                  manifest = b'M' | u64 nonce
//!                                  run      = b'R' | u64 nonce | u32 request_len | request | document
//!                                  rerun    = b'S' | u64 nonce | request   (same document as last time)
//! worker → host, per request:     answer   = u64 nonce | i32 status | bytes
//! ```
//!
//! Each nonce is fresh and random, and an answer must carry its request's:
//! the plugin, which shares the worker's process and could write frames of
//! its own, never sees a nonce (see `worker.rs`).

use std::io::{self, Read, Write};

/// The largest frame either side accepts: far above any report (the
/// sample's JSON is about 40 KB), far below anything that would hurt.
pub(crate) const MAX_FRAME: usize = 256 * 1024 * 1024;

/// Writes one frame and flushes.
pub(crate) fn write_frame(w: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len())
        .ok()
        .filter(|&n| n as usize <= MAX_FRAME)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "frame too large"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(payload)?;
    w.flush()
}

/// Reads one frame. `Ok(None)` at a clean end of stream (between frames).
pub(crate) fn read_frame(r: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match r.read(&mut len[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let len = u32::from_le_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("frame of {len} bytes is larger than the limit"),
        ));
    }
    let mut payload = vec![0u8; len];
    r.read_exact(&mut payload)?;
    Ok(Some(payload))
}

/// Splits a little-endian `u32` off the front of `bytes`.
pub(crate) fn take_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*head), rest))
}

/// Splits a little-endian `u64` off the front of `bytes`.
pub(crate) fn take_u64(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<8>()?;
    Some((u64::from_le_bytes(*head), rest))
}

/// Splits a little-endian `i32` off the front of `bytes`.
pub(crate) fn take_i32(bytes: &[u8]) -> Option<(i32, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    Some((i32::from_le_bytes(*head), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_end_cleanly() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").unwrap();
        write_frame(&mut buf, b"").unwrap();
        let mut r = buf.as_slice();
        assert_eq!(read_frame(&mut r).unwrap().as_deref(), Some(&b"hello"[..]));
        assert_eq!(read_frame(&mut r).unwrap().as_deref(), Some(&b""[..]));
        assert_eq!(read_frame(&mut r).unwrap(), None);
    }

    #[test]
    fn truncated_and_oversized_frames_are_errors() {
        let mut r: &[u8] = &[5, 0, 0, 0, b'a'];
        assert!(read_frame(&mut r).is_err());
        let mut r: &[u8] = &[5, 0];
        assert!(read_frame(&mut r).is_err());
        let mut r: &[u8] = &[0xff, 0xff, 0xff, 0xff];
        assert_eq!(
            read_frame(&mut r).unwrap_err().kind(),
            io::ErrorKind::InvalidData
        );
    }

    #[test]
    fn integers_split_off_the_front() {
        assert_eq!(take_u32(&[1, 0, 0, 0, 9]), Some((1, &[9u8][..])));
        assert_eq!(take_i32(&[0xff, 0xff, 0xff, 0xff]), Some((-1, &[][..])));
        assert_eq!(take_u32(&[1, 0]), None);
        assert_eq!(take_u64(&[2, 0, 0, 0, 0, 0, 0, 0]), Some((2, &[][..])));
        assert_eq!(take_u64(&[2, 0, 0, 0]), None);
    }
}
