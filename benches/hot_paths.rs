//! Micro-benchmarks (criterion) of what every record goes through: routing (MD5 of the
//! partition key, then the owning shard), sequence numbers (formatting and parsing), blobs
//! (base64 both ways, as the JSON protocol carries them), JSON-line scanning (what
//! `put-records --file` reads), shard iterators (issued, sealed, then verified), and a
//! 500-record PutRecords batch into the engine (in memory, so the fsync is left out).
//! `cargo bench --bench hot_paths`; figures only.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kinesis::backend::Kinesis;
use kinesis::cli::FileFormat;
use kinesis::engine::{Engine, EngineOptions};
use kinesis::model::hash_key::{HashKeyRange, hash_key, owner};
use kinesis::model::sequence::SequenceNumber;
use kinesis::model::shard_id::ShardId;
use kinesis::model::*;

fn routing(c: &mut Criterion) {
    let ranges = HashKeyRange::even_split(64);
    let keys: Vec<String> = (0..1000).map(|i| format!("user-{i:06}")).collect();
    let mut g = c.benchmark_group("routing");
    g.throughput(Throughput::Elements(keys.len() as u64));
    g.bench_function("md5 + owner of 64 shards, 1000 keys", |b| {
        b.iter(|| {
            for k in &keys {
                let h = hash_key(k, None).unwrap_or(0);
                black_box(owner(&ranges, h));
            }
        })
    });
    g.finish();
}

fn sequence_numbers(c: &mut Criterion) {
    let n = SequenceNumber::new(1_700_000_000_000_123, ShardId(7), 1_699_999_000_000_000);
    let text = n.to_string();
    let mut g = c.benchmark_group("sequence");
    g.bench_function("format", |b| b.iter(|| black_box(black_box(&n).to_string())));
    g.bench_function("parse", |b| b.iter(|| black_box(SequenceNumber::parse(black_box(&text)))));
    g.finish();
}

fn blobs(c: &mut Criterion) {
    let blob = Blob((0..200u8).collect());
    let json = serde_json::to_string(&blob).unwrap_or_default();
    let mut g = c.benchmark_group("base64 blob, 200 bytes");
    g.throughput(Throughput::Bytes(200));
    g.bench_function("encode", |b| b.iter(|| black_box(serde_json::to_string(black_box(&blob)))));
    g.bench_function("decode", |b| {
        b.iter(|| black_box(serde_json::from_str::<Blob>(black_box(&json))))
    });
    g.finish();
}

fn json_lines(c: &mut Criterion) {
    let mut text = Vec::new();
    for i in 0..10_000 {
        let head = format!("{{\"id\":{i:>9},\"user\":\"user{:05}\",\"payload\":\"", i % 1000);
        text.extend_from_slice(head.as_bytes());
        text.extend(std::iter::repeat_n(b'x', 200 - head.len() - 3));
        text.extend_from_slice(b"\"}\n");
    }
    let mut g = c.benchmark_group("put-records --file input, 10 000 lines of 200 bytes");
    g.throughput(Throughput::Elements(10_000));
    for (name, want_value) in [("scanned", false), ("parsed (--partition-key-field)", true)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let input = Box::new(std::io::Cursor::new(text.clone()));
                black_box(kinesis::commands::count_records(
                    input,
                    Some(FileFormat::Jsonl),
                    want_value,
                ))
            })
        });
    }
    g.finish();
}

/// An engine in memory with a stream `bench` of 4 shards.
fn engine_with_stream(rt: &tokio::runtime::Runtime) -> Engine {
    let engine = Engine::in_memory(EngineOptions::default()).expect("engine");
    let create = CreateStreamInput {
        stream_name: "bench".into(),
        shard_count: Some(4),
        ..Default::default()
    };
    rt.block_on(engine.create_stream(create)).expect("create");
    engine
}

fn engine(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let engine = engine_with_stream(&rt);
    let mut g = c.benchmark_group("engine (in memory)");
    g.bench_function("iterator issued and verified", |b| {
        b.iter(|| {
            let input = GetShardIteratorInput {
                stream: StreamRef::name("bench"),
                shard_id: "shardId-000000000003".into(),
                shard_iterator_type: ShardIteratorType::Latest,
                starting_sequence_number: None,
                timestamp: None,
                dry_run: None,
            };
            let it = rt.block_on(engine.get_shard_iterator(input)).expect("iterator");
            let input = GetRecordsInput { shard_iterator: it.shard_iterator, ..Default::default() };
            black_box(rt.block_on(engine.get_records(input)).expect("records"))
        })
    });
    let batch: Vec<PutRecordsRequestEntry> = (0..500)
        .map(|i| PutRecordsRequestEntry {
            data: Blob(vec![b'x'; 200]),
            partition_key: Some(format!("user-{i}")),
            ..Default::default()
        })
        .collect();
    g.throughput(Throughput::Elements(500));
    // Each sample puts into a store of its own, so memory stays bounded however many
    // batches criterion asks for.
    g.bench_function("PutRecords of 500 records of 200 bytes", |b| {
        b.iter_custom(|batches| {
            let engine = engine_with_stream(&rt);
            let started = std::time::Instant::now();
            for _ in 0..batches {
                let input = PutRecordsInput {
                    records: batch.clone(),
                    stream: StreamRef::name("bench"),
                    dry_run: None,
                };
                black_box(rt.block_on(engine.put_records(input)).expect("put"));
            }
            started.elapsed()
        })
    });
    g.finish();
}

criterion_group!(benches, routing, sequence_numbers, blobs, json_lines, engine);
criterion_main!(benches);
