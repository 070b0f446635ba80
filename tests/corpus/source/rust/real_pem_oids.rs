// A JWT library's PEM decoder and tests (shaped on jsonwebtoken 8.2 and uuid 1.2, audit round 83): OIDs written
// as their arcs to a macro name the key type; a UUID's version and an error's variant named in an assertion's
// tokens are no use of their hash or key.
use simple_asn1::{oid, BigUint, OID};

pub enum Classification {
    Ec,
    Ed,
    Rsa, // qready-expect: RSA reference
}

fn classify(oid: &OID) -> Option<Classification> {
    let ec_public_key_oid = simple_asn1::oid!(1, 2, 840, 10_045, 2, 1); // qready-expect: ECDSA reference
    let rsa_public_key_oid = simple_asn1::oid!(1, 2, 840, 113_549, 1, 1, 1); // qready-expect: RSA reference
    let third = oid!(1, 3, 101, 112); // qready-expect: EdDSA reference
    let not_an_algorithm = oid!(1, 2, 3, 4, 5);
    if oid == &not_an_algorithm {
        return None;
    }
    if oid == &ec_public_key_oid {
        return Some(Classification::Ec);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_errors() {
        let uuid = Uuid::new_v3(&Uuid::NAMESPACE_DNS, b"example.org");
        assert_eq!(uuid.get_version().unwrap(), Version::Md5);
        let err = decode_rsa_key(b"garbage").unwrap_err(); // qready-expect: RSA reference
        assert!(matches!(err.kind(), ErrorKind::InvalidRsaKey(_)));
    }
}
