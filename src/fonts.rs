//! Fonts: the embedded open faces, system fonts found with fontdb, `--font-dir`, and the family
//! chains that give every role (body, title, 黑体, 楷体, Latin) a face — with per-character
//! fallback so that nothing is drawn as tofu silently.
//!
//! A [`FontBook`] is made once per process and shared by every document of a batch; faces are
//! read and parsed lazily, once, the first time a document needs them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use harfrust::{Direction, Feature, Language, Script, ShapePlan, ShaperFont};

/// Where a face came from, for `folio fonts` and the build report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into folio (the file name in fonts/).
    Embedded(&'static str),
    /// A file on this machine.
    File(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Embedded(file) => write!(f, "embedded ({file})"),
            Origin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// How to look for fonts.
#[derive(Debug, Clone, Default)]
pub struct FontOptions {
    /// Skip the fonts installed on this machine.
    pub no_system_fonts: bool,
    /// Extra directories (`--font-dir`, `FOLIO_FONT_PATH`, folio.toml).
    pub dirs: Vec<PathBuf>,
}

/// A face ready for shaping and measuring.
pub struct Face {
    /// Index in the book (stable for the process): used as a key by layout and PDF.
    pub key: usize,
    pub family: String,
    pub postscript_name: String,
    pub bold: bool,
    pub origin: Origin,
    pub index: u32,
    pub bytes: Arc<dyn AsRef<[u8]> + Send + Sync>,
    pub font: harfrust::Font,
    pub units_per_em: f32,
    /// Ascender and descender as fractions of the em (descender positive).
    pub ascent: f32,
    pub descent: f32,
    plans: Mutex<HashMap<bool, Arc<ShapePlan>>>,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Face({} {}, {})", self.family, if self.bold { "Bold" } else { "Regular" }, self.origin)
    }
}

impl Face {
    pub fn data(&self) -> &[u8] {
        (*self.bytes).as_ref()
    }

    /// Does the face have a glyph for `c`?
    pub fn has(&self, c: char) -> bool {
        self.font.charmap().map_unicode(c as u32).is_some_and(|g| g.to_u32() != 0)
    }

    pub fn glyph(&self, c: char) -> Option<u32> {
        self.font.charmap().map_unicode(c as u32).map(|g| g.to_u32()).filter(|g| *g != 0)
    }

    /// Shape `text` in this face. `cjk` selects zh-Hans with full-width forms (`fwid`), for
    /// CJK punctuation such as “ ” — … that must fill a cell; otherwise Latin shaping.
    pub fn shape(&self, text: &str, cjk: bool) -> Vec<ShapedGlyph> {
        let script = if cjk { Script::from_iso15924_tag(harfrust::Tag::new(b"Hani")) } else { Script::from_iso15924_tag(harfrust::Tag::new(b"Latn")) };
        let lang: Language = if cjk { "zh-Hans".parse().unwrap_or_else(|_| "zh".parse().expect("zh")) } else { "en".parse().expect("en") };
        let features: Vec<Feature> = if cjk { vec![Feature::new(harfrust::Tag::new(b"fwid"), 1, ..)] } else { Vec::new() };
        let plan = {
            let mut plans = self.plans.lock().unwrap_or_else(|e| e.into_inner());
            plans.entry(cjk).or_insert_with(|| Arc::new(ShapePlan::new(&self.font, Direction::LeftToRight, script, Some(&lang), &features))).clone()
        };
        let shaper = ShaperFont::new(&self.font);
        let mut buf = harfrust::Buffer::new();
        buf.push_str(text);
        buf.set_direction(Direction::LeftToRight);
        buf.set_script(script);
        buf.set_language(Some(lang));
        if harfrust::shape(&shaper, &mut buf, harfrust::ShapeOptions::new().plan(Some(&plan)).features(&features)).is_err() {
            // A face harfrust cannot shape: fall back to the cmap and advances.
            return text
                .char_indices()
                .map(|(i, c)| ShapedGlyph {
                    glyph: self.glyph(c).unwrap_or(0),
                    cluster: i,
                    advance: shaper.glyph_h_advance(harfrust::GlyphId::new(self.glyph(c).unwrap_or(0))) as f32 / self.units_per_em,
                    x_offset: 0.0,
                    y_offset: 0.0,
                })
                .collect();
        }
        let upem = self.units_per_em;
        buf.glyph_infos()
            .iter()
            .zip(buf.glyph_positions())
            .map(|(i, p)| ShapedGlyph {
                glyph: i.glyph_id,
                cluster: i.cluster as usize,
                advance: p.x_advance as f32 / upem,
                x_offset: p.x_offset as f32 / upem,
                y_offset: p.y_offset as f32 / upem,
            })
            .collect()
    }
}

/// One glyph of a shaped run; advances and offsets in ems.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShapedGlyph {
    pub glyph: u32,
    /// Byte offset in the shaped text of the first character of this glyph's cluster.
    pub cluster: usize,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
}

/// All fonts known to this process.
pub struct FontBook {
    db: fontdb::Database,
    loaded: Mutex<HashMap<fontdb::ID, Arc<Face>>>,
    faces: Mutex<Vec<Arc<Face>>>,
    embedded: Vec<fontdb::ID>,
    /// `find`'s answers: every document of a batch asks for the same few families, and the
    /// database does not change once built.
    found: Mutex<HashMap<(String, bool), Option<fontdb::ID>>>,
    pub options: FontOptions,
    /// Warnings from discovery (a --font-dir that does not exist…).
    pub warnings: Vec<String>,
}

/// Official names and their aliases in other languages: any one finds the others.
const ALIASES: &[&[&str]] = &[
    &["仿宋_GB2312", "FangSong_GB2312"],
    &["仿宋", "FangSong", "仿宋体"],
    &["华文仿宋", "STFangsong"],
    &["黑体", "SimHei"],
    &["楷体_GB2312", "KaiTi_GB2312"],
    &["楷体", "KaiTi", "楷体_GB18030"],
    &["华文楷体", "STKaiti"],
    &["宋体", "SimSun"],
    &["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"],
    &["华文中宋", "STZhongsong"],
    &["微软雅黑", "Microsoft YaHei"],
];

/// Names normalised for comparison: case, spaces, `-` and `_` do not matter.
fn norm(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, ' ' | '-' | '_')).flat_map(char::to_lowercase).collect()
}

impl FontBook {
    /// The embedded faces, plus system fonts and font directories as the options say.
    pub fn new(options: FontOptions) -> FontBook {
        let mut db = fontdb::Database::new();
        let mut embedded = Vec::new();
        for f in folio_fonts::FONTS {
            let ids = db.load_font_source(fontdb::Source::Binary(Arc::new(f.bytes)));
            embedded.extend(ids);
        }
        let mut warnings = Vec::new();
        if !options.no_system_fonts {
            db.load_system_fonts();
        }
        for d in &options.dirs {
            if d.is_dir() {
                db.load_fonts_dir(d);
            } else if d.is_file() {
                if let Err(e) = db.load_font_file(d) {
                    warnings.push(format!("cannot read font {}: {e}", d.display()));
                }
            } else {
                warnings.push(format!("font directory {} does not exist", d.display()));
            }
        }
        FontBook { db, loaded: Mutex::new(HashMap::new()), faces: Mutex::new(Vec::new()), embedded, found: Mutex::new(HashMap::new()), options, warnings }
    }

    /// Only the embedded faces: what tests and a machine with no fonts see.
    pub fn embedded_only() -> FontBook {
        FontBook::new(FontOptions { no_system_fonts: true, dirs: Vec::new() })
    }

    /// How many faces discovery found (embedded included).
    pub fn face_count(&self) -> usize {
        self.db.len()
    }

    /// Every name a family is known by (the name itself and its aliases).
    pub fn expand_aliases(name: &str) -> Vec<String> {
        // the groups' names normalised once per process: every role of every document asks
        static NORMALISED: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
        let groups = NORMALISED.get_or_init(|| ALIASES.iter().map(|g| g.iter().map(|n| norm(n)).collect()).collect());
        let wanted = norm(name);
        let mut out = vec![name.to_string()];
        for (group, normalised) in ALIASES.iter().zip(groups) {
            if normalised.contains(&wanted) {
                out.extend(group.iter().zip(normalised).filter(|(_, n)| **n != wanted).map(|(g, _)| g.to_string()));
            }
        }
        out
    }

    /// The face of family `name` (any alias, any language of its name table), bold or not.
    /// A bold request takes the regular face when the family has no bold (synthesised later).
    pub fn find(&self, name: &str, bold: bool) -> Option<Arc<Face>> {
        let key = (name.to_string(), bold);
        if let Some(id) = self.found.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return id.and_then(|id| self.load(id));
        }
        let id = self.find_id(name, bold);
        self.found.lock().unwrap_or_else(|e| e.into_inner()).insert(key, id);
        id.and_then(|id| self.load(id))
    }

    fn find_id(&self, name: &str, bold: bool) -> Option<fontdb::ID> {
        let wanted: Vec<String> = Self::expand_aliases(name).iter().map(|n| norm(n)).collect();
        let mut best: Option<(i32, fontdb::ID)> = None;
        for info in self.db.faces() {
            if !info.families.iter().any(|(f, _)| wanted.contains(&norm(f))) && !wanted.contains(&norm(&info.post_script_name)) {
                continue;
            }
            let is_bold = info.weight.0 >= 600;
            let mut score = if is_bold == bold { 100 } else { 0 } - (info.weight.0 as i32 - if bold { 700 } else { 400 }).abs() / 10;
            if info.style != fontdb::Style::Normal {
                score -= 50;
            }
            // Prefer the user's fonts over the embedded ones of the same name.
            if !self.embedded.contains(&info.id) {
                score += 1;
            }
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, info.id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// The embedded face of a family (used for the end of every chain).
    pub fn embedded(&self, family: &str, bold: bool) -> Option<Arc<Face>> {
        let id = self
            .embedded
            .iter()
            .copied()
            .find(|id| self.db.face(*id).is_some_and(|i| i.families.iter().any(|(f, _)| norm(f) == norm(family)) && (i.weight.0 >= 600) == bold))?;
        self.load(id)
    }

    /// Every embedded face, body face first: the last resort of per-character fallback.
    pub fn embedded_faces(&self) -> Vec<Arc<Face>> {
        self.embedded.iter().filter_map(|id| self.load(*id)).collect()
    }

    /// A face by its book key.
    pub fn by_key(&self, key: usize) -> Option<Arc<Face>> {
        self.faces.lock().unwrap_or_else(|e| e.into_inner()).get(key).cloned()
    }

    fn load(&self, id: fontdb::ID) -> Option<Arc<Face>> {
        if let Some(f) = self.loaded.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            return Some(f.clone());
        }
        let info = self.db.face(id)?;
        let (bytes, origin): (Arc<dyn AsRef<[u8]> + Send + Sync>, Origin) = match &info.source {
            fontdb::Source::Binary(b) => {
                let data: &[u8] = (**b).as_ref();
                let file = folio_fonts::FONTS.iter().find(|f| std::ptr::eq(f.bytes.as_ptr(), data.as_ptr())).map(|f| f.file).unwrap_or("memory");
                (b.clone(), Origin::Embedded(file))
            }
            fontdb::Source::File(p) => (Arc::new(std::fs::read(p).ok()?), Origin::File(p.clone())),
            fontdb::Source::SharedFile(p, d) => (d.clone(), Origin::File(p.clone())),
        };
        let font = harfrust::Font::new(harfrust::font::Blob::from(bytes.clone()), info.index)?;
        let m = font.metrics();
        let upem = m.units_per_em.max(16) as f32;
        let line = m.typo_line.or(m.hhea_line);
        let (ascent, descent) = match line {
            Some(l) => (l.ascender.to_f32() / upem, -l.descender.to_f32() / upem),
            None => (0.88, 0.12),
        };
        let family = info
            .families
            .iter()
            .find(|(_, l)| *l == fontdb::Language::English_UnitedStates)
            .or(info.families.first())
            .map(|(f, _)| f.clone())
            .unwrap_or_default();
        let mut loaded = self.loaded.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = loaded.get(&id) {
            return Some(f.clone());
        }
        let mut faces = self.faces.lock().unwrap_or_else(|e| e.into_inner());
        let face = Arc::new(Face {
            key: faces.len(),
            family,
            postscript_name: info.post_script_name.clone(),
            bold: info.weight.0 >= 600,
            origin,
            index: info.index,
            bytes,
            font,
            units_per_em: upem,
            ascent,
            descent,
            plans: Mutex::new(HashMap::new()),
        });
        faces.push(face.clone());
        loaded.insert(id, face.clone());
        Some(face)
    }
}

/// The faces of one role: tried in order for every character.
#[derive(Debug, Clone)]
pub struct Chain {
    pub faces: Vec<Arc<Face>>,
}

impl Chain {
    /// Build a chain from family names (official names first); the embedded fallback and then
    /// every embedded face follow, so coverage is the union of all of them.
    pub fn resolve(book: &FontBook, names: &[String], bold: bool, fallback: (&str, bool)) -> Chain {
        let mut faces: Vec<Arc<Face>> = Vec::new();
        let mut push = |f: Option<Arc<Face>>| {
            if let Some(f) = f
                && !faces.iter().any(|x| x.key == f.key)
            {
                faces.push(f);
            }
        };
        for n in names {
            push(book.find(n, bold));
        }
        push(book.embedded(fallback.0, fallback.1));
        for f in book.embedded_faces() {
            if !f.family.starts_with("Liberation") {
                push(Some(f));
            }
        }
        Chain { faces }
    }

    /// The first face that has `c`.
    pub fn face_for(&self, c: char) -> Option<&Arc<Face>> {
        self.faces.iter().find(|f| f.has(c))
    }

    /// The face a role is set in (its first).
    pub fn primary(&self) -> Option<&Arc<Face>> {
        self.faces.first()
    }
}

/// `FOLIO_FONT_PATH` as directories (`:`-separated, like PATH).
pub fn env_font_dirs() -> Vec<PathBuf> {
    std::env::var_os("FOLIO_FONT_PATH").map(|v| std::env::split_paths(&v).collect()).unwrap_or_default()
}

pub fn is_font_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref(), Some("ttf" | "otf" | "ttc" | "otc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_faces_cover_their_roles() {
        let book = FontBook::embedded_only();
        let body = book.embedded("Noto Serif CJK SC", false).unwrap();
        assert!(body.has('决') && body.has('啰') && body.has('“') && body.has('體'));
        let kai = book.embedded("WenKai Subset", false).unwrap();
        assert!(kai.has('要'));
        assert!(!body.has('𠮷'));
        assert!(book.embedded("Liberation Serif", false).unwrap().has('A'));
    }

    #[test]
    fn aliases_find_each_other() {
        assert!(FontBook::expand_aliases("FangSong").contains(&"仿宋".to_string()));
        assert!(FontBook::expand_aliases("仿宋_GB2312").contains(&"FangSong_GB2312".to_string()));
    }

    #[test]
    fn shaping_gives_full_width_cjk_punctuation() {
        let book = FontBook::embedded_only();
        let body = book.embedded("Noto Serif CJK SC", false).unwrap();
        // every character one em; —— may come back as one 2-em glyph
        let glyphs = body.shape("“重要”——。", true);
        let total: f32 = glyphs.iter().map(|g| g.advance).sum();
        assert!((total - 7.0).abs() < 0.01, "{glyphs:?}");
        assert!(glyphs.iter().all(|g| (g.advance - g.advance.round()).abs() < 0.01 && g.advance >= 1.0), "{glyphs:?}");
    }
}
