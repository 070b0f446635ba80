/* Words that spell a cipher's name: donkey's S/KEY dictionary (RFC 2289's 2048 words, "SEED" among them)
 * and gtkcrypto's radio buttons, named after the hash they choose */
#include <gcrypt.h>

static const char *Wp[] = {
"RUSK", "RUSS", "RUST", "RUTH", "SACK", "SAFE", "SAGE", "SAID", "SAIL",
"SALE", "SALK", "SALT", "SAME", "SAND", "SANE", "SANG", "SANK", "SARA",
"SAUL", "SAVE", "SAYS", "SCAN", "SCAR", "SCAT", "SCOT", "SEAL", "SEAM",
"SEAR", "SEAT", "SEED", "SEEK", "SEEM", "SEEN", "SEES", "SELF", "SELL",
"SEND", "SENT", "SETS", "SEWN", "SHAG", "SHAM", "SHAW", "SHAY", "SHED",
};

static void build(GtkWidget **radio) {
    gtk_widget_set_name(radio[0], "md5_radio_btn");
    gtk_widget_set_name(radio[1], "sha256_radio_btn");
}

static int chosen(const char *name) {
    if (g_strcmp0(name, "md5_radio_btn") == 0)
        return GCRY_MD_MD5; /* qready-expect: MD5 digest */
    return GCRY_MD_SHA256;
}

const char *word(int i) { return Wp[i]; }



static const char *const ciphers[] = {"AES", "SEED", "BLOWFISH", "CAMELLIA"}; /* qready-expect: AES reference; SEED reference; Blowfish reference */
