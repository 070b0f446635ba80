// libpep-py (round 107): the ElGamal module's arithmetic (a Ristretto group's elements and scalars) is no
// ElGamal; its encryption is
use libpep::elgamal::arithmetic::group_elements::GroupElement;
use libpep::elgamal::arithmetic::scalars::{ScalarNonZero, ScalarTraits};
use libpep::elgamal::{decrypt, encrypt}; // qready-expect: ElGamal reference

fn blind(factor: &ScalarNonZero) -> GroupElement {
    GroupElement::random(&mut rng) * factor
}
