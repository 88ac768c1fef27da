#!/bin/sh
# Regenerates the openssl-made long-term validation material used by OpensslMaterialTest:
# a CA hierarchy whose issuing CA's validity starts after its signer's, a delegated OCSP responder,
# OCSP responses (good and revoked), a CRL, a TSA and its token, and a detached CMS signature.
# Needs openssl 3; CI does not run it (the outputs are committed). Run from this directory.
set -eu
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cat > "$W/ca.cnf" <<'CNF'
[ ca ]
default_ca = CA
[ CA ]
dir = WORKDIR
database = $dir/index.txt
new_certs_dir = $dir/new
serial = $dir/serial
crlnumber = $dir/crlnumber
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
default_crl_days = 36500
[ any ]
commonName = supplied
organizationName = optional
countryName = optional
[ ca_ext ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ signer_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ ocsp_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, OCSPSigning
noCheck = ignored
[ tsa_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = WORKDIR/tsaserial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ess_cert_id_alg = sha256
CNF
sed -i "s|WORKDIR|$W|g" "$W/ca.cnf"
mkdir "$W/new"; : > "$W/index.txt"; echo 1000 > "$W/serial"; echo 01 > "$W/crlnumber"; echo 01 > "$W/tsaserial"
key() { openssl genrsa -out "$W/$1.key" 2048 2>/dev/null; }
csr() { openssl req -new -key "$W/$1.key" -subj "$2" -out "$W/$1.csr" -utf8; }
sign() { # name issuer ext start end
  openssl ca -batch -config "$W/ca.cnf" -in "$W/$1.csr" -cert "$W/$2.crt" -keyfile "$W/$2.key" -extensions "$3" \
    -startdate "$4" -enddate "$5" -out "$W/$1.pem" -notext -utf8 2>/dev/null
  openssl x509 -in "$W/$1.pem" -out "$W/$1.crt"
}
key root
openssl req -new -x509 -key "$W/root.key" -subj "/CN=OpenSSL Test Root/O=Vanthu Test/C=VN" -days 36500 \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$W/root.crt"
key ca; csr ca "/CN=OpenSSL Issuing CA/O=Vanthu Test/C=VN"; sign ca root ca_ext 20200101000000Z 21000101000000Z
# the signer's validity starts before its CA's (2019 vs 2020) and ends in 2099
key signer; csr signer "/CN=Nguyễn Văn An/O=UBND xã Thử Nghiệm/C=VN"
sign signer ca signer_ext 20190101000000Z 20990101000000Z
key revoked; csr revoked "/CN=Đỗ Thu Hồi/O=Vanthu Test/C=VN"; sign revoked ca signer_ext 20190101000000Z 20990101000000Z
key ocsp; csr ocsp "/CN=OpenSSL OCSP/O=Vanthu Test/C=VN"; sign ocsp ca ocsp_ext 20200101000000Z 20990101000000Z
key tsa; csr tsa "/CN=OpenSSL TSA/O=Vanthu Test/C=VN"; sign tsa root tsa_ext 20200101000000Z 20990101000000Z
openssl ca -batch -config "$W/ca.cnf" -cert "$W/ca.crt" -keyfile "$W/ca.key" -revoke "$W/revoked.crt" \
  -crl_reason keyCompromise 2>/dev/null
openssl ca -batch -config "$W/ca.cnf" -cert "$W/ca.crt" -keyfile "$W/ca.key" -gencrl -out "$W/ca.crl.pem" 2>/dev/null
openssl crl -in "$W/ca.crl.pem" -outform DER -out ca.crl
for c in root ca signer revoked ocsp tsa; do openssl x509 -in "$W/$c.crt" -outform DER -out "$c.cer"; done
for who in signer revoked; do
  openssl ocsp -issuer "$W/ca.crt" -cert "$W/$who.crt" -no_nonce -reqout "$W/$who.req"
  openssl ocsp -index "$W/index.txt" -rsigner "$W/ocsp.crt" -rkey "$W/ocsp.key" -CA "$W/ca.crt" \
    -reqin "$W/$who.req" -respout "ocsp-$who.der" -ndays 36500 2>/dev/null
done
printf 'Quy\303\252\314\201t \304\221i\314\243nh s\303\264\314\201 12/Q\304\220-UBND\n' > document.txt
openssl cms -sign -binary -in document.txt -signer "$W/signer.crt" -inkey "$W/signer.key" -certfile "$W/ca.crt" \
  -md sha256 -outform DER -out document.txt.p7s
openssl ts -query -data document.txt -sha256 -cert -no_nonce -out "$W/q.tsq"
openssl ts -reply -config "$W/ca.cnf" -queryfile "$W/q.tsq" -signer "$W/tsa.crt" -inkey "$W/tsa.key" \
  -chain "$W/root.crt" -token_out -out document.txt.tst 2>/dev/null
# A PDF signed by poppler's pdfsig with NSS (another writer and CMS maker; /Name as NSS writes it).
if command -v pdfsig >/dev/null && command -v certutil >/dev/null && command -v pk12util >/dev/null; then
  pdf="$W/plain.pdf"
  printf '%%PDF-1.7\n' > "$pdf"
  o1=$(wc -c < "$pdf"); printf '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' >> "$pdf"
  o2=$(wc -c < "$pdf"); printf '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' >> "$pdf"
  o3=$(wc -c < "$pdf"); printf '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n' >> "$pdf"
  o4=$(wc -c < "$pdf"); printf '4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (So: 12/QD-UBND) Tj ET\nendstream\nendobj\n' >> "$pdf"
  x=$(wc -c < "$pdf")
  printf 'xref\n0 5\n0000000000 65535 f\r\n%010d 00000 n\r\n%010d 00000 n\r\n%010d 00000 n\r\n%010d 00000 n\r\n' \
    "$o1" "$o2" "$o3" "$o4" >> "$pdf"
  printf 'trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' "$x" >> "$pdf"
  mkdir "$W/nss"; certutil -N -d "sql:$W/nss" --empty-password
  openssl pkcs12 -export -inkey "$W/signer.key" -in "$W/signer.crt" -certfile "$W/ca.crt" -name signer \
    -passout pass:p12 -out "$W/signer.p12"
  pk12util -i "$W/signer.p12" -d "sql:$W/nss" -W p12 >/dev/null
  pdfsig -add-signature -nssdir "sql:$W/nss" -nick signer -reason "Phê duyệt văn bản" "$pdf" "$W/nss-signed.pdf"
  gzip -9 -n -c "$W/nss-signed.pdf" > nss-signed.pdf.gz  # poppler embeds a font: 1.1 MB, 0.4 MB compressed
  pdfsig -v 2>&1 | head -1 > NSS_GENERATED
fi
echo "generated with $(openssl version)" > GENERATED
