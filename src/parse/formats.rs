//! YAML, TOML and JSON text to the spanned [`Node`] tree. Syntax errors come back with the byte
//! offset of the problem so the caller can print `file:line:col`.

use std::collections::HashMap;

use crate::model::Span;
use crate::parse::value::{Node, ScalarKind, Value};

/// A syntax error at a byte offset of the text that was parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    pub offset: usize,
}

// ---------------------------------------------------------------- YAML

/// Parse one YAML document. Every scalar keeps its written text; plain scalars are classified
/// (null / bool / number / string) only so type errors can describe what they found.
pub fn yaml(text: &str) -> Result<Node, SyntaxError> {
    use granit_parser::{Event, Parser, ScalarStyle};
    // Markers count characters; spans are bytes.
    let char_to_byte: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    let byte = |m: &granit_parser::Marker| m.byte_offset().unwrap_or_else(|| char_to_byte.get(m.index()).copied().unwrap_or(text.len()));

    enum Frame {
        Seq(Vec<Node>, usize, usize),
        Map(Vec<(Node, Node)>, Option<Node>, usize, usize),
    }
    let mut stack: Vec<Frame> = Vec::new();
    // an anchored node and its size in nodes: aliases may repeat at most MAX_ALIAS_NODES
    let mut anchors: HashMap<usize, (Node, usize)> = HashMap::new();
    let mut repeated = 0usize;
    let mut root: Option<Node> = None;

    fn place(stack: &mut [Frame], root: &mut Option<Node>, node: Node) {
        match stack.last_mut() {
            Some(Frame::Seq(items, _, _)) => items.push(node),
            Some(Frame::Map(entries, key, _, _)) => match key.take() {
                Some(k) => entries.push((k, node)),
                None => *key = Some(node),
            },
            None => {
                if root.is_none() {
                    *root = Some(node)
                }
            }
        }
    }

    for ev in Parser::new_from_str(text) {
        let (event, span) = ev.map_err(|e| SyntaxError { message: e.info().to_string(), offset: byte(e.marker()) })?;
        let sp = Span::new(byte(&span.start), byte(&span.end));
        match event {
            Event::Scalar(value, style, anchor, _tag) => {
                let kind = if style != ScalarStyle::Plain { ScalarKind::Str } else { classify_plain(&value) };
                let node = Node { value: Value::Scalar { text: value.into_owned(), kind }, span: sp };
                if anchor != 0 {
                    anchors.insert(anchor, (node.clone(), 1));
                }
                place(&mut stack, &mut root, node);
            }
            Event::Alias(id) => {
                let (node, size) = anchors.get(&id).ok_or(SyntaxError { message: "unknown alias".into(), offset: sp.start })?;
                repeated += size;
                if repeated > crate::limits::MAX_ALIAS_NODES {
                    return Err(SyntaxError {
                        message: format!(
                            "aliases (`*name`) repeat more than {} values; folio refuses such files (a YAML \"billion laughs\")",
                            crate::limits::MAX_ALIAS_NODES
                        ),
                        offset: sp.start,
                    });
                }
                place(&mut stack, &mut root, node.clone());
            }
            Event::SequenceStart(..) | Event::MappingStart(..) if stack.len() >= crate::limits::MAX_TREE_DEPTH => {
                return Err(SyntaxError { message: format!("lists and maps nest more than {} levels deep", crate::limits::MAX_TREE_DEPTH), offset: sp.start });
            }
            Event::SequenceStart(_, anchor, _) => stack.push(Frame::Seq(Vec::new(), anchor, sp.start)),
            Event::MappingStart(_, anchor, _) => stack.push(Frame::Map(Vec::new(), None, anchor, sp.start)),
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, anchor, start) = match stack.pop() {
                    Some(Frame::Seq(items, a, s)) => (Value::Seq(items), a, s),
                    Some(Frame::Map(entries, _, a, s)) => (Value::Map(entries), a, s),
                    None => continue,
                };
                let node = Node { value, span: Span::new(start, sp.end.max(start)) };
                if anchor != 0 {
                    anchors.insert(anchor, (node.clone(), node.count()));
                }
                place(&mut stack, &mut root, node);
            }
            _ => {}
        }
    }
    Ok(root.unwrap_or(Node { value: Value::Map(Vec::new()), span: Span::new(0, 0) }))
}

/// YAML 1.2 core schema resolution of a plain scalar, used only to describe it.
fn classify_plain(s: &str) -> ScalarKind {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => ScalarKind::Null,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => ScalarKind::Bool,
        _ => {
            let t = s.strip_prefix(['-', '+']).unwrap_or(s);
            if !t.is_empty() && (t.bytes().all(|b| b.is_ascii_digit()) || t.parse::<f64>().is_ok() && t.bytes().any(|b| b.is_ascii_digit())) {
                ScalarKind::Num
            } else {
                ScalarKind::Str
            }
        }
    }
}

// ---------------------------------------------------------------- TOML

pub fn toml(text: &str) -> Result<Node, SyntaxError> {
    use toml::de::{DeTable, DeValue};
    let table = DeTable::parse(text).map_err(|e| SyntaxError { message: e.message().trim().to_string(), offset: e.span().map(|r| r.start).unwrap_or(0) })?;
    fn key(k: &toml::Spanned<std::borrow::Cow<'_, str>>) -> Node {
        let r = k.span();
        Node::str(k.get_ref().to_string(), Span::new(r.start, r.end))
    }
    fn conv(v: &DeValue<'_>, span: std::ops::Range<usize>, depth: usize) -> Result<Node, SyntaxError> {
        let sp = Span::new(span.start, span.end);
        if depth > crate::limits::MAX_TREE_DEPTH {
            return Err(SyntaxError { message: format!("arrays and tables nest more than {} levels deep", crate::limits::MAX_TREE_DEPTH), offset: span.start });
        }
        let scalar = |text: String, kind| Node { value: Value::Scalar { text, kind }, span: sp };
        Ok(match v {
            DeValue::String(s) => scalar(s.to_string(), ScalarKind::Str),
            DeValue::Integer(i) => scalar(i.as_str().to_string(), ScalarKind::Num),
            DeValue::Float(f) => scalar(f.as_str().to_string(), ScalarKind::Num),
            DeValue::Boolean(b) => scalar(b.to_string(), ScalarKind::Bool),
            DeValue::Datetime(d) => scalar(d.to_string(), ScalarKind::Str),
            DeValue::Array(a) => Node { value: Value::Seq(a.iter().map(|x| conv(x.get_ref(), x.span(), depth + 1)).collect::<Result<_, _>>()?), span: sp },
            DeValue::Table(t) => {
                Node { value: Value::Map(t.iter().map(|(k, x)| Ok((key(k), conv(x.get_ref(), x.span(), depth + 1)?))).collect::<Result<_, _>>()?), span: sp }
            }
        })
    }
    let span = table.span();
    // Keep the order the keys were written in, so errors come in reading order.
    let mut entries: Vec<(Node, Node)> =
        table.get_ref().iter().map(|(k, x)| Ok((key(k), conv(x.get_ref(), x.span(), 1)?))).collect::<Result<_, SyntaxError>>()?;
    entries.sort_by_key(|(k, _)| k.span.start);
    Ok(Node { value: Value::Map(entries), span: Span::new(span.start, span.end) })
}

// ---------------------------------------------------------------- JSON

/// A small JSON reader that keeps spans (serde_json's Value has none).
pub fn json(text: &str) -> Result<Node, SyntaxError> {
    let mut p = Json { s: text.as_bytes(), text, i: 0, depth: 0 };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("unexpected text after the JSON value"));
    }
    Ok(v)
}

struct Json<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    depth: usize,
}

impl Json<'_> {
    fn err(&self, m: &str) -> SyntaxError {
        SyntaxError { message: m.to_string(), offset: self.i.min(self.s.len()) }
    }
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }
    fn eat(&mut self, b: u8) -> Result<(), SyntaxError> {
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(&format!("expected `{}`", b as char)))
        }
    }
    fn value(&mut self) -> Result<Node, SyntaxError> {
        self.depth += 1;
        if self.depth > crate::limits::MAX_TREE_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        let start = self.i;
        let v = match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut entries = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        let ks = self.i;
                        if self.s.get(self.i) != Some(&b'"') {
                            return Err(self.err("expected a key in double quotes"));
                        }
                        let k = self.string()?;
                        let key = Node::str(k, Span::new(ks, self.i));
                        self.ws();
                        self.eat(b':')?;
                        self.ws();
                        let v = self.value()?;
                        entries.push((key, v));
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                break;
                            }
                            _ => return Err(self.err("expected `,` or `}`")),
                        }
                    }
                }
                Value::Map(entries)
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                } else {
                    loop {
                        self.ws();
                        items.push(self.value()?);
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                break;
                            }
                            _ => return Err(self.err("expected `,` or `]`")),
                        }
                    }
                }
                Value::Seq(items)
            }
            Some(b'"') => Value::Scalar { text: self.string()?, kind: ScalarKind::Str },
            Some(b't') if self.s[self.i..].starts_with(b"true") => {
                self.i += 4;
                Value::Scalar { text: "true".into(), kind: ScalarKind::Bool }
            }
            Some(b'f') if self.s[self.i..].starts_with(b"false") => {
                self.i += 5;
                Value::Scalar { text: "false".into(), kind: ScalarKind::Bool }
            }
            Some(b'n') if self.s[self.i..].starts_with(b"null") => {
                self.i += 4;
                Value::Scalar { text: String::new(), kind: ScalarKind::Null }
            }
            Some(b'-' | b'0'..=b'9') => {
                while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                let t = &self.text[start..self.i];
                if t.parse::<f64>().is_err() {
                    return Err(SyntaxError { message: format!("`{t}` is not a number"), offset: start });
                }
                Value::Scalar { text: t.to_string(), kind: ScalarKind::Num }
            }
            _ => return Err(self.err("expected a value (string, number, object, array, true, false or null)")),
        };
        self.depth -= 1;
        Ok(Node { value: v, span: Span::new(start, self.i) })
    }
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let Some(&b) = self.s.get(self.i) else { return Err(self.err("unterminated string")) };
            match b {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.i += 1;
                    let e = self.s.get(self.i).copied().ok_or_else(|| self.err("unterminated escape"))?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi) {
                                if !self.s[self.i..].starts_with(b"\\u") {
                                    return Err(self.err("lone surrogate in \\u escape"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF))
                            } else {
                                char::from_u32(hi)
                            };
                            out.push(c.ok_or_else(|| self.err("invalid \\u escape"))?);
                        }
                        _ => return Err(self.err("unknown escape")),
                    }
                }
                b if b < 0x20 => return Err(self.err("control character in string")),
                _ => {
                    let rest = &self.text[self.i..];
                    let c = rest.chars().next().unwrap_or('\u{fffd}');
                    out.push(c);
                    self.i += c.len_utf8();
                }
            }
        }
    }
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let h = self.text.get(self.i..self.i + 4).ok_or_else(|| self.err("short \\u escape"))?;
        let v = u32::from_str_radix(h, 16).map_err(|_| self.err("bad \\u escape"))?;
        self.i += 4;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_keeps_leading_zeros_and_spans() {
        let n = yaml("copy_number: 000123\nphone: 0816-8118728\n").unwrap();
        assert_eq!(n.get("copy_number").unwrap().as_str(), Some("000123"));
        assert_eq!(n.get("phone").unwrap().as_str(), Some("0816-8118728"));
        assert_eq!(n.key_span("phone").unwrap().start, 20);
    }

    #[test]
    fn yaml_spans_are_bytes_after_chinese_text() {
        let t = "title: 标题\ntitel: x\n";
        let n = yaml(t).unwrap();
        assert_eq!(n.key_span("titel").unwrap().start, t.find("titel").unwrap());
    }

    #[test]
    fn toml_and_json_read_the_same_tree() {
        let a = toml("title = \"x\"\ncopy_number = \"000123\"\n").unwrap();
        let b = json("{\"title\": \"x\", \"copy_number\": \"000123\"}").unwrap();
        assert_eq!(a.get("copy_number").unwrap().as_str(), b.get("copy_number").unwrap().as_str());
    }

    #[test]
    fn json_errors_carry_offsets() {
        let e = json("{\"a\": [1, 2,, 3]}").unwrap_err();
        assert_eq!(e.offset, 12);
    }
}
