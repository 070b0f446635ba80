// A project's own secp256k1 arithmetic (shaped on cryptcrro's ecdsa.rs and ecies.rs, audit round 346): the
// points and their operations imported from its curve module serve ECDSA and ECIES alike, and the lines
// using them name no scheme; the import names the curve, and the scheme's own function is the use.
use crate::secp256k1::{mul_points, add_point, Point}; // qready-expect: ECDSA reference secp256k1

pub fn ecdsa_sign(message: &BigInt, private_key: &BigInt) -> (BigInt, BigInt) { // qready-expect: ECDSA reference
    let generator_point = Point {
        x: generator_x(),
        y: generator_y(),
    };
    let r_point = mul_points(&nonce, &generator_point);
    let sum = add_point(&r_point, &generator_point);
    (sum.x, r_point.y)
}
