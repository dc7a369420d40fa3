//! Points in time, as Kinesis carries them.

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch. On the wire (JSON 1.1) a timestamp is a number of epoch
/// seconds, with the milliseconds as a fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time from the system clock.
    pub fn now() -> Timestamp {
        let since =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Timestamp(i64::try_from(since.as_millis()).unwrap_or(i64::MAX))
    }

    /// Epoch seconds, with milliseconds as the fraction.
    pub fn as_secs_f64(self) -> f64 {
        self.0 as f64 / 1000.0
    }

    /// From epoch seconds; `None` when out of range or not finite.
    pub fn from_secs_f64(secs: f64) -> Option<Timestamp> {
        let ms = (secs * 1000.0).round();
        (ms.is_finite() && ms.abs() < 8.64e15).then_some(Timestamp(ms as i64))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_secs_f64())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let secs = f64::deserialize(d)?;
        Timestamp::from_secs_f64(secs)
            .ok_or_else(|| serde::de::Error::custom(format!("timestamp out of range: {secs}")))
    }
}
