# Twofish test vectors (bflb-crypto-plus, src/CryptoPlus/testvectors.py, round 256): a ciphertext written out
# in hexadecimal digits holds `3EDE` and `1EDE` by chance, no 3DES; a cipher's name beside them still counts.
dict_twofish_ecb_vk_k128 = {'cip10': 'D4580FC395979689221C57A23598358B', 'cip52': 'AD75C80D72EA278B3EDE380DAAB1F708'}
dict_twofish_ecb_vk_k192 = {'cip48': 'E70F0D4ED829A81E05D42E511EDE9376'}
dict_des3_cbc = {'algorithm': 'des-ede3-cbc', 'cip10': '4C5E8D3B6A1F09E2'}  # qready-expect: 3DES reference
