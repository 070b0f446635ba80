// A cipher's name returned in parentheses, as C code moved to C++ keeps it (audit round 74, openbgpd's style)
const char *cipher_name(int alg) {
    if (alg == 1) {
        return ("3des"); // qready-expect: 3DES reference
    }
    return ("none");
}
