/* A protocol analyser's table of X.509 algorithm OIDs (shaped on wireshark's packet-x509af.c, audit round 150):
   each OID it registers, the OIW Security SIG's as well as PKCS #1's, names the algorithm it dissects. */
void proto_reg_handoff_x509af(void)
{
	register_ber_oid_dissector("1.3.14.3.2.20", dissect_ber_oid_NULL_callback, proto_x509af, "dsaCommon"); /* qready-expect: DSA reference */
	register_ber_oid_dissector("1.3.14.3.2.17", dissect_ber_oid_NULL_callback, proto_x509af, "desEDE"); /* qready-expect: 3DES reference */
	register_ber_oid_dissector("1.3.14.3.2.24", dissect_ber_oid_NULL_callback, proto_x509af, "md2WithRSASignature"); /* qready-expect: RSA reference */
	register_ber_oid_dissector("2.5.4.3", dissect_ber_oid_NULL_callback, proto_x509af, "commonName");
}
