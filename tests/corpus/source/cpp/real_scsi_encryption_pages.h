// stenc's shapes (src/scsiencrypt.h, audit round 228): a tape drive's SCSI security protocol pages. `DES` is
// the data encryption status page, no cipher; the drive's cipher is an algorithm named by its own words.
#define SSP_PAGE_DES_LENGTH 24

typedef struct {
  unsigned char pageCode[2];
  unsigned char algorithmIndex;
} SSP_PAGE_DES; // device encryption status page

// class used to parse data encryption status page
class SSP_DES : public KAD_CLASS {
 public:
  SSP_PAGE_DES des;
  SSP_DES(SSP_PAGE_BUFFER* buffer);
};

static const char* DRIVE_CIPHER = "AES-256-GCM";  // qready-expect: AES reference
