//! aws-cli's client-side paging: `--max-items`, `--starting-token`, `--page-size`.
//!
//! As in aws-cli (botocore's paginators), `--page-size` is how many items each call asks for,
//! `--max-items` how many the command prints in all, and when more remain the output ends
//! with a `NextToken` for `--starting-token`. That token is botocore's own: base64 of the JSON
//! `{"<input token>": <service token or null>, "boto_truncate_amount": <items of that page
//! already printed>}`, so tokens pass between aws-cli and kinesis either way.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::cli::PagingArgs;
use crate::error::{Error, Result};

/// Where a paged listing starts, how much it asks at a time and prints in all.
pub(crate) struct Paging {
    /// The service's name for its token (`NextToken`, `ExclusiveStartShardId`).
    input_token: &'static str,
    /// The service token of the first page (none: the listing's start).
    start: Option<String>,
    /// Items of the first page printed before.
    skip: usize,
    max_items: Option<usize>,
    /// Items per call.
    pub page_size: Option<i64>,
}

impl Paging {
    /// The paging the command line asks for; `None` when it asks for none of it.
    pub fn from_args(a: &PagingArgs, input_token: &'static str) -> Result<Option<Paging>> {
        if a.max_items.is_none() && a.starting_token.is_none() && a.page_size.is_none() {
            return Ok(None);
        }
        let max_items = a.max_items.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        crate::commands::params::min_value("--max-items", max_items, 1)?;
        crate::commands::params::min_value("--page-size", a.page_size, 1)?;
        let (start, skip) = match &a.starting_token {
            Some(t) => decode(t, input_token)?,
            None => (None, 0),
        };
        Ok(Some(Paging {
            input_token,
            start,
            skip,
            max_items: a.max_items.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            page_size: a.page_size,
        }))
    }

    /// Every page of a listing, as aws-cli fetches them without paging options.
    pub fn all(input_token: &'static str) -> Paging {
        Paging { input_token, start: None, skip: 0, max_items: None, page_size: None }
    }

    /// Fetches pages with `fetch(token)` (answering a page's items and the service's next
    /// token) until the listing ends or `--max-items` are in; answers the items and the
    /// `NextToken` to print, if any remain.
    pub async fn collect<T, F, Fut>(&self, mut fetch: F) -> Result<(Vec<T>, Option<String>)>
    where
        F: FnMut(Option<String>) -> Fut,
        Fut: Future<Output = Result<(Vec<T>, Option<String>)>>,
    {
        let mut token = self.start.clone();
        let mut skip = self.skip;
        let mut out = Vec::new();
        loop {
            let (items, next) = fetch(token.clone()).await?;
            for (i, item) in items.into_iter().enumerate().skip(skip) {
                if self.max_items.is_some_and(|m| out.len() >= m) {
                    return Ok((out, Some(encode(self.input_token, token.as_deref(), i))));
                }
                out.push(item);
            }
            skip = 0;
            match next {
                None => return Ok((out, None)),
                Some(n) if self.max_items.is_some_and(|m| out.len() >= m) => {
                    return Ok((out, Some(encode(self.input_token, Some(&n), 0))));
                }
                Some(n) => token = Some(n),
            }
        }
    }
}

/// `out` with the `NextToken` that continues it, if anything remains.
pub(crate) fn with_next_token(mut out: Value, next: Option<String>) -> Value {
    if let (Some(t), Value::Object(map)) = (next, &mut out) {
        map.insert("NextToken".into(), Value::String(t));
    }
    out
}

/// A botocore token, written as Python's `json.dumps` writes it.
fn encode(input_token: &str, value: Option<&str>, truncate: usize) -> String {
    let value = value.map_or(Value::Null, |v| Value::String(v.into()));
    let mut json = format!("{{{}: {value}", Value::String(input_token.into()));
    if truncate > 0 {
        json.push_str(&format!(", \"boto_truncate_amount\": {truncate}"));
    }
    json.push('}');
    STANDARD.encode(json)
}

/// The service token and the items to skip a `--starting-token` stands for.
fn decode(token: &str, input_token: &str) -> Result<(Option<String>, usize)> {
    let bad = || Error::ParamValidation(format!("Bad value for --starting-token: {token}"));
    let bytes = STANDARD.decode(token.trim()).map_err(|_| bad())?;
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(&bytes) else { return Err(bad()) };
    let start = match map.get(input_token) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => None,
        Some(_) => return Err(bad()),
    };
    let skip = match map.get("boto_truncate_amount") {
        Some(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()).ok_or_else(bad)?,
        None => 0,
    };
    Ok((start, skip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_botocores() {
        // What botocore writes for {"NextToken": "abc", "boto_truncate_amount": 2}.
        assert_eq!(
            encode("NextToken", Some("abc"), 2),
            "eyJOZXh0VG9rZW4iOiAiYWJjIiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMn0="
        );
        assert_eq!(decode(&encode("NextToken", None, 3), "NextToken").ok(), Some((None, 3)));
        assert_eq!(
            decode(&encode("NextToken", Some("t"), 0), "NextToken").ok(),
            Some((Some("t".into()), 0))
        );
        assert!(decode("not base64!", "NextToken").is_err());
        assert!(decode(&STANDARD.encode("[1]"), "NextToken").is_err());
    }

    /// A page as a listing answers it: items and the next token.
    type Page = Result<(Vec<u32>, Option<String>)>;

    fn pages(
        data: Vec<(Vec<u32>, Option<&'static str>)>,
    ) -> impl FnMut(Option<String>) -> std::future::Ready<Page> {
        move |token: Option<String>| {
            let i = match token.as_deref() {
                None => 0,
                Some(t) => t.parse::<usize>().unwrap_or(0),
            };
            let (items, next) = data[i].clone();
            std::future::ready(Ok((items, next.map(str::to_string))))
        }
    }

    #[test]
    fn max_items_stop_mid_page_and_the_token_resumes_there() {
        let book = vec![(vec![1, 2, 3], Some("1")), (vec![4, 5, 6], Some("2")), (vec![7], None)];
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let paging = |token: Option<String>, max| Paging {
            input_token: "NextToken",
            start: token.as_deref().and_then(|t| decode(t, "NextToken").ok()).and_then(|d| d.0),
            skip: token.as_deref().and_then(|t| decode(t, "NextToken").ok()).map_or(0, |d| d.1),
            max_items: max,
            page_size: None,
        };
        let (first, next) =
            runtime.block_on(paging(None, Some(4)).collect(pages(book.clone()))).unwrap();
        assert_eq!(first, [1, 2, 3, 4]);
        let (rest, end) =
            runtime.block_on(paging(next, None).collect(pages(book.clone()))).unwrap();
        assert_eq!((rest, end), (vec![5, 6, 7], None));
        let (at_edge, next) =
            runtime.block_on(paging(None, Some(3)).collect(pages(book.clone()))).unwrap();
        assert_eq!(at_edge, [1, 2, 3]);
        assert_eq!(decode(&next.unwrap(), "NextToken").ok(), Some((Some("1".into()), 0)));
    }
}
