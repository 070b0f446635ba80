// A WebCrypto shim compiled by Babel and TypeScript, in the style of webcrypto-liner (round 16 of the source
// audit): the class and what it extends are uses; the compiler's helpers handed the class are plumbing.
var RsaOaepProvider = /*#__PURE__*/function (_RsaProvider) { // qready-expect: RSA reference
  _inherits(RsaOaepProvider, _RsaProvider); // qready-expect: RSA reference
  function RsaOaepProvider() { // qready-expect: RSA reference
    var _this71;
    _classCallCheck(this, RsaOaepProvider);
    _this71 = _callSuper(this, RsaOaepProvider, arguments);
    return _this71;
  }
  return RsaOaepProvider; // qready-expect: RSA reference
}(RsaProvider); // qready-expect: RSA reference
__decorate([JsonProp({ name: "d" })], RsaPrivateKey.prototype, "privateExponent", void 0);
module.exports = { RsaOaepProvider }; // qready-expect: RSA reference
