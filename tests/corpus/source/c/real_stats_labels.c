/* A capture-file tool's statistics table (shaped on wireshark's capinfos.c, audit round 150): a column's header
   printed under a hash's name is text for people; the hash computed for that column is a use. */
static void
print_stats_table_header(void)
{
	print_stats_table_header_label("File name");
	print_stats_table_header_label("SHA256");
	print_stats_table_header_label("SHA1");
}

static void
print_hashes(gcry_md_hd_t hd, const char *fname)
{
	print_hashline(hd, GCRY_MD_SHA1, fname); /* qready-expect: SHA-1 digest */
}
