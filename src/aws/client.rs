//! Reaching the service: the configuration chain, the checks made before anything is sent,
//! and SDK errors as the one error type.

use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_sdk_kinesis::Client;
use aws_sdk_kinesis::config::{ProvideCredentials, Region};
use aws_sdk_kinesis::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};

use crate::error::{Error, Result};

/// How to reach the service.
#[derive(Debug, Clone, Default)]
pub struct AwsOptions {
    /// `--region` (else the chain's).
    pub region: Option<String>,
    /// `--profile` (else the chain's).
    pub profile: Option<String>,
    /// `--endpoint-url` (else the chain's, e.g. `AWS_ENDPOINT_URL_KINESIS`).
    pub endpoint_url: Option<String>,
    /// The AWS config and credentials files, where `--profile` must be defined.
    pub profile_files: [Option<std::path::PathBuf>; 2],
    /// Speak HTTP/2 from the first byte to the `http://` endpoint (h2c).
    pub http2: bool,
}

/// A Kinesis service reached through aws-sdk-kinesis.
pub struct AwsBackend {
    pub(super) client: Client,
}

/// How long to wait for a connection: an unreachable endpoint fails in seconds, not minutes.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

impl AwsBackend {
    /// Loads the configuration and checks that a region and credentials exist (exit 253
    /// otherwise); nothing is sent yet.
    pub async fn connect(options: &AwsOptions) -> Result<AwsBackend> {
        if let Some(url) = &options.endpoint_url {
            check_endpoint(url)?;
        }
        let mut loader = aws_config::defaults(BehaviorVersion::latest()).timeout_config(
            aws_config::timeout::TimeoutConfig::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .operation_attempt_timeout(Duration::from_secs(30))
                .build(),
        );
        if let Some(r) = &options.region {
            loader = loader.region(Region::new(r.clone()));
        }
        if let Some(p) = &options.profile {
            if !profile_exists(p, &options.profile_files) {
                return Err(Error::Config(format!("The config profile ({p}) could not be found")));
            }
            loader = loader.profile_name(p);
        }
        if let Some(url) = &options.endpoint_url {
            loader = loader.endpoint_url(url);
        }
        let config = loader.load().await;
        if config.region().is_none() {
            return Err(Error::Config(
                "You must specify a region: --region, AWS_REGION, or a profile's region.".into(),
            ));
        }
        let local = config.endpoint_url().is_some_and(is_loopback);
        let no_credentials = || {
            let hint = if local {
                " The endpoint is on this machine (kinesis serve or an emulator): any values \
                 will do, e.g. AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x."
            } else {
                ""
            };
            Error::Config(format!(
                "Unable to locate credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, \
                 or configure a profile.{hint}"
            ))
        };
        let provider = config.credentials_provider().ok_or_else(no_credentials)?;
        if let Err(e) = provider.provide_credentials().await {
            let why = DisplayErrorContext(&e).to_string();
            if options.profile.is_some() && why.contains("profile") {
                return Err(Error::Config(format!("The config profile could not be used: {why}")));
            }
            return Err(no_credentials());
        }
        let mut sdk = aws_sdk_kinesis::config::Builder::from(&config);
        if options.http2 {
            if !config.endpoint_url().is_some_and(|url| url.starts_with("http://")) {
                return Err(Error::ParamValidation(
                    "--http2 is for an http:// --endpoint-url (h2c); https endpoints, AWS's \
                     among them, negotiate HTTP/2 by themselves"
                        .into(),
                ));
            }
            sdk = sdk.http_client(super::h2c::H2c::new(CONNECT_TIMEOUT));
        }
        Ok(AwsBackend { client: Client::from_conf(sdk.build()) })
    }
}

/// Whether an endpoint URL names this machine (localhost, 127.0.0.0/8, ::1).
fn is_loopback(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether a profile is defined in the AWS config or credentials file (as aws-cli checks
/// before anything else); `files` are those two.
fn profile_exists(name: &str, files: &[Option<std::path::PathBuf>; 2]) -> bool {
    let [config, credentials] = files;
    let sections = [
        (config, format!("[profile {name}]"), name == "default"),
        (credentials, format!("[{name}]"), true),
    ];
    sections.into_iter().any(|(path, header, bare_ok)| {
        let text = path.as_ref().and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default();
        text.lines().map(str::trim).any(|l| l == header || (bare_ok && l == format!("[{name}]")))
    })
}

/// A malformed endpoint is a usage error, caught before anything is sent.
fn check_endpoint(url: &str) -> Result<()> {
    let rest = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"));
    match rest {
        Some(host) if !host.is_empty() && !host.starts_with('/') && !host.contains(' ') => Ok(()),
        _ => Err(Error::ParamValidation(format!(
            "Bad value for --endpoint-url \"{url}\": scheme is missing. Must be of the form \
             http://<hostname>/ or https://<hostname>/"
        ))),
    }
}

/// An SDK error as the one error type: the service's code and message when it answered,
/// otherwise a transport failure (exit 255).
pub(super) fn sdk<E, R>(e: SdkError<E, R>) -> Error
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    if let Some(code) = e.code() {
        return Error::from_code(code, e.message().unwrap_or_default().to_string());
    }
    // The innermost cause says it best ("Connection refused (os error 111)").
    let mut cause: &dyn std::error::Error = &e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let message = match &e {
        SdkError::DispatchFailure(_) => format!("Could not connect to the endpoint: {cause}"),
        SdkError::TimeoutError(_) => format!("The endpoint did not answer in time: {cause}"),
        _ => format!("{}", DisplayErrorContext(&e)),
    };
    Error::caused(message, e)
}
