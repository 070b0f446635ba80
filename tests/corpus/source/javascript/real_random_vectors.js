// sjcl-es's SHA-512 test vectors (round 99): random input text holds "MD5" and "RSA" by chance
import { createHash } from "node:crypto";

export const vectors = [
  ["Q3PSzW9qGI4USG1T2tUiOhBHle1OxD4FLwRJodSPaCQjz00ycsrWVVIh0zHXu2VK3daYS3Eh76FQO80e0mepDkjhAPk9qW6akthwUZ6V7daAMD5zKyeKFUih5DEtin8SRKEPebsQoGXj52l3XIfWMQvHLq", "ecba4de4"],
  ["WPCYtUh8I6OIUCwMUGBuSBrc49lf30V6IdlT7PeHXPawCS0OylHWi88EjCmhMD5vX0C8EVVY2UtTD21q7otVGG5rsIkNz67lEiBeE4xhVpMdiqq1VHXjDtDW4wP9zm", "d80bbd82"],
];

export function check(input) {
  return createHash("md5").update(input).digest("hex"); // qready-expect: MD5 digest
}
