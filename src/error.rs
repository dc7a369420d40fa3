//! The one error type, named after Kinesis's error codes, and the exit code each maps to.
//!
//! Exit codes follow aws-cli v2: 252 usage or parameter validation, 253 configuration, 254 an
//! error answered by the service (the engine or AWS), 255 anything else, 130 interrupted.

use std::process::ExitCode;
use std::sync::Arc;

/// The failure underneath an error (the store's, the file system's, the network's), kept so
/// `--debug` can show the whole chain.
pub type Cause = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// What went wrong, as Kinesis would name it.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// The stream, shard or consumer does not exist.
    #[error("{0}")]
    ResourceNotFound(String),
    /// The resource is in a state that forbids the request (exists already, not active, …).
    #[error("{0}")]
    ResourceInUse(String),
    /// A parameter is wrong in a way the operation itself detects.
    #[error("{0}")]
    InvalidArgument(String),
    /// A limit (shards, tags, request rate of an action) would be exceeded.
    #[error("{0}")]
    LimitExceeded(String),
    /// A shard iterator older than its lifetime.
    #[error("{0}")]
    ExpiredIterator(String),
    /// A pagination token older than its lifetime.
    #[error("{0}")]
    ExpiredNextToken(String),
    /// The shard's throughput limit was hit.
    #[error("{0}")]
    ProvisionedThroughputExceeded(String),
    /// A member failed its declared constraints (length, pattern, range).
    #[error("{0}")]
    Validation(String),
    /// Any other error a real service answered, under its own code.
    #[error("{message}")]
    Service {
        /// The service's error code, e.g. `KMSAccessDeniedException`.
        code: String,
        /// The service's message.
        message: String,
    },
    /// A parameter rejected before anything was sent (aws-cli's "Parameter validation failed").
    #[error("{0}")]
    ParamValidation(String),
    /// The command line itself is wrong.
    #[error("{0}")]
    Usage(String),
    /// No usable configuration: data dir, region, credentials, backend.
    #[error("{0}")]
    Config(String),
    /// A waiter gave up.
    #[error("{0}")]
    Waiter(String),
    /// Ctrl-C.
    #[error("interrupted")]
    Interrupted,
    /// Anything else: a broken invariant, an answer that makes no sense.
    #[error("{0}")]
    Internal(String),
    /// Anything else that has a cause underneath: I/O, the store, a broken connection.
    #[error("{message}")]
    Caused {
        /// What failed, said for people.
        message: String,
        /// Why.
        #[source]
        cause: Cause,
    },
    /// Standard output was closed by its reader (`| head`): a quiet, successful end.
    #[error("broken pipe")]
    BrokenPipe,
    /// `--generate-cli-skeleton output`: the command got as far as calling the service, which
    /// it does not; its sample response is printed instead (a successful end).
    #[error("--generate-cli-skeleton output calls nothing")]
    Skeleton,
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The code printed before the message: Kinesis's own for service errors.
    pub fn code(&self) -> &str {
        match self {
            Error::ResourceNotFound(_) => "ResourceNotFoundException",
            Error::ResourceInUse(_) => "ResourceInUseException",
            Error::InvalidArgument(_) => "InvalidArgumentException",
            Error::LimitExceeded(_) => "LimitExceededException",
            Error::ExpiredIterator(_) => "ExpiredIteratorException",
            Error::ExpiredNextToken(_) => "ExpiredNextTokenException",
            Error::ProvisionedThroughputExceeded(_) => "ProvisionedThroughputExceededException",
            Error::Validation(_) => "ValidationException",
            Error::Service { code, .. } => code,
            Error::ParamValidation(_) => "ParamValidation",
            Error::Usage(_) => "UsageError",
            Error::Config(_) => "ConfigError",
            Error::Waiter(_) => "WaiterError",
            Error::Interrupted => "Interrupted",
            Error::Internal(_) | Error::Caused { .. } => "InternalFailure",
            Error::BrokenPipe => "BrokenPipe",
            Error::Skeleton => "Skeleton",
        }
    }

    /// An internal failure, `message`, caused by `cause`.
    pub fn caused(
        message: impl Into<String>,
        cause: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        Error::Caused { message: message.into(), cause: Arc::new(cause) }
    }

    /// The causes under this error, outermost first.
    pub fn causes(&self) -> impl Iterator<Item = &(dyn std::error::Error + 'static)> {
        std::iter::successors(std::error::Error::source(self), |e| e.source())
    }

    /// Whether this is an error a Kinesis service answers (a bad request, a missing
    /// resource, a limit), as opposed to one of this program's own (configuration, I/O).
    pub fn is_service(&self) -> bool {
        matches!(
            self,
            Error::ResourceNotFound(_)
                | Error::ResourceInUse(_)
                | Error::InvalidArgument(_)
                | Error::LimitExceeded(_)
                | Error::ExpiredIterator(_)
                | Error::ExpiredNextToken(_)
                | Error::ProvisionedThroughputExceeded(_)
                | Error::Validation(_)
                | Error::Service { .. }
        )
    }

    /// The process exit code, as aws-cli v2 chooses it.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::ParamValidation(_) | Error::Usage(_) => 252,
            Error::Config(_) => 253,
            Error::Interrupted => 130,
            Error::BrokenPipe | Error::Skeleton => 0,
            Error::Internal(_) | Error::Caused { .. } | Error::Waiter(_) => 255,
            _ => 254,
        }
    }

    /// [`Error::exit_code`] as an [`ExitCode`].
    pub fn exit(&self) -> ExitCode {
        ExitCode::from(self.exit_code())
    }

    /// The error back from a Kinesis error code and message (as a server or SDK reports it).
    pub fn from_code(code: &str, message: String) -> Error {
        match code {
            "ResourceNotFoundException" => Error::ResourceNotFound(message),
            "ResourceInUseException" => Error::ResourceInUse(message),
            "InvalidArgumentException" => Error::InvalidArgument(message),
            "LimitExceededException" => Error::LimitExceeded(message),
            "ExpiredIteratorException" => Error::ExpiredIterator(message),
            "ExpiredNextTokenException" => Error::ExpiredNextToken(message),
            "ProvisionedThroughputExceededException" => {
                Error::ProvisionedThroughputExceeded(message)
            }
            "ValidationException" => Error::Validation(message),
            _ => Error::Service { code: code.to_string(), message },
        }
    }
}

/// Errors are equal when they say the same: the same code and message (causes aside).
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        self.code() == other.code() && self.to_string() == other.to_string()
    }
}

impl Eq for Error {}

impl From<crate::model::hash_key::InvalidHashKey> for Error {
    fn from(e: crate::model::hash_key::InvalidHashKey) -> Error {
        Error::InvalidArgument(e.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        match e.kind() {
            std::io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            _ => Error::caused(e.to_string(), e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for e in [
            Error::ResourceNotFound("m".into()),
            Error::ResourceInUse("m".into()),
            Error::InvalidArgument("m".into()),
            Error::LimitExceeded("m".into()),
            Error::ExpiredIterator("m".into()),
            Error::ExpiredNextToken("m".into()),
            Error::ProvisionedThroughputExceeded("m".into()),
            Error::Validation("m".into()),
        ] {
            assert_eq!(Error::from_code(e.code(), "m".into()), e);
            assert_eq!(e.exit_code(), 254);
        }
        let other = Error::from_code("KMSDisabledException", "m".into());
        assert_eq!(other.code(), "KMSDisabledException");
    }
}
