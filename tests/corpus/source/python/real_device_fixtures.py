"""A sprinkler controller's test fixtures (shaped on pyrainbird, audit rounds 86 and 98): a Wi-Fi network's
security mode is a setting the device reports; a cipher chosen by name stays a use."""

WIFI_PARAMS = {"wifi_ssid": "home", "wifi_security": "wpa2-aes", "mode": "WPA2-PSK-AES"}
CIPHER = "aes-128-cbc"  # qready-expect: AES reference
