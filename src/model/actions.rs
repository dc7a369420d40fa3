//! The registry: every Kinesis action the tool serves, declared once, as data.
//!
//! [`with_actions!`](crate::with_actions) hands the list to a macro; from it come the
//! [`Action`] enum (names, read-only flags), the `Kinesis` trait (one method per action, in and
//! out types as listed), and the server's dispatch. The engine and the AWS adapter implement
//! the trait, so the compiler finds a missing one; the server's member schemas and the
//! commands are checked against [`Action::ALL`] by tests. Adding an action = one line here +
//! its model types + one engine function + one adapter call + one args struct.

/// Calls `$m!` with every action: `Name method: Input => Output, read|write;`.
#[macro_export]
macro_rules! with_actions {
    ($m:ident) => {
        $m! {
            AcknowledgeDeadLetterQueueRecords acknowledge_dead_letter_queue_records: QueueReceiptsInput => QueueEntriesOutput, write;
            AcknowledgeQueueRecords acknowledge_queue_records: QueueReceiptsInput => QueueEntriesOutput, write;
            AddTagsToStream add_tags_to_stream: AddTagsInput => (), write;
            CreateChannel create_channel: ChannelDocument => ChannelDocument, write;
            CreateQueue create_queue: CreateQueueInput => QueueDescriptionOutput, write;
            CreateStream create_stream: CreateStreamInput => (), write;
            DecreaseStreamRetentionPeriod decrease_stream_retention_period: RetentionInput => (), write;
            DeleteChannel delete_channel: ChannelDocument => (), write;
            DeleteQueue delete_queue: QueueRef => (), write;
            DeleteResourcePolicy delete_resource_policy: ResourcePolicyInput => (), write;
            DeleteStream delete_stream: DeleteStreamInput => (), write;
            DeregisterStreamConsumer deregister_stream_consumer: ConsumerRef => (), write;
            DescribeAccountSettings describe_account_settings: DescribeAccountSettingsInput => AccountSettingsOutput, read;
            DescribeChannel describe_channel: ChannelDocument => ChannelDocument, read;
            DescribeLimits describe_limits: DescribeLimitsInput => DescribeLimitsOutput, read;
            DescribeQueue describe_queue: QueueRef => QueueDescriptionOutput, read;
            DescribeStream describe_stream: DescribeStreamInput => DescribeStreamOutput, read;
            DescribeStreamConsumer describe_stream_consumer: ConsumerRef => DescribeStreamConsumerOutput, read;
            DescribeStreamSummary describe_stream_summary: StreamRef => DescribeStreamSummaryOutput, read;
            DisableEnhancedMonitoring disable_enhanced_monitoring: MonitoringInput => MonitoringOutput, write;
            EnableEnhancedMonitoring enable_enhanced_monitoring: MonitoringInput => MonitoringOutput, write;
            GetRecords get_records: GetRecordsInput => GetRecordsOutput, read;
            GetResourcePolicy get_resource_policy: ResourcePolicyInput => GetResourcePolicyOutput, read;
            GetShardIterator get_shard_iterator: GetShardIteratorInput => GetShardIteratorOutput, read;
            IncreaseStreamRetentionPeriod increase_stream_retention_period: RetentionInput => (), write;
            ListChannels list_channels: ChannelDocument => ChannelDocument, read;
            ListQueues list_queues: ListQueuesInput => ListQueuesOutput, read;
            ListShards list_shards: ListShardsInput => ListShardsOutput, read;
            ListStreamConsumers list_stream_consumers: ListStreamConsumersInput => ListStreamConsumersOutput, read;
            ListStreams list_streams: ListStreamsInput => ListStreamsOutput, read;
            ListTagsForResource list_tags_for_resource: ListTagsForResourceInput => ListTagsForResourceOutput, read;
            ListTagsForStream list_tags_for_stream: ListTagsForStreamInput => ListTagsForStreamOutput, read;
            MergeShards merge_shards: MergeShardsInput => (), write;
            PutRecord put_record: PutRecordInput => PutRecordOutput, write;
            PutRecords put_records: PutRecordsInput => PutRecordsOutput, write;
            PutResourcePolicy put_resource_policy: PutResourcePolicyInput => (), write;
            ReceiveDeadLetterQueueRecords receive_dead_letter_queue_records: ReceiveQueueRecordsInput => ReceiveQueueRecordsOutput, write;
            ReceiveQueueRecords receive_queue_records: ReceiveQueueRecordsInput => ReceiveQueueRecordsOutput, write;
            RegisterStreamConsumer register_stream_consumer: RegisterStreamConsumerInput => RegisterStreamConsumerOutput, write;
            RemoveTagsFromStream remove_tags_from_stream: RemoveTagsInput => (), write;
            RestoreDeadLetterQueueRecords restore_dead_letter_queue_records: QueueReceiptsInput => QueueEntriesOutput, write;
            SplitShard split_shard: SplitShardInput => (), write;
            StartStreamEncryption start_stream_encryption: EncryptionInput => (), write;
            StopStreamEncryption stop_stream_encryption: EncryptionInput => (), write;
            SubscribeToShard subscribe_to_shard: SubscribeToShardInput => Subscription, write;
            TagResource tag_resource: TagResourceInput => (), write;
            UntagResource untag_resource: UntagResourceInput => (), write;
            UpdateAccountSettings update_account_settings: UpdateAccountSettingsInput => AccountSettingsOutput, write;
            UpdateChannel update_channel: ChannelDocument => ChannelDocument, write;
            UpdateDeadLetterQueueRecordsVisibility update_dead_letter_queue_records_visibility: QueueVisibilityInput => QueueEntriesOutput, write;
            UpdateMaxRecordSize update_max_record_size: UpdateMaxRecordSizeInput => (), write;
            UpdateQueue update_queue: UpdateQueueInput => QueueDescriptionOutput, write;
            UpdateQueueRecordsVisibility update_queue_records_visibility: QueueVisibilityInput => QueueEntriesOutput, write;
            UpdateShardCount update_shard_count: UpdateShardCountInput => UpdateShardCountOutput, write;
            UpdateStreamMode update_stream_mode: UpdateStreamModeInput => (), write;
            UpdateStreamRecordDistributionStrategy update_stream_record_distribution_strategy: UpdateDistributionInput => (), write;
            UpdateStreamWarmThroughput update_stream_warm_throughput: UpdateWarmThroughputInput => UpdateWarmThroughputOutput, write;
        }
    };
}

macro_rules! define_actions {
    ($($name:ident $method:ident: $input:ty => $output:ty, $access:ident;)*) => {
        /// A Kinesis action, by its name on the wire.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $(
                #[doc = concat!("`", stringify!($name), "`.")]
                $name,
            )*
        }

        impl Action {
            /// Every action, in the registry's (alphabetical) order.
            pub const ALL: &[Action] = &[$(Action::$name),*];

            /// The action's name, as in `X-Amz-Target: Kinesis_20131202.<name>`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$name => stringify!($name),)*
                }
            }

            /// Whether the action only reads (never changes a stream or its records).
            pub fn read_only(self) -> bool {
                match self {
                    $(Action::$name => define_actions!(@read $access),)*
                }
            }
        }
    };
    (@read read) => { true };
    (@read write) => { false };
}

with_actions!(define_actions);

impl Action {
    /// The action named `name`, if the registry has it.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }

    /// The action whose aws-cli command is `command`, if the registry has it (compared
    /// without building the 57 commands: the command line's parse looks actions up this way).
    pub fn from_command(command: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.kebab().eq(command.bytes()))
    }

    /// The aws-cli command that calls it: the name in kebab case (`PutRecords` → `put-records`).
    pub fn command(self) -> String {
        self.kebab().map(char::from).collect()
    }

    /// The bytes of [`Action::command`]: a dash before each capital but the first, all
    /// lowercase.
    fn kebab(self) -> impl Iterator<Item = u8> {
        self.name().bytes().enumerate().flat_map(|(i, c)| {
            let dash = (i > 0 && c.is_ascii_uppercase()).then_some(b'-');
            dash.into_iter().chain([c.to_ascii_lowercase()])
        })
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_read_as_aws_cli_commands() {
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(*a));
        }
        assert_eq!(Action::PutRecords.command(), "put-records");
        assert_eq!(Action::ListTagsForResource.command(), "list-tags-for-resource");
        for a in Action::ALL {
            assert_eq!(Action::from_command(&a.command()), Some(*a));
        }
        for near in ["put-record-", "put-recor", "putrecord", "Put-Record", "-put-record", ""] {
            assert_eq!(Action::from_command(near), None, "{near}");
        }
        assert!(Action::GetRecords.read_only() && !Action::PutRecord.read_only());
        assert_eq!(Action::from_name("Nope"), None);
    }
}
