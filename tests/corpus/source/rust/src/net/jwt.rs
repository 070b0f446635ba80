//! Access tokens: RS256 for first-party clients, ES256 for devices (jsonwebtoken crate).

use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

pub const DEFAULT_ALG: &str = "RS256"; // qready-expect: RSA reference
const ACCEPTED: [&str; 3] = ["RS256", "ES256", "EdDSA"]; // qready-expect: RSA reference; ECDSA reference; EdDSA reference

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
}

pub fn issue(claims: &Claims, rsa_pem: &[u8]) -> jsonwebtoken::errors::Result<String> {
    let key = EncodingKey::from_rsa_pem(rsa_pem)?; // qready-expect: RSA reference
    encode(&Header::new(Algorithm::RS256), claims, &key) // qready-expect: RSA reference
}

pub fn issue_device(claims: &Claims, ec_pem: &[u8]) -> jsonwebtoken::errors::Result<String> {
    let key = EncodingKey::from_ec_pem(ec_pem)?; // qready-expect: ECDSA reference
    let mut header = Header::new(Algorithm::ES256); // qready-expect: ECDSA reference
    header.kid = Some("device-2024".to_owned());
    encode(&header, claims, &key)
}

pub fn verify(token: &str, public_pem: &[u8]) -> jsonwebtoken::errors::Result<Claims> {
    let key = DecodingKey::from_rsa_pem(public_pem)?; // qready-expect: RSA reference
    let mut validation = Validation::new(Algorithm::PS256); // qready-expect: RSA reference
    validation.algorithms = vec![Algorithm::RS256, Algorithm::PS256]; // qready-expect: RSA reference
    decode::<Claims>(token, &key, &validation).map(|data| data.claims)
}

pub fn verify_device(token: &str, x: &str, y: &str) -> jsonwebtoken::errors::Result<Claims> {
    let key = DecodingKey::from_ec_components(x, y)?; // qready-expect: ECDSA reference
    decode::<Claims>(token, &key, &Validation::new(Algorithm::ES256)).map(|data| data.claims) // qready-expect: ECDSA reference
}

pub fn parse_alg(name: &str) -> Option<Algorithm> {
    match name {
        "RS384" => Some(Algorithm::RS384), // qready-expect: RSA reference
        "ES384" => Some(Algorithm::ES384), // qready-expect: ECDSA reference
        "HS256" => Some(Algorithm::HS256),
        _ => {
            log::warn!("unsupported JWT algorithm RS1 requested: {}", name);
            None
        }
    }
}

// Not findings: HMAC-SHA256 tokens are out of scope; "rs256_enabled" is only a name.
pub fn service_token(secret: &[u8], claims: &Claims) -> jsonwebtoken::errors::Result<String> {
    let rs256_enabled = false;
    let _ = rs256_enabled;
    encode(&Header::new(Algorithm::HS256), claims, &EncodingKey::from_secret(secret))
}
