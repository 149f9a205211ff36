//! zlib streams for the PDF, from libdeflate compressors the process keeps.
//!
//! libdeflate rather than zlib(-rs): its compressors search the whole buffer at once, so they
//! pack as well as zlib's highest level in less than half its time. Measured on the seed's body
//! face (113 KB of CFF charstrings, which deflate mostly by Huffman coding): zlib-rs level 9
//! 91.3 KB in about 5 ms of CPU (then cut in two pieces for two cores, 81 bytes more);
//! libdeflate level 9 91.1 KB in about 2.7 ms, in one piece (issue 16's note).

use libdeflater::{CompressionLvl, Compressor};

/// A zlib stream of `data` at `level` (libdeflate's 0–12; 6 is zlib's default, 9 packs fonts).
pub fn zlib(data: &[u8], level: u32) -> std::io::Result<Vec<u8>> {
    with_kept(level, |z| {
        let mut out = vec![0; z.zlib_compress_bound(data.len())];
        let n = z.zlib_compress(data, &mut out).map_err(std::io::Error::other)?;
        out.truncate(n);
        // (the bound is well above what a font packs into; memoised programs keep no slack)
        out.shrink_to_fit();
        Ok(out)
    })
}

/// Run `f` with a kept compressor for `level`, taken from the process's pool and put back after.
/// A new one allocates and clears its tables (about 670 KB at levels 5–9: a fifth of a
/// single document's memory and page faults, more than deflating a page's contents), so the
/// pool holds as many as threads deflate at once, not one per thread and level.
fn with_kept<T>(level: u32, f: impl FnOnce(&mut Compressor) -> std::io::Result<T>) -> std::io::Result<T> {
    static KEPT: std::sync::Mutex<Vec<(u32, Compressor)>> = std::sync::Mutex::new(Vec::new());
    let kept = || KEPT.lock().unwrap_or_else(|e| e.into_inner());
    let taken = {
        let mut pool = kept();
        pool.iter().position(|(l, _)| *l == level).map(|at| pool.swap_remove(at).1)
    };
    let mut z = match taken {
        Some(z) => z,
        None => Compressor::new(CompressionLvl::new(level.min(12) as i32).map_err(|e| std::io::Error::other(format!("{e:?}")))?),
    };
    let out = f(&mut z);
    kept().push((level, z));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

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
    fn a_stream_inflates_to_its_data_at_every_level() {
        for len in [0, 1, 15, 40_000, 121_388, 2_000_000] {
            let data = sample(len);
            for level in [0, 1, 6, 9, 12] {
                assert_eq!(inflate(&zlib(&data, level).unwrap()), data, "{len} bytes at level {level}");
            }
        }
    }

    #[test]
    fn a_kept_compressor_writes_the_same_stream_as_a_new_one() {
        let mid = sample(40_000);
        for data in [&b""[..], b"BT /F1 16 Tf ET", &mid[..]] {
            for level in [6, 9, 6] {
                let mut fresh = Compressor::new(CompressionLvl::new(level as i32).unwrap());
                let mut out = vec![0; fresh.zlib_compress_bound(data.len())];
                let n = fresh.zlib_compress(data, &mut out).unwrap();
                assert_eq!(zlib(data, level).unwrap(), out[..n], "{} bytes at level {level}", data.len());
            }
        }
    }

    #[test]
    fn compressors_shared_by_threads_at_once_write_each_thread_its_own_stream() {
        let datas: Vec<Vec<u8>> = (0..8).map(|i| sample(10_000 + i * 7_000)).collect();
        std::thread::scope(|s| {
            for (i, data) in datas.iter().enumerate() {
                s.spawn(move || {
                    for _ in 0..20 {
                        let level = [6, 9][i % 2];
                        assert_eq!(inflate(&zlib(data, level).unwrap()), *data, "thread {i}");
                    }
                });
            }
        });
    }

    #[test]
    fn a_higher_level_packs_a_font_like_stream_no_worse() {
        let data = sample(121_388);
        assert!(zlib(&data, 9).unwrap().len() <= zlib(&data, 6).unwrap().len());
    }
}
