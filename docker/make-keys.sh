#!/usr/bin/env bash
# Makes the RSA key pair that signs and verifies access tokens, in docker/keys/ (git-ignored).
set -euo pipefail
dir="$(dirname "$0")/keys"
mkdir -p "$dir"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private-key.pem"
openssl pkey -in "$dir/private-key.pem" -pubout -out "$dir/public-key.pem"
chmod 644 "$dir/public-key.pem" "$dir/private-key.pem"
echo "keys written to $dir"
