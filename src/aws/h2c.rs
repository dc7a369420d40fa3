//! HTTP/2 without TLS, from the first byte (h2c with prior knowledge), for `--http2`.
//!
//! aws-sdk-kinesis negotiates HTTP/2 with AWS through TLS (ALPN) by itself, but speaks only
//! HTTP/1.1 to a plain `http://` endpoint. SDKs that use HTTP/2 for SubscribeToShard (the
//! Java SDK under the KCL) speak h2c to a local Kinesis; `--http2` makes this tool one of
//! them, on hyper's own HTTP/2 client.

use std::time::Duration;

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::result::ConnectorError;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::body::SdkBody;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector as TcpConnector;
use hyper_util::rt::TokioExecutor;

/// An SDK HTTP client that speaks only HTTP/2, over plain TCP.
#[derive(Debug, Clone)]
pub struct H2c {
    client: Client<TcpConnector, SdkBody>,
}

impl H2c {
    /// A client whose connections are made within `connect_timeout`.
    pub fn new(connect_timeout: Duration) -> H2c {
        let mut tcp = TcpConnector::new();
        tcp.set_connect_timeout(Some(connect_timeout));
        tcp.set_nodelay(true);
        H2c { client: Client::builder(TokioExecutor::new()).http2_only(true).build(tcp) }
    }
}

impl HttpClient for H2c {
    fn http_connector(
        &self,
        _: &HttpConnectorSettings,
        _: &RuntimeComponents,
    ) -> SharedHttpConnector {
        // One pool for every operation: a connection carries many requests at once.
        SharedHttpConnector::new(self.clone())
    }
}

impl HttpConnector for H2c {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let client = self.client.clone();
        HttpConnectorFuture::new(async move {
            let request = request.try_into_http1x().map_err(|e| ConnectorError::user(e.into()))?;
            let response = client.request(request).await.map_err(|e| {
                if e.is_connect() {
                    ConnectorError::io(e.into())
                } else {
                    ConnectorError::other(e.into(), None)
                }
            })?;
            let response = response.map(SdkBody::from_body_1_x);
            HttpResponse::try_from(response).map_err(|e| ConnectorError::other(e.into(), None))
        })
    }
}
