// A MAC package's test (shaped on aes-cbc-mac's test/aes-cbc-mac.js, audit round 111): the package itself,
// required from its root, is the module its variable names; a helper required from elsewhere names nothing.
const assert = require("assert");
const aesCbcMac = require("../"); // qready-expect: AES reference
const helpers = require("../");

describe("aes-cbc-mac", () => {
  it("makes an 8-byte tag", () => {
    const tag = aesCbcMac.create(Buffer.alloc(16), Buffer.from("msg"), 8); // qready-expect: AES reference
    assert.strictEqual(tag.length, 8);
    assert.ok(helpers.version);
  });
});
