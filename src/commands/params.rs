//! Parameter handling shared by commands: aws-cli's client-side checks, its shorthand syntax,
//! and timestamps as aws-cli accepts them.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::Timestamp;

/// aws-cli's (botocore's) client-side check of a string's minimum length.
pub fn min_len(param: &str, value: Option<&str>, min: usize) -> Result<()> {
    match value {
        Some(v) if v.chars().count() < min => Err(Error::ParamValidation(format!(
            "Parameter validation failed: Invalid length for parameter {param}, value: {}, \
             valid min length: {min}",
            v.chars().count()
        ))),
        _ => Ok(()),
    }
}

/// aws-cli's (botocore's) client-side check of a number's minimum.
pub fn min_value(param: &str, value: Option<i64>, min: i64) -> Result<()> {
    match value {
        Some(v) if v < min => Err(Error::ParamValidation(format!(
            "Parameter validation failed: Invalid value for parameter {param}, value: {v}, \
             valid min value: {min}"
        ))),
        _ => Ok(()),
    }
}

/// A parameter's text: `file://PATH` stands for the file's contents, as in aws-cli.
pub fn param_text(flag: &str, text: &str) -> Result<String> {
    match text.strip_prefix("file://") {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            Error::ParamValidation(format!(
                "Error parsing parameter '{flag}': Unable to load paramfile {text}: {e}"
            ))
        }),
        None => Ok(text.to_string()),
    }
}

/// Parses a structure given as JSON (`{"Type": "AT_LATEST"}`) or in aws-cli's shorthand
/// (`Type=AT_LATEST,ShardId=shardId-000000000001`; values may be quoted to hold commas, and
/// nest as `{…}` and `[…]`, see [`shaped::shorthand`](super::shaped::shorthand)).
pub fn structure(flag: &str, text: &str) -> Result<Map<String, Value>> {
    let bad =
        |why: String| Error::ParamValidation(format!("Error parsing parameter '{flag}': {why}"));
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        return match serde_json::from_str::<Value>(trimmed) {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(bad("expected a JSON object".into())),
            Err(e) => Err(bad(format!("Invalid JSON: {e}"))),
        };
    }
    super::shaped::shorthand(trimmed).map_err(bad)
}

/// A point in time as aws-cli takes one: epoch seconds (fractions allowed), or ISO 8601 with
/// or without a time and zone (no zone means UTC).
pub fn timestamp(param: &str, text: &str) -> Result<Timestamp> {
    use time::format_description::well_known::Iso8601;
    use time::{Date, OffsetDateTime, PrimitiveDateTime};
    let parsed = if let Ok(secs) = text.trim().parse::<f64>() {
        Timestamp::from_secs_f64(secs)
    } else if let Ok(dt) = OffsetDateTime::parse(text.trim(), &Iso8601::DEFAULT) {
        Some(Timestamp((dt.unix_timestamp_nanos() / 1_000_000) as i64))
    } else if let Ok(dt) = PrimitiveDateTime::parse(text.trim(), &Iso8601::DEFAULT) {
        Some(Timestamp((dt.assume_utc().unix_timestamp_nanos() / 1_000_000) as i64))
    } else if let Ok(d) = Date::parse(text.trim(), &Iso8601::DEFAULT) {
        Some(Timestamp((d.midnight().assume_utc().unix_timestamp_nanos() / 1_000_000) as i64))
    } else {
        None
    };
    parsed.ok_or_else(|| {
        Error::ParamValidation(format!(
            "Invalid timestamp for parameter {param}: '{text}' (use epoch seconds or ISO 8601, \
             e.g. 2024-01-31T12:00:00Z)"
        ))
    })
}

/// A point in time as people type it for a read: `now`; a span ago, `-1h` or `1h` (s, m, h,
/// d, w); epoch milliseconds (12 digits or more); or whatever [`timestamp`] takes. Spans are
/// counted back from `now`.
pub fn time_point(param: &str, text: &str, now: Timestamp) -> Result<Timestamp> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("now") {
        return Ok(now);
    }
    let span = t.strip_prefix('-').unwrap_or(t);
    if span.ends_with(|c: char| c.is_ascii_alphabetic())
        && let Some(back) = span_ms(span)
    {
        return Ok(Timestamp(now.0.saturating_sub(back)));
    }
    if t.len() >= 12
        && t.bytes().all(|b| b.is_ascii_digit())
        && let Ok(ms) = t.parse::<i64>()
    {
        return Ok(Timestamp(ms));
    }
    timestamp(param, t).map_err(|_| {
        Error::ParamValidation(format!(
            "Invalid time for {param}: '{text}' (use now, a span ago such as -1h or 15m, ISO \
             8601 such as 2024-01-31T12:00:00Z, or epoch seconds or milliseconds)"
        ))
    })
}

/// A span with its unit — `500ms`, `10s`, `15m`, `1h`, `2d`, `1w` — in milliseconds.
fn span_ms(text: &str) -> Option<i64> {
    let digits = text.find(|c: char| !c.is_ascii_digit()).filter(|&at| at > 0)?;
    let per: i64 = match &text[digits..] {
        "ms" => 1,
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        "w" => 604_800_000,
        _ => return None,
    };
    text[..digits].parse::<i64>().ok()?.checked_mul(per)
}

/// A length of time as a flag takes it: a span with its unit (`500ms`, `10s`, `2m`, `1h`) or
/// seconds alone.
pub fn span(param: &str, text: &str) -> Result<std::time::Duration> {
    let t = text.trim();
    let ms = match t.parse::<u64>() {
        Ok(seconds) => seconds.checked_mul(1000).and_then(|ms| i64::try_from(ms).ok()),
        Err(_) => span_ms(t),
    };
    let ms = ms.and_then(|ms| u64::try_from(ms).ok()).ok_or_else(|| {
        Error::ParamValidation(format!(
            "{param} {text}: expected a length of time such as 500ms, 10s, 2m, 1h, or seconds"
        ))
    })?;
    Ok(std::time::Duration::from_millis(ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_points_as_people_type_them() {
        let now = Timestamp(1_700_000_000_000);
        let t = |s| time_point("--from", s, now).ok();
        assert_eq!(t("now"), Some(now));
        assert_eq!(t("-1h"), Some(Timestamp(1_700_000_000_000 - 3_600_000)));
        assert_eq!(t("15m"), Some(Timestamp(1_700_000_000_000 - 900_000)));
        assert_eq!(t("2d"), Some(Timestamp(1_700_000_000_000 - 172_800_000)));
        assert_eq!(t("1700000000123"), Some(Timestamp(1_700_000_000_123)));
        assert_eq!(t("1700000000"), Some(Timestamp(1_700_000_000_000)));
        assert_eq!(t("2023-11-14T22:13:20Z"), Some(Timestamp(1_700_000_000_000)));
        for bad in ["-1y", "soon", "h", "-", "99999999999999999999h"] {
            assert_eq!(t(bad), None, "{bad}");
        }
    }

    #[test]
    fn spans_take_a_unit_or_seconds() {
        let ms = |s| span("--duration", s).ok().map(|d| d.as_millis());
        assert_eq!(ms("500ms"), Some(500));
        assert_eq!(ms("10s"), Some(10_000));
        assert_eq!(ms("2m"), Some(120_000));
        assert_eq!(ms("1h"), Some(3_600_000));
        assert_eq!(ms("7"), Some(7_000));
        for bad in ["", "s", "-1s", "1y", "1.5s", "10 s", "99999999999999999999"] {
            assert_eq!(ms(bad), None, "{bad}");
        }
    }

    #[test]
    fn shorthand_pairs() {
        let m = structure("--f", "Type=AFTER_SHARD_ID,ShardId=shardId-000000000001")
            .unwrap_or_default();
        assert_eq!(m["Type"], "AFTER_SHARD_ID");
        assert_eq!(m["ShardId"], "shardId-000000000001");
        let q = structure("--f", "A='x,y',B=2").unwrap_or_default();
        assert_eq!(q["A"], "x,y");
        assert_eq!(q["B"], "2");
    }

    #[test]
    fn shorthand_and_json_errors_are_parameter_errors() {
        for bad in ["Type", "=x", "A='open", "{nope", "[1]"] {
            let e = structure("--f", bad).err();
            assert_eq!(e.map(|e| e.exit_code()), Some(252), "{bad}");
        }
    }

    #[test]
    fn timestamps_in_every_form() {
        let t = |s| timestamp("T", s).ok();
        assert_eq!(t("1700000000"), Some(Timestamp(1_700_000_000_000)));
        assert_eq!(t("1700000000.25"), Some(Timestamp(1_700_000_000_250)));
        assert_eq!(t("2023-11-14T22:13:20Z"), Some(Timestamp(1_700_000_000_000)));
        assert_eq!(t("2023-11-14T23:13:20+01:00"), Some(Timestamp(1_700_000_000_000)));
        assert_eq!(t("2023-11-14T22:13:20"), Some(Timestamp(1_700_000_000_000)));
        assert_eq!(t("2023-11-14"), Some(Timestamp(1_699_920_000_000)));
        assert_eq!(t("yesterday"), None);
    }

    proptest::proptest! {
        #[test]
        fn shorthand_round_trips(pairs in proptest::collection::btree_map("[A-Za-z][A-Za-z0-9]{0,10}", "[A-Za-z0-9 ,._:/=-]{0,20}", 1..6), quoted: bool) {
            let text = pairs
                .iter()
                .map(|(k, v)| {
                    if quoted || v.contains(',') || v.trim() != v { format!("{k}='{v}'") } else { format!("{k}={v}") }
                })
                .collect::<Vec<_>>()
                .join(",");
            let parsed = structure("--f", &text).unwrap_or_default();
            let expected: Map<String, Value> =
                pairs.into_iter().map(|(k, v)| (k, Value::String(v))).collect();
            proptest::prop_assert_eq!(parsed, expected);
        }

        #[test]
        fn any_text_parses_or_is_a_parameter_error(text in "\\PC{0,80}|[a-z=,'\" {}]{0,40}") {
            if let Err(e) = structure("--f", &text) {
                proptest::prop_assert_eq!(e.exit_code(), 252);
            }
            if let Err(e) = timestamp("T", &text) {
                proptest::prop_assert_eq!(e.exit_code(), 252);
            }
        }
    }
}
