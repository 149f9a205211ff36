//! Units templates are written in: Chinese font sizes (`三号`), `pt`, `mm`, `cm`, `in`, `px`,
//! characters of the body text (`2字`, `2em`), and colours (`#FF0000`, `red`, `cmyk(0,80,80,0)`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// 号 sizes in points (GB/T 148 / Word's table).
pub const HAO: &[(&str, f32)] = &[
    ("初号", 42.0),
    ("小初", 36.0),
    ("一号", 26.0),
    ("小一", 24.0),
    ("二号", 22.0),
    ("小二", 18.0),
    ("三号", 16.0),
    ("小三", 15.0),
    ("四号", 14.0),
    ("小四", 12.0),
    ("五号", 10.5),
    ("小五", 9.0),
    ("六号", 7.5),
    ("小六", 6.5),
];

pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// A length: absolute, or a number of characters of the current text size. The unit it was
/// written in is kept, so `folio templates show` prints a template exactly as it means it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    Pt(f32),
    Mm(f32),
    Cm(f32),
    In(f32),
    Px(f32),
    /// A Chinese size name: index into [`HAO`].
    Hao(usize),
    /// `2字`: a multiple of the character size (the grid cell in grid mode).
    Chars(f32),
}

impl Length {
    /// Resolve to points given the size of one character.
    pub fn pt(self, char_size: f32) -> f32 {
        match self {
            Length::Pt(p) => p,
            Length::Mm(v) => v * PT_PER_MM,
            Length::Cm(v) => v * 10.0 * PT_PER_MM,
            Length::In(v) => v * 72.0,
            Length::Px(v) => v * 0.75,
            Length::Hao(i) => HAO[i].1,
            Length::Chars(c) => c * char_size,
        }
    }
    /// As points; `Chars` taken at 16 pt (三号), for places with no text size.
    pub fn abs(self) -> f32 {
        self.pt(16.0)
    }
}

impl FromStr for Length {
    type Err = String;
    fn from_str(s: &str) -> Result<Length, String> {
        let t = s.trim();
        if let Some(i) = HAO.iter().position(|(n, _)| *n == t) {
            return Ok(Length::Hao(i));
        }
        let num_end = t.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).unwrap_or(t.len());
        let (num, unit) = t.split_at(num_end);
        let v: f32 = num.parse().map_err(|_| format!("`{s}` is not a length"))?;
        let unit = unit.trim();
        Ok(match unit {
            "pt" | "磅" => Length::Pt(v),
            "mm" | "毫米" => Length::Mm(v),
            "cm" | "厘米" => Length::Cm(v),
            "in" => Length::In(v),
            "px" => Length::Px(v),
            "字" | "em" | "char" | "chars" => Length::Chars(v),
            "" if v == 0.0 => Length::Pt(0.0),
            _ => return Err(format!("`{s}`: unknown unit `{unit}`")),
        })
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Length::Pt(p) => write!(f, "{}pt", trim_float(*p)),
            Length::Mm(v) => write!(f, "{}mm", trim_float(*v)),
            Length::Cm(v) => write!(f, "{}cm", trim_float(*v)),
            Length::In(v) => write!(f, "{}in", trim_float(*v)),
            Length::Px(v) => write!(f, "{}px", trim_float(*v)),
            Length::Hao(i) => f.write_str(HAO[*i].0),
            Length::Chars(c) => write!(f, "{}字", trim_float(*c)),
        }
    }
}

fn trim_float(v: f32) -> String {
    let s = format!("{:.3}", v);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl<'de> Deserialize<'de> for Length {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Length, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|e: String| serde::de::Error::custom(format!("{e} (write e.g. \"三号\", \"16pt\", \"37mm\" or \"2字\")")))
    }
}
impl Serialize for Length {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// A colour, kept as written in CMYK when given so (the standard's red ink is CMYK 0/80/80/0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Color {
    Rgb(u8, u8, u8),
    Cmyk(f32, f32, f32, f32),
}

impl Color {
    pub const BLACK: Color = Color::Rgb(0, 0, 0);
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            Color::Rgb(r, g, b) => (r, g, b),
            Color::Cmyk(c, m, y, k) => {
                let f = |x: f32| ((1.0 - x / 100.0) * (1.0 - k / 100.0) * 255.0).round().clamp(0.0, 255.0) as u8;
                (f(c), f(m), f(y))
            }
        }
    }
    pub fn hex(self) -> String {
        let (r, g, b) = self.rgb();
        format!("{r:02X}{g:02X}{b:02X}")
    }
    pub fn is_black(self) -> bool {
        self.rgb() == (0, 0, 0)
    }
}

impl FromStr for Color {
    type Err = String;
    fn from_str(s: &str) -> Result<Color, String> {
        let t = s.trim().to_ascii_lowercase();
        let named = match t.as_str() {
            "black" | "黑" | "黑色" => Some(Color::Rgb(0, 0, 0)),
            "red" | "红" | "红色" => Some(Color::Rgb(0xFF, 0, 0)),
            "white" => Some(Color::Rgb(0xFF, 0xFF, 0xFF)),
            "gray" | "grey" => Some(Color::Rgb(0x80, 0x80, 0x80)),
            _ => None,
        };
        if let Some(c) = named {
            return Ok(c);
        }
        if let Some(h) = t.strip_prefix('#') {
            let h = if h.len() == 3 { h.chars().flat_map(|c| [c, c]).collect() } else { h.to_string() };
            if h.len() == 6
                && let Ok(v) = u32::from_str_radix(&h, 16)
            {
                return Ok(Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8));
            }
        }
        if let Some(inner) = t.strip_prefix("cmyk(").and_then(|r| r.strip_suffix(')')) {
            let v: Vec<f32> = inner.split(',').filter_map(|x| x.trim().trim_end_matches('%').parse().ok()).collect();
            if v.len() == 4 && v.iter().all(|x| (0.0..=100.0).contains(x)) {
                return Ok(Color::Cmyk(v[0], v[1], v[2], v[3]));
            }
        }
        Err(format!("`{s}` is not a colour (write \"#FF0000\", \"red\" or \"cmyk(0,80,80,0)\")"))
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Color, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
impl Serialize for Color {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Color::Rgb(..) => s.serialize_str(&format!("#{}", self.hex())),
            Color::Cmyk(c, m, y, k) => s.serialize_str(&format!("cmyk({c},{m},{y},{k})")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_in_every_unit() {
        assert_eq!("三号".parse::<Length>().unwrap().abs(), 16.0);
        assert_eq!("16pt".parse::<Length>().unwrap(), Length::Pt(16.0));
        assert!(("37mm".parse::<Length>().unwrap().abs() - 104.88).abs() < 0.01);
        assert_eq!("37mm".parse::<Length>().unwrap().to_string(), "37mm");
        assert_eq!("2字".parse::<Length>().unwrap(), Length::Chars(2.0));
        assert!("3parsecs".parse::<Length>().is_err());
    }

    #[test]
    fn colours() {
        assert_eq!("#FF0000".parse::<Color>().unwrap(), Color::Rgb(255, 0, 0));
        assert_eq!("cmyk(0,80,80,0)".parse::<Color>().unwrap().rgb(), (255, 51, 51));
    }
}
