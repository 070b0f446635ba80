plugins {
    kotlin("jvm") version "1.9.23"
    application
}

val bouncyCastle = "1.79"

dependencies {
    implementation(kotlin("stdlib"))
    implementation("org.bouncycastle:bcprov-jdk18on:$bouncyCastle")
    implementation(group = "com.nimbusds", name = "nimbus-jose-jwt", version = "9.37.3")
    /* implementation("io.jsonwebtoken:jjwt-api:0.12.5") */
    implementation("com.google.crypto.tink:tink:1.+")
}
