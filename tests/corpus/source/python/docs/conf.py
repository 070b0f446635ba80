# adafruit-circuitpython-rsa's Sphinx settings (round 105): the documentation's titles name the library, no
# code of it uses RSA here
project = "Adafruit RSA Library"
latex_documents = [
    (
        "index",
        "AdafruitRSALibrary.tex",
        "Adafruit RSA Library Documentation",
        "author",
        "manual",
    ),
]
texinfo_documents = [("index", "AdafruitRSALibrary", "Adafruit RSA Library Documentation", "RSA")]
