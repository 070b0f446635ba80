// A curve library's declarations (shaped on @dedis/kyber's curve/edwards25519/index.d.ts, audit round 200): a
// project's module imported whole under the name of what it holds names it; a helper's does not, nor does
// DEDIS's Kyber library, no KEM.
import Ed25519 from "./curve"; // qready-expect: EdDSA reference
import Ed25519Point from "./point"; // qready-expect: EdDSA reference
import Helper from "./helper";
import Curve from "@dedis/kyber";
declare const _default: {
    Curve: typeof Ed25519; // qready-expect: EdDSA reference
    Point: typeof Ed25519Point; // qready-expect: EdDSA reference
};
export default _default;
