// An S3 client's upload check (shaped on s3pe's client.rs, audit round 118): a test of a string's form named
// after a hash (`looks_like_md5`: 32 hex digits) computes nothing; the digest computed is the use.
use md5::{Digest, Md5}; // qready-expect: MD5 reference

fn looks_like_md5(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn check_etag(etag: &str, data: Option<&[u8]>) -> bool {
    if let (true, Some(body)) = (looks_like_md5(etag), data) {
        let digest = Md5::digest(body); // qready-expect: MD5 digest
        return hex::encode(digest).eq_ignore_ascii_case(etag);
    }
    true
}
