#!/bin/sh
# Tomcat setenv.sh for the payments API
CATALINA_OPTS="$CATALINA_OPTS -Xms512m -Xmx2g"
JAVA_OPTS="$JAVA_OPTS -Djdk.tls.namedGroups=X25519MLKEM768,x25519,secp256r1"
JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=TLSv1.3 -Dhttps.protocols=TLSv1.3,TLSv1.2"
JAVA_OPTS="$JAVA_OPTS -Dhttps.cipherSuites=TLS_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.trustStore=/opt/payments/conf/truststore.p12 -Djavax.net.ssl.trustStoreType=PKCS12"
export CATALINA_OPTS JAVA_OPTS
