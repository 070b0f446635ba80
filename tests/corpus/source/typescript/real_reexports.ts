// A validator package's index (shaped on @zerodev/ecdsa-validator, audit round 69): a re-export over several
// lines names its module on its `from` line and its names on theirs; its `export {` line names nothing.
export {
  createEcdsaKernelMigrationAccount, // qready-expect: ECDSA reference
  signerToEcdsaValidator, // qready-expect: ECDSA reference
  getValidatorAddress,
} from "./toECDSAValidatorPlugin.js"; // qready-expect: ECDSA reference
export { constants } from "./constants.js";
