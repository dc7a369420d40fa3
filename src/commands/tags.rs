//! Tags: the stream and resource-ARN tagging commands; `--tags` in shorthand or JSON.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::cli::{
    AddTagsArgs, ListTagsArgs, RemoveTagsArgs, ResourceArgs, TagResourceArgs, UntagResourceArgs,
};
use crate::commands::streams::stream_ref;
use crate::commands::{Context, params, to_json};
use crate::error::{Error, Result};
use crate::model::*;

/// `--tags` as shorthand or a JSON object of strings.
pub(crate) fn tags(text: &str) -> Result<BTreeMap<String, String>> {
    params::structure("--tags", text)?
        .into_iter()
        .map(|(k, v)| match v {
            Value::String(s) => Ok((k, s)),
            other => Err(Error::ParamValidation(format!(
                "Error parsing parameter '--tags': the value of {k} must be a string, not {other}"
            ))),
        })
        .collect()
}

/// add-tags-to-stream: prints nothing, as aws-cli.
pub async fn add_tags(ctx: &Context, a: AddTagsArgs) -> Result<()> {
    let input = AddTagsInput { stream: stream_ref(a.stream)?, tags: tags(&a.tags)? };
    ctx.call(Action::AddTagsToStream, input, |i| ctx.backend.add_tags_to_stream(i)).await?;
    ctx.print("AddTagsToStream", None, None)
}

/// remove-tags-from-stream: prints nothing, as aws-cli.
pub async fn remove_tags(ctx: &Context, a: RemoveTagsArgs) -> Result<()> {
    let input = RemoveTagsInput { stream: stream_ref(a.stream)?, tag_keys: a.tag_keys };
    ctx.call(Action::RemoveTagsFromStream, input, |i| ctx.backend.remove_tags_from_stream(i))
        .await?;
    ctx.print("RemoveTagsFromStream", None, None)
}

/// list-tags-for-stream.
pub async fn list_tags(ctx: &Context, a: ListTagsArgs) -> Result<()> {
    params::min_len("ExclusiveStartTagKey", a.exclusive_start_tag_key.as_deref(), 1)?;
    params::min_value("Limit", a.limit, 1)?;
    let input = ListTagsForStreamInput {
        stream: stream_ref(a.stream)?,
        exclusive_start_tag_key: a.exclusive_start_tag_key,
        limit: a.limit,
    };
    let out =
        ctx.call(Action::ListTagsForStream, input, |i| ctx.backend.list_tags_for_stream(i)).await?;
    ctx.print("ListTagsForStream", Some("Tags[].join('=', [Key, Value])"), Some(to_json(&out)?))
}

/// tag-resource: prints nothing, as aws-cli.
pub async fn tag_resource(ctx: &Context, a: TagResourceArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = TagResourceInput { resource_arn: a.resource_arn, tags: tags(&a.tags)? };
    ctx.call(Action::TagResource, input, |i| ctx.backend.tag_resource(i)).await?;
    ctx.print("TagResource", None, None)
}

/// untag-resource: prints nothing, as aws-cli.
pub async fn untag_resource(ctx: &Context, a: UntagResourceArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = UntagResourceInput { resource_arn: a.resource_arn, tag_keys: a.tag_keys };
    ctx.call(Action::UntagResource, input, |i| ctx.backend.untag_resource(i)).await?;
    ctx.print("UntagResource", None, None)
}

/// list-tags-for-resource.
pub async fn list_tags_for_resource(ctx: &Context, a: ResourceArgs) -> Result<()> {
    params::min_len("ResourceARN", Some(&a.resource_arn), 1)?;
    let input = ListTagsForResourceInput { resource_arn: a.resource_arn };
    let out = ctx
        .call(Action::ListTagsForResource, input, |i| ctx.backend.list_tags_for_resource(i))
        .await?;
    ctx.print("ListTagsForResource", Some("Tags[].join('=', [Key, Value])"), Some(to_json(&out)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_in_shorthand_and_json() {
        let expected: BTreeMap<String, String> =
            [("a", "1"), ("b", "x,y")].map(|(k, v)| (k.to_string(), v.to_string())).into();
        assert_eq!(tags("a=1,b='x,y'").ok(), Some(expected.clone()));
        assert_eq!(tags(r#"{"a": "1", "b": "x,y"}"#).ok(), Some(expected));
        assert_eq!(tags(r#"{"a": 1}"#).map_err(|e| e.exit_code()), Err(252));
    }

    proptest::proptest! {
        #[test]
        fn any_tags_text_parses_or_is_a_parameter_error(text in "\\PC{0,80}|[A-Za-z0-9=,'\"{}: ]{0,40}") {
            if let Err(e) = tags(&text) {
                proptest::prop_assert_eq!(e.exit_code(), 252, "{}", e);
            }
        }
    }
}
