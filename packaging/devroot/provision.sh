#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs once inside a new development root (chroot) after its packages are installed:
# test names, a test certificate authority trusted by the root, and certificates for the
# loopback test servers. Test-only material: it never leaves the root.
set -eu

# Test domains. Prosody and ejabberd get their own loopback addresses so both can use 5269.
cat >> /etc/hosts <<'HOSTS'
127.0.0.2 example.test conference.example.test upload.example.test irc.example.test
127.0.0.3 ejabberd.test conference.ejabberd.test upload.ejabberd.test
HOSTS
# Tests run in a network namespace with only loopback: a resolver that answers "refused" at
# once is better than one that times out.
echo 'nameserver 127.0.0.1' > /etc/resolv.conf

dir=/etc/isthmus-test
mkdir -p "$dir"
cd "$dir"

make_ca() { # name subject
    openssl ecparam -name prime256v1 -genkey -noout -out "$1-ca.key"
    # Key usage, key identifiers and critical constraints: Python 3.13 verifies X.509 strictly
    # (slixmpp refused the test CA without them).
    openssl req -x509 -new -key "$1-ca.key" -sha256 -days 3650 -subj "/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -addext "subjectKeyIdentifier=hash" -out "$1-ca.crt"
}
make_leaf() { # ca leafname san...
    ca=$1; leaf=$2; shift 2
    san=$(printf 'DNS:%s,' "$@"); san=${san%,}
    openssl ecparam -name prime256v1 -genkey -noout -out "$leaf.key"
    openssl req -new -key "$leaf.key" -subj "/CN=$1" -out "$leaf.csr"
    {
        echo "subjectAltName=$san"
        echo "extendedKeyUsage=serverAuth,clientAuth"
        echo "basicConstraints=critical,CA:FALSE"
        echo "keyUsage=critical,digitalSignature,keyAgreement"
        echo "subjectKeyIdentifier=hash"
        echo "authorityKeyIdentifier=keyid,issuer"
    } > "$leaf.ext"
    openssl x509 -req -in "$leaf.csr" -CA "$ca-ca.crt" -CAkey "$ca-ca.key" -CAcreateserial \
        -days 3650 -sha256 -extfile "$leaf.ext" -out "$leaf.crt"
    rm -f "$leaf.csr" "$leaf.ext"
}

make_ca trusted "Isthmus Test CA"
make_ca untrusted "Untrusted Test CA"
make_leaf trusted servers example.test '*.example.test' ejabberd.test '*.ejabberd.test' localhost
make_leaf untrusted untrusted example.test '*.example.test' ejabberd.test '*.ejabberd.test'
make_leaf trusted mismatched wrong.test '*.wrong.test'
chmod 0644 ./*.key ./*.crt
openssl verify -x509_strict -CAfile trusted-ca.crt servers.crt mismatched.crt

cp trusted-ca.crt /usr/local/share/ca-certificates/isthmus-test-ca.crt
update-ca-certificates > /dev/null
