//! A small spanned value tree shared by YAML, TOML and JSON input, and a serde deserializer over
//! it. Two reasons to have our own tree rather than each format's serde support:
//!
//! * every scalar is kept as the text that was written, so `copy_number: 000123` and
//!   `phone: 0816-8118728` reach the model unchanged (YAML 1.1 readers turned `016` into 14);
//! * every key and value has a byte span, so unknown keys and wrong types are reported at
//!   their own `line:col`, with a "did you mean" hint, whatever the format.

use std::fmt;

use serde::de::{self, DeserializeSeed, Error as _, IntoDeserializer, MapAccess, SeqAccess, Visitor};

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarKind {
    /// A string (quoted, or a plain YAML scalar that is not a number/bool/null).
    Str,
    /// Written like a number (kept as text).
    Num,
    Bool,
    Null,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Scalar { text: String, kind: ScalarKind },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

impl Node {
    pub fn str(text: impl Into<String>, span: Span) -> Node {
        Node { value: Value::Scalar { text: text.into(), kind: ScalarKind::Str }, span }
    }
    /// How many nodes this one holds, itself included.
    pub fn count(&self) -> usize {
        1 + match &self.value {
            Value::Seq(items) => items.iter().map(Node::count).sum(),
            Value::Map(entries) => entries.iter().map(|(k, v)| k.count() + v.count()).sum(),
            Value::Scalar { .. } => 0,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, kind: ScalarKind::Str | ScalarKind::Num } => Some(text),
            _ => None,
        }
    }
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(m) => m.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v),
            _ => None,
        }
    }
    /// The span of a key in a map (for errors about the key itself).
    pub fn key_span(&self, key: &str) -> Option<Span> {
        match &self.value {
            Value::Map(m) => m.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(k, _)| k.span),
            _ => None,
        }
    }
    /// Shift every span by `offset` (front matter sits inside a larger file).
    pub fn shift(&mut self, offset: usize) {
        self.span = Span::new(self.span.start + offset, self.span.end + offset);
        match &mut self.value {
            Value::Scalar { .. } => {}
            Value::Seq(items) => items.iter_mut().for_each(|n| n.shift(offset)),
            Value::Map(m) => m.iter_mut().for_each(|(k, v)| {
                k.shift(offset);
                v.shift(offset)
            }),
        }
    }
    fn describe(&self) -> &'static str {
        match &self.value {
            Value::Scalar { kind: ScalarKind::Str, .. } => "a string",
            Value::Scalar { kind: ScalarKind::Num, .. } => "a number",
            Value::Scalar { kind: ScalarKind::Bool, .. } => "a boolean",
            Value::Scalar { kind: ScalarKind::Null, .. } => "nothing (null)",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a table of keys",
        }
    }
}

/// A deserialization error with the span of the node it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct DeError {
    pub message: String,
    pub hint: Option<String>,
    pub span: Option<Span>,
    /// Set for unknown keys: the key, so callers can word their own hint.
    pub unknown_key: Option<String>,
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError { message: msg.to_string(), hint: None, span: None, unknown_key: None }
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let hint = match crate::diag::did_you_mean(field, expected.iter().copied()) {
            Some(best) => format!("did you mean '{best}'?"),
            None => format!("the keys allowed here are: {}", expected.join(", ")),
        };
        DeError { message: format!("unknown key `{field}`"), hint: Some(hint), span: None, unknown_key: Some(field.to_string()) }
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let hint = match crate::diag::did_you_mean(variant, expected.iter().copied()) {
            Some(best) => format!("did you mean '{best}'?"),
            None => format!("one of: {}", expected.join(", ")),
        };
        DeError { message: format!("unknown value `{variant}`"), hint: Some(hint), span: None, unknown_key: None }
    }
    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        DeError::custom(format!("wrong type: expected {exp}, found {}", describe_unexpected(&unexp)))
    }
    fn missing_field(field: &'static str) -> Self {
        DeError::custom(format!("missing key `{field}`"))
    }
}

fn describe_unexpected(u: &de::Unexpected) -> String {
    match u {
        de::Unexpected::Seq => "a list".into(),
        de::Unexpected::Map => "a table of keys".into(),
        de::Unexpected::Str(s) => format!("the string \"{s}\""),
        de::Unexpected::Unit => "nothing (null)".into(),
        other => other.to_string(),
    }
}

impl DeError {
    fn at(mut self, span: Span) -> Self {
        if self.span.is_none() {
            self.span = Some(span);
        }
        self
    }
}

/// Deserialize any serde type from a node.
pub fn from_node<'de, T: de::Deserialize<'de>>(node: &'de Node) -> Result<T, DeError> {
    T::deserialize(node).map_err(|e| e.at(node.span))
}

impl<'de> de::Deserializer<'de> for &'de Node {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let r = match &self.value {
            Value::Scalar { text, kind: ScalarKind::Str | ScalarKind::Num } => visitor.visit_borrowed_str(text),
            Value::Scalar { text, kind: ScalarKind::Bool } => visitor.visit_bool(parse_bool(text).unwrap_or(false)),
            Value::Scalar { kind: ScalarKind::Null, .. } => visitor.visit_unit(),
            Value::Seq(items) => visitor.visit_seq(Seq { iter: items.iter() }),
            Value::Map(m) => visitor.visit_map(Map { iter: m.iter(), value: None }),
        };
        r.map_err(|e| e.at(self.span))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            // Numbers and booleans written where a string is expected stay exactly as written.
            Value::Scalar { text, kind: ScalarKind::Str | ScalarKind::Num | ScalarKind::Bool } => {
                visitor.visit_borrowed_str(text).map_err(|e: DeError| e.at(self.span))
            }
            _ => Err(DeError::custom(format!("wrong type: expected a string, found {}", self.describe())).at(self.span)),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Scalar { kind: ScalarKind::Null, .. } => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Scalar { text, .. } if parse_bool(text).is_some() => visitor.visit_bool(parse_bool(text).unwrap_or(false)),
            _ => Err(DeError::custom(format!("wrong type: expected true or false, found {}", self.describe())).at(self.span)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Seq(items) => visitor.visit_seq(Seq { iter: items.iter() }).map_err(|e| e.at(self.span)),
            _ => Err(DeError::custom(format!("wrong type: expected a list, found {}", self.describe())).at(self.span)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Map(m) => visitor.visit_map(Map { iter: m.iter(), value: None }).map_err(|e| e.at(self.span)),
            _ => Err(DeError::custom(format!("wrong type: expected a table of keys, found {}", self.describe())).at(self.span)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _name: &'static str, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Scalar { text, .. } => visitor.visit_enum(text.as_str().into_deserializer()).map_err(|e: DeError| e.at(self.span)),
            Value::Map(m) if m.len() == 1 => visitor.visit_enum(Enum { key: &m[0].0, value: &m[0].1 }).map_err(|e| e.at(self.span)),
            _ => Err(DeError::custom(format!("wrong type: expected a name, found {}", self.describe())).at(self.span)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Scalar { text, .. } => match text.trim().parse::<u64>() {
                Ok(n) => visitor.visit_u64(n),
                Err(_) => Err(DeError::custom(format!("expected a whole number, found \"{text}\"")).at(self.span)),
            },
            _ => Err(DeError::custom(format!("wrong type: expected a number, found {}", self.describe())).at(self.span)),
        }
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Scalar { text, .. } => match text.trim().parse::<f64>() {
                Ok(n) => visitor.visit_f64(n),
                Err(_) => Err(DeError::custom(format!("expected a number, found \"{text}\"")).at(self.span)),
            },
            _ => Err(DeError::custom(format!("wrong type: expected a number, found {}", self.describe())).at(self.span)),
        }
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.value {
            Value::Scalar { text, .. } => match text.trim().parse::<i64>() {
                Ok(n) => visitor.visit_i64(n),
                Err(_) => Err(DeError::custom(format!("expected a whole number, found \"{text}\"")).at(self.span)),
            },
            _ => Err(DeError::custom(format!("wrong type: expected a number, found {}", self.describe())).at(self.span)),
        }
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i128 u128 char bytes byte_buf unit unit_struct newtype_struct tuple tuple_struct ignored_any
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" | "yes" | "on" => Some(true),
        "false" | "False" | "FALSE" | "no" | "off" => Some(false),
        _ => None,
    }
}

struct Seq<'de> {
    iter: std::slice::Iter<'de, Node>,
}

impl<'de> SeqAccess<'de> for Seq<'de> {
    type Error = DeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        match self.iter.next() {
            Some(n) => seed.deserialize(n).map(Some).map_err(|e| e.at(n.span)),
            None => Ok(None),
        }
    }
}

struct Map<'de> {
    iter: std::slice::Iter<'de, (Node, Node)>,
    value: Option<&'de Node>,
}

impl<'de> MapAccess<'de> for Map<'de> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(k).map(Some).map_err(|e| e.at(k.span))
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let v = self.value.take().ok_or_else(|| DeError::custom("value without a key"))?;
        seed.deserialize(v).map_err(|e| e.at(v.span))
    }
}

struct Enum<'de> {
    key: &'de Node,
    value: &'de Node,
}

impl<'de> de::EnumAccess<'de> for Enum<'de> {
    type Error = DeError;
    type Variant = &'de Node;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, &'de Node), DeError> {
        let v = seed.deserialize(self.key).map_err(|e| e.at(self.key.span))?;
        Ok((v, self.value))
    }
}

impl<'de> de::VariantAccess<'de> for &'de Node {
    type Error = DeError;
    fn unit_variant(self) -> Result<(), DeError> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        de::Deserializer::deserialize_seq(self, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, DeError> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str, kind: ScalarKind) -> Node {
        Node { value: Value::Scalar { text: t.into(), kind }, span: Span::new(0, t.len()) }
    }

    #[test]
    fn numbers_deserialize_into_strings_exactly_as_written() {
        let n = s("000123", ScalarKind::Num);
        let v: String = from_node(&n).unwrap();
        assert_eq!(v, "000123");
    }

    #[test]
    fn unknown_key_error_points_at_the_key_and_suggests() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            title: Option<String>,
        }
        let key = Node::str("titel", Span::new(10, 15));
        let map = Node { value: Value::Map(vec![(key, s("x", ScalarKind::Str))]), span: Span::new(0, 20) };
        let e = from_node::<T>(&map).unwrap_err();
        assert_eq!(e.span, Some(Span::new(10, 15)));
        assert_eq!(e.hint.as_deref(), Some("did you mean 'title'?"));
    }
}
