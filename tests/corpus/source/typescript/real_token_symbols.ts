// An account-abstraction SDK's gas tokens (shaped on @zerodev/sdk's gasTokenAddresses.ts, audit round 188):
// Kyber Network's token symbol, in a union of symbols one to a line and keying the token's address, names no
// post-quantum KEM; an algorithm given as a value beside them still counts.
export type TokenSymbol =
    | "CRV"
    | "DAI"
    | "FRAX"
    | "GMX"
    | "GRT"
    | "KYBER"
    | "LDO"
    | "LINK"
    | "LUSD"
    | "USDC"
    | "USDT"

export const gasTokenAddresses = {
    1: {
        DAI: "0x6b175474e89094c44da98b954eedeac495271d0f",
        KYBER: "0xe4dddfe67e7164b0fe14e218d80dc4c08edc01cb",
        LINK: "0x514910771af9ca656af840dff83e8264ecf986ca",
    },
}

import { createHash } from "node:crypto"

export const tokenListDigest = (list: string) => createHash("md5").update(list).digest("hex") // qready-expect: MD5 digest
