// A smart-contract SDK's generated bindings (shaped on @1inch/solidity-utils' TypeChain types and
// @account-kit/smart-contracts' multisig plugin ABI, audit round 423): a test contract's factory and types are
// a test's, and an error's name in an ABI is an error's; the contract library's own binding stays a use.
import type { ContractRunner } from "ethers";
import { ECDSA__factory } from "./factories/@openzeppelin/contracts/utils/cryptography/ECDSA__factory"; // qready-expect: ECDSA reference
import { ECDSATest__factory } from "./factories/contracts/tests/ECDSATest__factory";
import type { ECDSATest, ECDSATestInterface } from "./contracts/tests/ECDSATest";

type ECDSATestConstructorParams = [runner?: ContractRunner];

export const multisigAbi = [
    { type: "error", name: "ECDSARecoverFailure", inputs: [] },
    { type: "error", name: "InvalidSignatureType", inputs: [] },
] as const;

export function deployTest(runner: ContractRunner, ...args: ECDSATestConstructorParams): ECDSATest {
    const factory = new ECDSATest__factory(runner);
    return factory.attach(args.length ? "0x0" : "0x1") as unknown as ECDSATest;
}

export function library(runner: ContractRunner): ECDSATestInterface | null {
    return ECDSA__factory.connect("0x0", runner) ? null : null; // qready-expect: ECDSA reference
}
