//! Tags: add-tags-to-stream, remove-tags-from-stream, list-tags-for-stream, tag-resource,
//! untag-resource, list-tags-for-resource.

use clap::Args;

use super::StreamTarget;

/// add-tags-to-stream.
#[derive(Debug, Args)]
pub struct AddTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: String,
}

/// remove-tags-from-stream.
#[derive(Debug, Args)]
pub struct RemoveTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// The keys to remove.
    #[arg(long, num_args = 1.., required = true, value_name = "KEY")]
    pub tag_keys: Vec<String>,
}

/// list-tags-for-stream.
#[derive(Debug, Args)]
pub struct ListTagsArgs {
    /// The stream.
    #[command(flatten)]
    pub stream: StreamTarget,
    /// Start after this key.
    #[arg(long, value_name = "KEY")]
    pub exclusive_start_tag_key: Option<String>,
    /// At most this many tags (1–50; 10 by default).
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
}

/// A command on a resource ARN.
#[derive(Debug, Args)]
pub struct ResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
}

/// tag-resource.
#[derive(Debug, Args)]
pub struct TagResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// `k1=v1,k2=v2`, or a JSON object.
    #[arg(long, value_name = "SHORTHAND|JSON")]
    pub tags: String,
}

/// untag-resource.
#[derive(Debug, Args)]
pub struct UntagResourceArgs {
    /// The stream's ARN.
    #[arg(long, value_name = "ARN")]
    pub resource_arn: String,
    /// The keys to remove.
    #[arg(long, num_args = 1.., required = true, value_name = "KEY")]
    pub tag_keys: Vec<String>,
}
