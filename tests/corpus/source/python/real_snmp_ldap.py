# An SNMP MIB's and an LDAP control's names (shaped on pysnmplib's and python-ldap's, audit round 73): a MIB
# module named after the AES privacy protocol it defines, LDAP's ManageDsaIT (a Directory System Agent).
from pysnmp.proto.secmod.eso.priv import aes192  # qready-expect: AES reference 192

MIB_MODULES = (
    "SNMP-USM-AES-MIB",
    "SNMP-FRAMEWORK-MIB",
)


def manage(conn):
    conn.manage_dsa_it(1, 1)
    return aes192.Aes192()  # qready-expect: AES reference 192
