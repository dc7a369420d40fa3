//! Tags: the tagging actions' requests and responses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::StreamRef;

/// AddTagsToStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddTagsInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Keys and values to set, 1–10 per call.
    pub tags: BTreeMap<String, String>,
}

/// RemoveTagsFromStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoveTagsInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Keys to remove, 1–10 per call.
    pub tag_keys: Vec<String>,
}

/// ListTagsForStream's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForStreamInput {
    /// The stream.
    #[serde(flatten)]
    pub stream: StreamRef,
    /// Start after this key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclusive_start_tag_key: Option<String>,
    /// At most this many tags (1–50; 10 when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// A tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// Its key.
    pub key: String,
    /// Its value (may be empty).
    #[serde(default)]
    pub value: String,
}

/// ListTagsForStream's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForStreamOutput {
    /// Tags in key order.
    pub tags: Vec<Tag>,
    /// Whether more follow.
    pub has_more_tags: bool,
}

/// TagResource's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResourceInput {
    /// The stream's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    /// Keys and values to set.
    pub tags: BTreeMap<String, String>,
}

/// UntagResource's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UntagResourceInput {
    /// The stream's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
    /// Keys to remove.
    pub tag_keys: Vec<String>,
}

/// ListTagsForResource's request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForResourceInput {
    /// The stream's ARN.
    #[serde(rename = "ResourceARN")]
    pub resource_arn: String,
}

/// ListTagsForResource's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForResourceOutput {
    /// Tags in key order.
    pub tags: Vec<Tag>,
}
