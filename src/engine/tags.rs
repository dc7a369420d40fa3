//! Tags: AddTagsToStream, RemoveTagsFromStream, ListTagsForStream and their resource-ARN
//! twins, with Kinesis's limits and character rules.

use std::collections::BTreeMap;

use rusqlite::{Transaction, params};

use crate::engine::rows::*;
use crate::error::{Error, Result};
use crate::model::limits::*;
use crate::model::*;

/// Kinesis's tag character rule: letters, digits, white space and `_ . : / = + - @`.
pub(crate) fn tag_chars_ok(s: &str) -> bool {
    s.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || "_.:/=+-@%".contains(c))
}

fn check_tag_text(stream: &StreamRow, texts: &[&str], verb: &str) -> Result<()> {
    if texts.iter().any(|t| !tag_chars_ok(t)) {
        return Err(Error::InvalidArgument(
            "Some tags contain invalid characters. Valid characters: Unicode letters, digits, white \
             space, _ . / = + - % @."
                .into(),
        ));
    }
    if texts.iter().any(|t| t.contains('%')) {
        return Err(Error::InvalidArgument(format!(
            "Failed to {verb} stream {} under account {LOCAL_ACCOUNT} because some tags contained \
             illegal characters. The allowed characters are Unicode letters, white-spaces, '_',',',\
             '/','=','+','-','@'.",
            stream.name
        )));
    }
    Ok(())
}

/// AddTagsToStream (and TagResource, and CreateStream's tags): sets keys, keeping at most 50
/// per stream.
pub(crate) fn add_tags(
    tx: &Transaction<'_>,
    stream: &StreamRef,
    tags: &BTreeMap<String, String>,
    now: Timestamp,
) -> Result<()> {
    let stream = resolve(tx, stream, now)?;
    let texts: Vec<&str> = tags.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]).collect();
    check_tag_text(&stream, &texts, "add tags to")?;
    let existing = list(tx, &stream)?;
    let added = tags.keys().filter(|k| !existing.iter().any(|t| &t.key == *k)).count();
    if existing.len() + added > MAX_TAGS_PER_STREAM {
        return Err(Error::InvalidArgument(format!(
            "Failed to add tags to stream {} under account {LOCAL_ACCOUNT} because a given stream \
             cannot have more than {MAX_TAGS_PER_STREAM} tags associated with it.",
            stream.name
        )));
    }
    for (k, val) in tags {
        tx.execute(
            "INSERT INTO tags (stream_id, key, value) VALUES (?1, ?2, ?3)
             ON CONFLICT (stream_id, key) DO UPDATE SET value = excluded.value",
            params![stream.id, k, val],
        )?;
    }
    Ok(())
}

/// RemoveTagsFromStream (and UntagResource).
pub(crate) fn remove_tags(
    tx: &Transaction<'_>,
    stream: &StreamRef,
    keys: &[String],
    now: Timestamp,
) -> Result<()> {
    let stream = resolve(tx, stream, now)?;
    check_tag_text(
        &stream,
        &keys.iter().map(String::as_str).collect::<Vec<_>>(),
        "remove tags from",
    )?;
    for k in keys {
        tx.execute("DELETE FROM tags WHERE stream_id = ?1 AND key = ?2", params![stream.id, k])?;
    }
    Ok(())
}

fn list(tx: &Transaction<'_>, stream: &StreamRow) -> Result<Vec<Tag>> {
    let mut stmt =
        tx.prepare_cached("SELECT key, value FROM tags WHERE stream_id = ?1 ORDER BY key")?;
    let tags = stmt.query_map([stream.id], |r| Ok(Tag { key: r.get(0)?, value: r.get(1)? }))?;
    Ok(tags.collect::<rusqlite::Result<_>>()?)
}

/// ListTagsForStream: in key order, after `ExclusiveStartTagKey`, `Limit` at a time.
pub(crate) fn list_tags(
    tx: &Transaction<'_>,
    input: &ListTagsForStreamInput,
    now: Timestamp,
) -> Result<ListTagsForStreamOutput> {
    let stream = resolve(tx, &input.stream, now)?;
    let after = input.exclusive_start_tag_key.as_deref().unwrap_or("");
    let mut tags: Vec<Tag> =
        list(tx, &stream)?.into_iter().filter(|t| t.key.as_str() > after).collect();
    let limit = input.limit.unwrap_or(10) as usize;
    let has_more_tags = tags.len() > limit;
    tags.truncate(limit);
    Ok(ListTagsForStreamOutput { tags, has_more_tags })
}

/// ListTagsForResource: every tag.
pub(crate) fn list_tags_for_resource(
    tx: &Transaction<'_>,
    arn: &str,
    now: Timestamp,
) -> Result<ListTagsForResourceOutput> {
    let stream = resolve(tx, &resource(arn), now)?;
    Ok(ListTagsForResourceOutput { tags: list(tx, &stream)? })
}

/// The stream a `ResourceARN` names (only stream ARNs exist in the engine).
pub(crate) fn resource(arn: &str) -> StreamRef {
    StreamRef { stream_name: None, stream_arn: Some(arn.to_string()) }
}
