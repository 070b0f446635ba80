// Short names made of the initials of longer ones (shaped on the AWS SDK v3 clients' generated schemas,
// @aws-sdk/client-ec2, client-iot and client-transfer, audit round 220): each constant abbreviates the
// operation or shape it names, lower-case letters added to tell two apart, and the schemas refer to them. An
// algorithm's word among those initials is a coincidence; a longer name that says cryptography is not.
const _DNIAes = "DescribeNetworkInterfaceAttribute";
const _GRSA = "GetRouteServerAssociations";
const _RSA = "RouteServerAssociation";
const _AES = "AttachedEbsStatus";
const _DES = "DnsEntrySet";
const _DSA = "DeleteScheduledAudit";
const _DAes = "DescribeAccess";
const n0 = "com.amazonaws.ec2";
var RouteServerAssociation$ = [3, n0, _RSA,
  0,
];
var DnsEntrySet = [1, n0, _DES,
  0,
];
var DescribeNetworkInterfaceAttribute$ = [9, n0, _DNIAes,
  0,
];
// a member's short name, away from its definition (@aws-sdk/client-cognito-identity-provider, round 253)
const _RAes = "ResourceArn";
const _Ta = "Tags";
var TagResourceRequest$ = [3, n0, _TRR,
  0,
  [_RAes, _Ta],
  [0, 128 | 0], 2
];

// the longer name says cryptography: the short one names its algorithm
const _ECDSA = "EllipticCurveDigitalSignatureAlgorithm"; // qready-expect: ECDSA reference
const RSA = new RsaSignatureAlgorithm(); // qready-expect: RSA sign
