// A certificate helper that runs openssl and ssh-keygen (commands.py): a template string with values put in, a
// command string and an argument vector are uses of what their subcommands and options name. A message about a
// command is not.
const { execSync, spawn, execFile } = require("child_process");

function makeKey(file, bits) {
  execSync(`openssl genrsa -out ${file} ${bits}`); // qready-expect: RSA keygen
  execSync("openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 365"); // qready-expect: RSA keygen 2048
  execFile("openssl", ["ecparam", "-name", "secp384r1", "-genkey", "-out", file]); // qready-expect: ECDSA keygen P-384
  return spawn("ssh-keygen", ["-t", "ed25519", "-N", "", "-f", file]); // qready-expect: EdDSA keygen
}

function digest(file) {
  return execSync(`openssl dgst -sha1 ${file}`).toString(); // qready-expect: SHA-1 digest
}

function explain(file) {
  console.log(`run: openssl genrsa -out ${file} 4096`);
  throw new Error("no key: create one with ssh-keygen -t rsa -b 4096");
}

// a module's runner asked to run (heroku's certs plugin, audit round 333), and an APK signed (expo's xdl)
async function certificate(openssl, keysize, keyfile, crtfile, apk, spawnAsync) {
  await openssl.spawn(["req", "-new", "-newkey", `rsa:${keysize}`, "-nodes", "-keyout", keyfile, "-out", crtfile]); // qready-expect: RSA keygen
  await spawnAsync("jarsigner", ["-sigalg", "SHA1withRSA", "-digestalg", "SHA1", apk, "release"]); // qready-expect: RSA sign; SHA-1 digest
}

module.exports = { makeKey, digest, explain, certificate };
