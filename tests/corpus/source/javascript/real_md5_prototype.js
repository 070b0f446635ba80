// A hash library's class written on its prototype (shaped on js-md5's unminified builds, audit round 64): a
// method aliased to another and a method called through `call` are the class's own, as its methods are.
function Md5(sharedMemory) { // qready-expect: MD5 reference
  this.blocks = [];
}

Md5.prototype.update = function (message) { // qready-expect: MD5 reference
  return this;
};

Md5.prototype.array = Md5.prototype.digest; // qready-expect: MD5 reference
Md5.prototype.buffer = Md5.prototype.arrayBuffer; // qready-expect: MD5 reference
Md5.prototype.toString = Md5.prototype.hex; // qready-expect: MD5 reference

function HmacMd5(key, sharedMemory) { // qready-expect: MD5 reference
  Md5.call(this, sharedMemory); // qready-expect: MD5 reference
}

HmacMd5.prototype.finalize = function () { // qready-expect: MD5 reference
  Md5.prototype.finalize.call(this); // qready-expect: MD5 reference
};

// a class that names no algorithm, through its prototype too
function Reader(stream) {
  this.stream = stream;
}
Reader.prototype.read = Reader.prototype.next;
Reader.prototype.close.apply(this, arguments);

// its switches of a platform off say how it exports itself, not an algorithm (round 64; js-md4's, round 63)
var root = typeof window === 'object' ? window : {};
var NODE_JS = !root.JS_MD5_NO_NODE_JS && typeof process === 'object';
var COMMON_JS = !root.JS_MD5_NO_COMMON_JS && typeof module === 'object' && module.exports;
var ARRAY_BUFFER = !root.JS_MD5_NO_ARRAY_BUFFER && typeof ArrayBuffer !== 'undefined';
