// Shaped on hessra-py 0.2.1's hessra-token crates (audit round 174): a biscuit public key's text is its type's
// tag, `/` and the key in hex; built with format! or written out, it selects Ed25519 where it is parsed. Other
// text format! makes (a message) stays none.
use biscuit_auth::PublicKey;

pub struct ServiceNode {
    pub public_key: String,
}

pub fn chain(service_pk_hex: &str, port: u16) -> Vec<ServiceNode> {
    let service_public_key = format!("ed25519/{}", service_pk_hex); // qready-expect: EdDSA reference
    let address = format!("localhost:{}", port);
    let message = format!("RSA {} rejected", service_pk_hex);
    let first = ServiceNode { public_key: service_public_key };
    let second = ServiceNode {
        public_key: "ed25519/e57618058b1d2e0381a9813c1405830d5ed7d603717384ef555d9cc0cfa65d83".to_string(), // qready-expect: EdDSA reference
    };
    let third = ServiceNode { public_key: address + &message };
    vec![first, second, third]
}
