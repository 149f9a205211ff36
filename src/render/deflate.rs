//! zlib streams for the PDF, from raw-deflate compressors each thread keeps: small ones in one
//! piece, large ones (the body face's program, about 120 KB) in pieces deflated side by side.
//!
//! A large stream is cut into pieces of a size fixed by its length alone, so the bytes do not
//! depend on the number of threads. Each piece but the last ends on a byte boundary with a sync
//! flush, and each but the first is deflated with the 32 KiB before it as its dictionary, so it
//! may refer back across the cut as a single stream would: the pieces joined, behind one zlib
//! header and ahead of the Adler-32 of the whole, are one valid stream (as `pigz` writes them).
//! Measured on the seed's body face (121 KB at level 9): about 5.5 ms in one piece, half that in
//! two on two cores, for 81 bytes more (seed PDF 129,743 → 129,824 bytes).

use flate2::{Compress, Compression, FlushCompress, Status};
use rayon::prelude::*;

/// Streams from this size on are deflated in pieces.
const PIECES_FROM: usize = 64 * 1024;

/// The smallest piece: below this a piece's own start-up costs more than it saves.
const PIECE_AT_LEAST: usize = 48 * 1024;

/// At most this many pieces, however long the stream (a face of the user's can be megabytes).
const PIECES_AT_MOST: usize = 16;

/// The window a piece may refer back into: DEFLATE's 32 KiB.
const WINDOW: usize = 32 * 1024;

/// A zlib stream of `data` at `level` (0–9).
pub fn zlib(data: &[u8], level: u32) -> std::io::Result<Vec<u8>> {
    let body: Vec<Vec<u8>> = if data.len() < PIECES_FROM {
        vec![with_kept(level, |z| run(z, data, true, Vec::with_capacity(data.len() / 2 + 64)))?]
    } else {
        let n = (data.len() / PIECE_AT_LEAST).clamp(2, PIECES_AT_MOST);
        let size = data.len().div_ceil(n);
        let starts: Vec<usize> = (0..data.len()).step_by(size).collect();
        starts.par_iter().map(|&start| piece(data, start, (start + size).min(data.len()), level)).collect::<std::io::Result<_>>()?
    };
    let mut out = Vec::with_capacity(body.iter().map(Vec::len).sum::<usize>() + 6);
    out.extend_from_slice(&header(level));
    for p in &body {
        out.extend_from_slice(p);
    }
    out.extend_from_slice(&adler2::adler32_slice(data).to_be_bytes());
    Ok(out)
}

/// `data[start..end]` deflated as a piece of the whole: with the window before it as its
/// dictionary, and ending the stream only if it is the last.
fn piece(data: &[u8], start: usize, end: usize, level: u32) -> std::io::Result<Vec<u8>> {
    with_kept(level, |z| {
        if start > 0 {
            z.set_dictionary(&data[start.saturating_sub(WINDOW)..start]).map_err(std::io::Error::other)?;
        }
        run(z, &data[start..end], end == data.len(), Vec::with_capacity((end - start) / 2 + 64))
    })
}

/// The two bytes zlib writes first: deflate with a 32 KiB window, no dictionary, and the level
/// class zlib records for `level` (a check value makes the pair a multiple of 31).
fn header(level: u32) -> [u8; 2] {
    let class: u16 = match level {
        0 | 1 => 0,
        2..=5 => 1,
        6 => 2,
        _ => 3,
    };
    let head = 0x7800 | (class << 6);
    let head = head + (31 - head % 31) % 31;
    head.to_be_bytes()
}

/// Deflate all of `input` into `out` (which grows as needed): to the stream's end if `last`,
/// else to a sync flush, which ends on a byte boundary and leaves the stream open.
fn run(z: &mut Compress, input: &[u8], last: bool, mut out: Vec<u8>) -> std::io::Result<Vec<u8>> {
    let base = z.total_in();
    let flush = if last { FlushCompress::Finish } else { FlushCompress::Sync };
    loop {
        let read = (z.total_in() - base) as usize;
        let status = z.compress_vec(&input[read..], &mut out, flush).map_err(std::io::Error::other)?;
        let all_read = (z.total_in() - base) as usize == input.len();
        match status {
            Status::StreamEnd => return Ok(out),
            // zlib's rule: a flush is complete when it returns with room left in the output
            _ if !last && all_read && out.len() < out.capacity() => return Ok(out),
            _ => out.reserve(out.capacity().max(64)),
        }
    }
}

/// Run `f` with this thread's raw-deflate compressor for `level`, reset first: a new one
/// allocates and clears its tables, which costs more than deflating a page's contents.
fn with_kept<T>(level: u32, f: impl FnOnce(&mut Compress) -> std::io::Result<T>) -> std::io::Result<T> {
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<(u32, Compress)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    KEPT.with_borrow_mut(|kept| {
        let at = match kept.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                kept.push((level, Compress::new(Compression::new(level), false)));
                kept.len() - 1
            }
        };
        let z = &mut kept[at].1;
        z.reset();
        f(z)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn inflate(z: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(z).read_to_end(&mut out).expect("a valid zlib stream");
        out
    }

    /// Data that compresses like a font program: repeats near and far, and noise.
    fn sample(len: usize) -> Vec<u8> {
        (0..len as u32).map(|i| if i % 1000 < 600 { (i % 97) as u8 } else { (i.wrapping_mul(2654435761) >> 13) as u8 }).collect()
    }

    #[test]
    fn a_kept_compressor_writes_the_same_stream_as_a_new_one() {
        let mid = sample(40_000);
        for data in [&b""[..], b"BT /F1 16 Tf ET", &mid[..]] {
            for level in [6, 9, 6] {
                let mut z = flate2::write::ZlibEncoder::new(Vec::new(), Compression::new(level));
                z.write_all(data).unwrap();
                assert_eq!(zlib(data, level).unwrap(), z.finish().unwrap(), "{} bytes at level {level}", data.len());
            }
        }
    }

    #[test]
    fn a_stream_deflated_in_pieces_inflates_to_its_data() {
        for len in [PIECES_FROM, PIECES_FROM + 1, 121_388, 300_001, 2_000_000] {
            let data = sample(len);
            for level in [1, 6, 9] {
                let z = zlib(&data, level).unwrap();
                assert_eq!(inflate(&z), data, "{len} bytes at level {level}");
            }
        }
    }

    #[test]
    fn pieces_cost_almost_nothing_against_one_stream() {
        let data = sample(121_388);
        let mut one = flate2::write::ZlibEncoder::new(Vec::new(), Compression::new(9));
        one.write_all(&data).unwrap();
        let one = one.finish().unwrap();
        let pieces = zlib(&data, 9).unwrap();
        assert!(pieces.len() <= one.len() + 64, "{} in pieces against {} in one", pieces.len(), one.len());
    }

    #[test]
    fn the_pieces_do_not_depend_on_the_number_of_threads() {
        let data = sample(500_000);
        let alone = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap().install(|| zlib(&data, 9).unwrap());
        let four = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap().install(|| zlib(&data, 9).unwrap());
        assert_eq!(alone, four);
    }

    #[test]
    fn the_header_is_zlibs_for_each_level() {
        for level in 0..=9 {
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), Compression::new(level));
            z.write_all(b"x").unwrap();
            assert_eq!(header(level), z.finish().unwrap()[..2], "level {level}");
        }
    }
}
