// @cipherstash/stack (round 318): a bundler's chunk file is named by its content's hash (esbuild's
// `chunk-RC2U4BWE.js`): no RC2 in it, nor in the names imported from it. A cipher named as a value still is one.
import {
  logger
} from "./chunk-RC2U4BWE.js";
import "../chunk-RC2U4BWE.js";

logger.info("ready");
const legacy = crypto.createCipheriv("rc2-cbc", key, iv); // qready-expect: RC2 encrypt
