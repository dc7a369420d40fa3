//! Channels: create-, describe-, list-, update- and delete-channel, as JSON documents (see
//! [`ChannelDocument`]).

use serde_json::{Map, Value};

use crate::cli::{ChannelArnArgs, CreateChannelArgs, ListChannelsArgs, UpdateChannelArgs};
use crate::commands::{Context, params};
use crate::error::{Error, Result};
use crate::model::*;

/// A request document, built member by member from flags.
#[derive(Default)]
struct Doc(Map<String, Value>);

impl Doc {
    fn text(mut self, member: &str, value: Option<String>) -> Doc {
        if let Some(v) = value {
            self.0.insert(member.into(), Value::String(v));
        }
        self
    }

    fn number(mut self, member: &str, value: Option<i64>) -> Doc {
        if let Some(v) = value {
            self.0.insert(member.into(), Value::from(v));
        }
        self
    }

    /// A structure, in aws-cli's shorthand or JSON.
    fn structure(mut self, member: &str, flag: &str, value: Option<String>) -> Result<Doc> {
        if let Some(text) = value {
            self.0.insert(member.into(), Value::Object(params::structure(flag, &text)?));
        }
        Ok(self)
    }

    /// A list, as JSON.
    fn list(mut self, member: &str, flag: &str, value: Option<String>) -> Result<Doc> {
        if let Some(text) = value {
            let text = params::param_text(flag, &text)?;
            let list = serde_json::from_str::<Vec<Value>>(&text).map_err(|e| {
                Error::ParamValidation(format!("Error parsing parameter '{flag}': {e}"))
            })?;
            self.0.insert(member.into(), Value::Array(list));
        }
        Ok(self)
    }

    /// A channel's destination and logging settings, as create- and update-channel take them.
    fn destinations(
        self,
        s3: Option<String>,
        s3_tables: Option<String>,
        logging: Option<String>,
    ) -> Result<Doc> {
        self.structure("S3DestinationConfiguration", "--s3-destination-configuration", s3)?
            .structure(
                "S3TablesDestinationConfiguration",
                "--s3-tables-destination-configuration",
                s3_tables,
            )?
            .structure("LoggingConfiguration", "--logging-configuration", logging)
    }

    fn done(self) -> ChannelDocument {
        ChannelDocument(self.0)
    }
}

/// The answer, printed as it came (`--output raw`: `raw`).
fn print(ctx: &Context, title: &str, raw: Option<&str>, out: ChannelDocument) -> Result<()> {
    ctx.print(title, raw, Some(Value::Object(out.0)))
}

/// create-channel.
pub async fn create(ctx: &Context, a: CreateChannelArgs) -> Result<()> {
    let tags = a.tags.as_deref().map(super::tags::tags).transpose()?;
    let mut doc = Doc::default()
        .text("ChannelName", Some(a.channel_name))
        .text("ServiceExecutionRoleARN", Some(a.service_execution_role_arn))
        .list(
            "StreamConfigurationList",
            "--stream-configuration-list",
            Some(a.stream_configuration_list),
        )?
        .structure(
            "EncryptionConfiguration",
            "--encryption-configuration",
            a.encryption_configuration,
        )?
        .destinations(
            a.s3_destination_configuration,
            a.s3_tables_destination_configuration,
            a.logging_configuration,
        )?;
    if let Some(tags) = tags {
        let map = tags.into_iter().map(|(k, v)| (k, Value::String(v))).collect();
        doc.0.insert("Tags".into(), Value::Object(map));
    }
    let out =
        ctx.call(Action::CreateChannel, doc.done(), |i| ctx.backend.create_channel(i)).await?;
    print(ctx, "CreateChannel", Some("ChannelDescription.ChannelARN"), out)
}

/// describe-channel.
pub async fn describe(ctx: &Context, a: ChannelArnArgs) -> Result<()> {
    let doc = Doc::default().text("ChannelARN", Some(a.channel_arn)).done();
    let out = ctx.call(Action::DescribeChannel, doc, |i| ctx.backend.describe_channel(i)).await?;
    print(ctx, "DescribeChannel", Some("ChannelDescription.ChannelStatus"), out)
}

/// list-channels: one page, as asked.
pub async fn list(ctx: &Context, a: ListChannelsArgs) -> Result<()> {
    let doc = Doc::default()
        .list("StreamFilter", "--stream-filter", a.stream_filter)?
        .number("MaxResults", a.max_results)
        .text("NextToken", a.next_token)
        .done();
    let out = ctx.call(Action::ListChannels, doc, |i| ctx.backend.list_channels(i)).await?;
    print(ctx, "ListChannels", Some("ChannelSummaries[].ChannelARN"), out)
}

/// update-channel.
pub async fn update(ctx: &Context, a: UpdateChannelArgs) -> Result<()> {
    let doc = Doc::default()
        .text("ChannelARN", Some(a.channel_arn))
        .destinations(
            a.s3_destination_configuration,
            a.s3_tables_destination_configuration,
            a.logging_configuration,
        )?
        .done();
    let out = ctx.call(Action::UpdateChannel, doc, |i| ctx.backend.update_channel(i)).await?;
    print(ctx, "UpdateChannel", Some("ChannelDescription.ChannelStatus"), out)
}

/// delete-channel: print nothing, as aws-cli.
pub async fn delete(ctx: &Context, a: ChannelArnArgs) -> Result<()> {
    let doc = Doc::default().text("ChannelARN", Some(a.channel_arn)).done();
    ctx.call(Action::DeleteChannel, doc, |i| ctx.backend.delete_channel(i)).await?;
    ctx.print("DeleteChannel", None, None)
}
