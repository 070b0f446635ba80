// CyberChef's tests (round 305): a constant the file gives a key's or a certificate's PEM text is test data where it is
// used; an algorithm named to the API is a use.
import TestRegister from "../../lib/TestRegister.mjs";

const DSA_CERT = `-----BEGIN PUBLIC KEY-----
MIIBtzCCASwGByqGSM44BAEwggEfAoGBAPjhX0ZaEfP6LFiCb7mGv6I1imv0mNYh
qKTEF9QJxg26qSzzsPJIJsjs1cSaO6IClMpDImHIY0cetgMgG+mJtOTuQ6cwsAld
JBpeYeaTuFIv5wej4GLdQ9zUc/yapJhDfIajPDsqvNtLDTmYm+XmhRNY4kp15q3z
JJSKSQGtjTH5AhUA8IBPXSmMxUn/Uh7IMparfhfrNLsCgYEAuGDzN2hIPJHpDkhi
yjl1amWnxL4ESpU9V+7P+RvXUC7ydL6HJImqNv02xr+ZQovezho+P1k3PKgDC08O
qDa2WQEdkU/tt/qMj5rm2/2EAU70osrok2FGgK+uKOt0qjUSbDKOUjjYzlN5qqCO
hGxViZeXXOqOSaCU7711dpXRL60DgYQAAoGAJ+TY9aWkKVEoLX1mMHBGPChzDUS8
rTHWFK5SlwSlCMMSA2B3QUTdJhq2kuaSPChVP0JTOE0UXPN/Kn5Rid9cfPA5zUv0
0jKK+e4c//ehslYxpKoz6Gifk1OjuZ8987f0fzdKRcirvbfWMhBfm2H6GOTjWmWu
sJZG7IXynGqSv+c=
-----END PUBLIC KEY-----`;

TestRegister.addTests([
    {
        name: "Public Key from Certificate: DSA",
        input: DSA_CERT,
        recipeConfig: [{ op: "Public Key from Certificate", args: [] }],
    },
]);

const verifier = crypto.createVerify("DSA-SHA1"); // qready-expect: DSA verify
