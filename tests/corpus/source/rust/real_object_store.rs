// An object store's client (shaped on opendal's s3 and b2 services and yara-x's Mach-O module, audit rounds 32
// and 33): the headers, fields and caches named after the digest they carry are no use of MD5 or SHA-1; the
// digest computed for them is.
use md5::{Digest, Md5}; // qready-expect: MD5 reference

pub const X_BZ_CONTENT_SHA1: &str = "X-Bz-Content-Sha1";
pub const X_AMZ_SERVER_SIDE_ENCRYPTION_CUSTOMER_KEY_MD5: &str = "x-amz-server-side-encryption-customer-key-md5";
const CONTENT_MD5: &str = "1B2M2Y8AsgTpgAmY7PhCfg==";

pub fn format_content_md5(body: &[u8]) -> String { // qready-expect: MD5 reference
    let hash = Md5::digest(body); // qready-expect: MD5 digest
    BASE64_STANDARD.encode(hash)
}

impl Builder {
    pub fn server_side_encryption_customer_key_md5(mut self, v: &str) -> Self {
        self.config.server_side_encryption_customer_key_md5 = Some(v.to_string());
        self
    }
}

fn upload(req: Request, body: &[u8], meta: Metadata) -> Request {
    let req = req.header(X_BZ_CONTENT_SHA1, "do_not_verify");
    let req = req.header("CONTENT-MD5", format_content_md5(body)); // qready-expect: MD5 reference
    let _ = meta.content_md5(CONTENT_MD5);
    IMPORT_MD5_CACHE.with(|cache| cache.borrow_mut().clear());
    req.header(X_AMZ_SERVER_SIDE_ENCRYPTION_CUSTOMER_KEY_MD5, "")
}
