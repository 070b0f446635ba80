// A package's own cipher class, required from its main module (shaped on browserify-des's test.js, audit
// round 31): `new DES(...)` constructs the package's DES, though the module's path names nothing.
var test = require('tape')
var DES = require('./') // qready-expect: DES reference
var crypto = require('crypto')

test('des', function (t) {
  var key = crypto.randomBytes(24)
  var iv = crypto.randomBytes(8)
  var ours = new DES({ // qready-expect: DES reference
    mode: t.name,
    key: key,
    iv: iv
  })
  t.ok(ours)
})
