//! The JSON Schema of structured input (`folio schema`), for editors (VS Code's YAML and JSON
//! support, taplo for TOML). A test keeps it in step with the model.

use serde_json::{Value, json};

fn s(desc: &str) -> Value {
    json!({ "type": "string", "description": desc })
}

fn list(desc: &str) -> Value {
    json!({ "description": desc, "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] })
}

fn inline_text(desc: &str) -> Value {
    json!({ "type": "string", "description": format!("{desc} (inline Markdown: **strong**, *emphasis*, [links](https://…))") })
}

pub fn schema() -> Value {
    let contact = json!({
        "type": "object", "additionalProperties": false,
        "description": "The issuer's contact information, shown in the footer",
        "properties": {
            "organization": s("联系单位 (also: organisation)"), "organisation": s("alias of organization"),
            "person": s("联系人"), "phone": s("联系电话, kept as written: 0816-8118728"), "fax": s("传真"),
            "address": s("地址"), "postcode": s("邮编"), "email": s("电子邮箱"), "website": s("网址")
        }
    });
    let bulletin = json!({
        "type": "object", "additionalProperties": false, "description": "简报 masthead and footer",
        "properties": {
            "name": s("bulletin name: 科技城新区工作简报"), "issue": s("期号: 12 or 第12期"), "total_issue": s("总期号"),
            "report_to": list("报："), "send_to": list("送："), "distribute_to": list("发："), "copies": s("共印N份")
        }
    });
    let attendees = json!({
        "type": "object", "additionalProperties": false, "description": "纪要: the attendance lines after the body",
        "properties": { "present": list("出席"), "on_leave": list("请假"), "observers": list("列席"),
            "出席": list("alias of present"), "请假": list("alias of on_leave"), "列席": list("alias of observers") }
    });
    let cell = json!({ "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["text"],
        "properties": { "text": { "type": "string" }, "colspan": { "type": "integer", "minimum": 1 }, "rowspan": { "type": "integer", "minimum": 1 } } }] });
    let block = json!({
        "type": "object", "additionalProperties": false, "minProperties": 1,
        "description": "One block: exactly one of heading, paragraph, list, table, quote, image, page_break, rule, attachment, markdown",
        "properties": {
            "heading": inline_text("a section heading; numbers 一、（一）1.（1） are added unless the text has one"),
            "level": { "type": "integer", "minimum": 1, "maximum": 4, "description": "heading level: 1 一、 2 （一） 3 1. 4 （1）" },
            "paragraph": inline_text("a paragraph"),
            "markdown": { "type": "string", "description": "any Markdown" },
            "quote": inline_text("a block quote"),
            "list": { "type": "object", "additionalProperties": false, "required": ["items"], "properties": {
                "ordered": { "type": "boolean" }, "start": { "type": "integer", "minimum": 0 }, "items": { "type": "array", "items": { "type": "string" } } } },
            "table": { "type": "object", "additionalProperties": false, "properties": {
                "header": { "type": "array", "items": cell.clone() }, "rows": { "type": "array", "items": { "type": "array", "items": cell } },
                "widths": { "type": "array", "items": { "type": "number", "exclusiveMinimum": 0 } },
                "align": { "type": "array", "items": { "enum": ["auto", "left", "center", "right"] } },
                "caption": { "type": "string" } } },
            "image": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": {
                "path": s("PNG or JPEG, relative to the document"), "alt": s("alternative text"), "caption": s("caption under the image: 图1 …") } },
            "page_break": { "type": "boolean" },
            "rule": { "type": "boolean" },
            "attachment": { "type": "object", "additionalProperties": false, "properties": {
                "label": s("附件1"), "title": s("the attachment's title"), "body": { "$ref": "#/$defs/body" } } }
        }
    });
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://folio.invalid/schema/document.json",
        "title": "folio document",
        "description": "A resolution, notice or bulletin for folio: the metadata fields plus `body`. Every value is text; numbers are kept exactly as written.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "kind": s("notice, resolution, decision, circular, report, opinion, measures, announcement, letter, bulletin (or 通知, 决议, …)"),
            "title": s("标题; a `\\n` forces a line break"),
            "subtitle": s("副标题"),
            "issuer": list("发文机关; several for a joint document"),
            "doc_number": s("发文字号: 科源发〔2021〕12号"),
            "date": s("成文日期: 2021-08-27, 2021/08/27 or 2021年8月27日"),
            "addressee": s("主送机关"),
            "signers": list("签发人 (upward documents)"),
            "signer": list("alias of signers"),
            "signature": s("署名 under the body; defaults to the issuer"),
            "copies_to": list("抄送"),
            "printer": s("印发机关"),
            "print_date": s("印发日期"),
            "secrecy": s("密级: 秘密★1年"),
            "urgency": s("紧急程度: 特急, 加急"),
            "copy_number": s("份号, six digits kept as written: 000123"),
            "bulletin": bulletin,
            "attachments": list("附件说明: attachment names in order"),
            "note": s("附注"),
            "source": s("where the text came from"),
            "contact": contact,
            "keywords": list("PDF and HTML keywords"),
            "description": s("one-line description (PDF subject, HTML description)"),
            "seal": s("电子印章: a PNG of the seal, placed over the signature"),
            "attendees": attendees,
            "body": { "$ref": "#/$defs/body" }
        },
        "$defs": {
            "block": block,
            "body": { "description": "Markdown text, or a list of blocks", "anyOf": [{ "type": "string" }, { "type": "array", "items": { "$ref": "#/$defs/block" } }] }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_lists_every_metadata_field() {
        let meta = serde_json::to_value(crate::model::Meta::default()).unwrap();
        let props = schema()["properties"].as_object().unwrap().clone();
        for key in meta.as_object().unwrap().keys() {
            assert!(props.contains_key(key), "schema lacks `{key}`");
        }
        let contact = serde_json::to_value(crate::model::Contact::default()).unwrap();
        for key in contact.as_object().unwrap().keys() {
            assert!(props["contact"]["properties"].as_object().unwrap().contains_key(key), "schema lacks contact.{key}");
        }
        let a = serde_json::to_value(crate::model::Attendees::default()).unwrap();
        for key in a.as_object().unwrap().keys() {
            assert!(props["attendees"]["properties"].as_object().unwrap().contains_key(key), "schema lacks attendees.{key}");
        }
        let b = serde_json::to_value(crate::model::Bulletin::default()).unwrap();
        for key in b.as_object().unwrap().keys() {
            assert!(props["bulletin"]["properties"].as_object().unwrap().contains_key(key), "schema lacks bulletin.{key}");
        }
    }
}
