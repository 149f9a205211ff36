//! Subset fonts already made in this process, reused by the next document that needs exactly
//! the same glyphs of the same face. A batch of documents from one template (the same notice to
//! a thousand recipients, a bulletin every week) sets its body in the same few hundred
//! characters, and subsetting the body face is the largest cost of a PDF or an HTML file.
//!
//! A subset is a pure function of the face and the glyphs, so a document's bytes do not depend
//! on what the process built before it. The memo holds at most [`ENTRIES`] subsets per kind,
//! dropping the oldest first, so a batch of unrelated documents cannot grow it without bound.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};

/// Subsets kept per kind: a template's few faces, for several documents' character sets.
pub const ENTRIES: usize = 16;

/// A bounded map from a key to a value made once.
pub struct Memo<K: Ord + Clone, V> {
    inner: Mutex<(BTreeMap<K, Arc<V>>, VecDeque<K>)>,
}

impl<K: Ord + Clone, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo { inner: Mutex::new((BTreeMap::new(), VecDeque::new())) }
    }
}

impl<K: Ord + Clone, V> std::fmt::Debug for Memo<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Memo({} entries)", self.len())
    }
}

impl<K: Ord + Clone, V> Memo<K, V> {
    /// The value for `key`, made by `make` when the memo does not hold it. The lock is not held
    /// while making: two threads may make the same value, and both get an equal one.
    pub fn get_or_make<E>(&self, key: K, make: impl FnOnce() -> Result<V, E>) -> Result<Arc<V>, E> {
        if let Some(v) = self.lock().0.get(&key) {
            return Ok(v.clone());
        }
        let v = Arc::new(make()?);
        let mut g = self.lock();
        if !g.0.contains_key(&key) {
            g.0.insert(key.clone(), v.clone());
            g.1.push_back(key);
            while g.1.len() > ENTRIES {
                if let Some(old) = g.1.pop_front() {
                    g.0.remove(&old);
                }
            }
        }
        Ok(v)
    }

    /// How many values the memo holds.
    pub fn len(&self) -> usize {
        self.lock().0.len()
    }

    /// Whether the memo holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (BTreeMap<K, Arc<V>>, VecDeque<K>)> {
        // a panic while holding the lock leaves a map that is still whole
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The subsets of one process: the PDF's (a printpdf font, keyed by face, glyphs and the
/// characters they stand for, and its program deflated) and the HTML's (a web font, keyed by
/// face and characters).
#[derive(Debug, Default)]
pub struct Subsets {
    pub pdf: Memo<(usize, Vec<u16>, BTreeMap<u32, u16>), printpdf::PdfFont>,
    pub html: Memo<(usize, Option<(usize, Vec<char>)>, Vec<char>), super::html::WebFont>,
    /// The OFD's font files (a subset with cmap, OS/2 and name), keyed like the PDF's.
    pub ofd: Memo<(usize, Vec<u16>, BTreeMap<u32, u16>), Vec<u8>>,
    /// Deflated font programs, keyed by a SHA-256 of the program.
    pub deflated: Memo<[u8; 32], Vec<u8>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_made_once_and_the_oldest_goes_first() {
        let m: Memo<usize, usize> = Memo::default();
        let mut made = 0;
        for round in 0..2 {
            for k in 0..ENTRIES {
                let v = m.get_or_make::<()>(k, || {
                    made += 1;
                    Ok(k * 10)
                });
                assert_eq!(*v.unwrap(), k * 10, "round {round}");
            }
        }
        assert_eq!(made, ENTRIES, "the second round comes from the memo");
        m.get_or_make::<()>(ENTRIES, || Ok(0)).unwrap();
        assert_eq!(m.len(), ENTRIES, "bounded");
        let mut remade = false;
        m.get_or_make::<()>(0, || {
            remade = true;
            Ok(0)
        })
        .unwrap();
        assert!(remade, "the oldest entry was dropped");
    }

    #[test]
    fn a_failure_is_not_kept() {
        let m: Memo<u8, u8> = Memo::default();
        assert!(m.get_or_make(1, || Err("no")).is_err());
        assert!(m.is_empty());
        assert_eq!(*m.get_or_make::<()>(1, || Ok(7)).unwrap(), 7);
    }
}
