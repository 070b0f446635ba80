// A Sigma protocol's Diffie-Hellman tuple (shaped on ergo-lib, audit round 158): a proof that two pairs share
// a discrete logarithm on secp256k1, no finite-field Diffie-Hellman; the group's own Diffie-Hellman
// parameters are.
use super::dht_protocol::FirstDhTupleProverMessage;
use openssl::dh::Dh; // qready-expect: FFDH reference

pub fn prove(proposition: &ProveDhTuple, secret: DhtSecretKey) -> SecondDhTupleProverMessage {
    let common_input = ProveDhTuple::new(proposition.g, proposition.h, proposition.u, proposition.v);
    respond(common_input, secret)
}

pub fn legacy_group() -> Dh<Params> { // qready-expect: FFDH reference
    Dh::get_2048_256().unwrap() // qready-expect: FFDH reference
}
